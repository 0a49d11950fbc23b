import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum BreakGlassFinding {
  JUSTIFIED = 'JUSTIFIED',
  NOT_JUSTIFIED = 'NOT_JUSTIFIED',
}
registerEnumType(BreakGlassFinding, {
  name: 'BreakGlassFinding',
  description: "A data-protection officer's finding on one urgent look: was the need real and the access proportionate?",
});

/**
 * One urgent look, as the data-protection officer reviews it: one request, however many people,
 * categories and subgraphs it opened. Served only to the DPO.
 */
@ObjectType()
export class BreakGlassAccess {
  @Field(() => ID, { description: "The gateway's id of the request that broke the glass." })
  requestId: string;

  @Field()
  at: Date;

  @Field({ description: 'Staff id.' })
  subject: string;

  @Field(() => String, { nullable: true })
  agency: string | null;

  @Field()
  role: string;

  @Field({ description: 'Why the caller said it was urgent.' })
  justification: string;

  @Field(() => [ID], { description: 'Whose data it opened.' })
  people: string[];

  @Field(() => [String], { description: 'The categories it opened.' })
  categories: string[];

  @Field(() => Date, { nullable: true })
  reviewedAt: Date | null;

  @Field(() => String, { nullable: true })
  reviewedBy: string | null;

  @Field(() => BreakGlassFinding, { nullable: true, description: 'Null until reviewed (and for reviews recorded before findings existed).' })
  finding: BreakGlassFinding | null;

  @Field(() => String, { nullable: true })
  reviewNote: string | null;
}
