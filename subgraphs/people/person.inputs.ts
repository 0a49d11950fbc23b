import { Equals, IsEmail, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsDateOfBirth, IsNationalInsuranceNumber, IsNotBlank } from './identity-formats';

const UK_POSTCODE = /^\s*[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\s*$/i;
const PHONE = /^\+?[\d\s()-]{7,20}$/;

@InputType({ description: 'Contact details a person can change; leave a field out to keep it.' })
export class PersonContactInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  preferredName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(UK_POSTCODE, { message: 'postcode must be a UK postcode' })
  postcode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a phone number' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string | null;
}

@InputType({ description: 'A new person, as the registering agency knows them.' })
export class RegisterPersonInput extends PersonContactInput {
  @Field()
  @IsNotBlank()
  @Length(1, 100)
  givenName: string;

  @Field()
  @IsNotBlank()
  @Length(1, 100)
  familyName: string;

  @Field(() => String, { nullable: true, description: 'A family name the person was known by before (a birth name): matching compares it too.' })
  @IsOptional()
  @IsNotBlank()
  @Length(1, 100)
  previousFamilyName?: string | null;

  @Field({ description: 'ISO date, YYYY-MM-DD: in the past, and no more than 120 years ago.' })
  @IsDateOfBirth()
  dateOfBirth: string;

  @Field(() => String, { nullable: true, description: 'As HMRC issues them (AB 12 34 56 C); a temporary reference number is refused.' })
  @IsOptional()
  @IsNationalInsuranceNumber()
  nationalInsuranceNumber?: string | null;
}

@InputType({
  description:
    'After registration listed possible matches, what the person said: `samePersonAs` one of them, or `newPerson: true` when none is them. Send exactly one.',
})
export class PossibleMatchAnswerInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  samePersonAs?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @Equals(true, { message: 'newPerson must be true when sent' })
  newPerson?: boolean | null;
}
