import { ArrayMaxSize, IsDefined, IsEnum, IsOptional, IsUUID, Length, ValidateBy, ValidateIf, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { barrierCatalogue, type BarrierSection, StoryBarrierCode } from './story-barriers';

@InputType()
export class StoryBarrierInput {
  @Field(() => StoryBarrierCode)
  @IsEnum(StoryBarrierCode)
  code: StoryBarrierCode;

  @Field(() => String, { nullable: true, description: "In the person's words; required for OTHER." })
  // IsDefined, because type-graphql validates with skipMissingProperties: a missing note would pass.
  @ValidateIf((barrier: StoryBarrierInput) => barrier.code === StoryBarrierCode.OTHER || barrier.note != null)
  @IsDefined({ message: 'note must say what the barrier is when the code is OTHER' })
  @Length(1, 1000, { message: 'note must say what the barrier is (1 to 1000 characters)' })
  note?: string | null;
}

/** A section may only hold the barriers that belong to it, so each stays under its own consent category. */
const OnlyBarriersOf = (section: BarrierSection) =>
  ValidateBy({
    name: 'onlyBarriersOf',
    validator: {
      validate: (value: unknown) =>
        !Array.isArray(value) || value.every((b: StoryBarrierInput) => barrierCatalogue[b?.code]?.section !== undefined && barrierCatalogue[b.code].section === section),
      defaultMessage: () =>
        `${section} may only hold ${Object.entries(barrierCatalogue)
          .filter(([, entry]) => entry.section === section)
          .map(([code]) => code)
          .join(', ')}`,
    },
  });

const BarrierList =
  (section: BarrierSection): PropertyDecorator =>
  (target, key) => {
    for (const decorate of [IsOptional(), ArrayMaxSize(30), ValidateNested({ each: true }), OnlyBarriersOf(section)]) decorate(target, key);
  };

@InputType({
  description: 'A change to the story. Leave a section out to keep it as it is; send a section to replace it. Each section sent needs the consent its category asks for.',
})
export class StoryInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 20000)
  ownAccount?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(1, 500, { each: true })
  goals?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(1, 500, { each: true })
  strengths?: string[] | null;

  @Field(() => [StoryBarrierInput], { nullable: true })
  @BarrierList('barriers')
  barriers?: StoryBarrierInput[] | null;

  @Field(() => [StoryBarrierInput], { nullable: true })
  @BarrierList('healthBarriers')
  healthBarriers?: StoryBarrierInput[] | null;

  @Field(() => [StoryBarrierInput], { nullable: true })
  @BarrierList('criminalRecordBarriers')
  criminalRecordBarriers?: StoryBarrierInput[] | null;

  @Field(() => [StoryBarrierInput], { nullable: true })
  @BarrierList('drugsAndAlcoholBarriers')
  drugsAndAlcoholBarriers?: StoryBarrierInput[] | null;
}
