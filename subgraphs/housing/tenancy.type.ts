import { Field, ID, ObjectType } from 'type-graphql';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';
import { HousingSupport, TenancyKind } from './housing.enums';

@Guarded('housing')
@ObjectType({ description: 'A tenancy or licence the person holds or held, and the support that came with it.' })
export class Tenancy {
  @NoPersonalData()
  @Field(() => ID)
  id: string;

  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field(() => TenancyKind)
  kind: TenancyKind;

  @Field({ description: 'The landlord or provider: a housing association, the council, a hostel.' })
  landlord: string;

  @Field()
  startedOn: string;

  @Field(() => String, { nullable: true })
  endedOn: string | null;

  @Field(() => HousingSupport)
  support: HousingSupport;

  @Field(() => String, { nullable: true, description: 'Who gives the support (a floating-support worker), if anyone.' })
  supportWorker: string | null;
}
