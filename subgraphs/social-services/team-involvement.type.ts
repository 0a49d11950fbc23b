import { Field, ID, ObjectType } from 'type-graphql';
import { SocialCareTeam } from './social-services.enums';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';

@Guarded('social-care')
@ObjectType({ description: 'A period during which a social services team worked with the person.' })
export class TeamInvolvement {
  @NoPersonalData()
  @Field(() => ID)
  id: string;

  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field(() => SocialCareTeam)
  team: SocialCareTeam;

  @Field({ description: 'Staff id of the worker from the team.' })
  worker: string;

  @Field()
  startedOn: string;

  @Field(() => String, { nullable: true, description: 'Null while the team is still involved.' })
  endedOn: string | null;

  @Field()
  reason: string;
}
