import { Field, ID, ObjectType } from 'type-graphql';
import { SocialCareStatus, SocialCareTeam } from './social-services.enums';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';

@Guarded('social-care')
@ObjectType({ description: "Social services' record of a person." })
export class SocialCareRecord {
  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field(() => SocialCareStatus)
  lookedAfterStatus: SocialCareStatus;

  @Field(() => String, { nullable: true, description: 'Staff id of the allocated social worker; null if unallocated.' })
  allocatedWorker: string | null;

  @Field(() => SocialCareTeam, { nullable: true })
  allocatedWorkerTeam: SocialCareTeam | null;

  @NoPersonalData()
  @Field()
  updatedAt: Date;
}
