import { Field, InputType } from 'type-graphql';
import { IsEmail, IsOptional, Length, Matches, MaxLength } from 'class-validator';

const NOT_BLANK = /\S/;

export const MAX_ACCESS_REQUEST_MESSAGE = 2000;

@InputType({
  description: 'Someone asking to join their organization on Foyer. No sign-in needed.',
})
export class RequestAccessInput {
  @Field(() => String, {
    nullable: true,
    description:
      'The organization’s account number, if known. Without it, the e-mail’s domain names the organization.',
  })
  @IsOptional()
  @MaxLength(40, {
    message:
      'The account number is too long (40 characters at most). Leave it empty if you do not know it.',
  })
  accountNumber?: string | null;

  @Field()
  @Length(1, 100, { message: 'Enter your first name (up to 100 characters).' })
  @Matches(NOT_BLANK, { message: 'Enter your first name (up to 100 characters).' })
  firstName: string;

  @Field()
  @Length(1, 100, { message: 'Enter your last name (up to 100 characters).' })
  @Matches(NOT_BLANK, { message: 'Enter your last name (up to 100 characters).' })
  lastName: string;

  @Field({ description: 'Your work e-mail address: the answer and any invitation go there.' })
  @MaxLength(254, { message: 'The e-mail address is too long.' })
  @IsEmail({}, { message: 'Enter a valid e-mail address, like name@example.com.' })
  email: string;

  @Field(() => String, {
    nullable: true,
    description: `Anything the administrators should know (up to ${MAX_ACCESS_REQUEST_MESSAGE} characters).`,
  })
  @IsOptional()
  @MaxLength(MAX_ACCESS_REQUEST_MESSAGE, {
    message: `Shorten the message to ${MAX_ACCESS_REQUEST_MESSAGE} characters or fewer.`,
  })
  message?: string | null;
}
