import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, Length, Matches } from 'class-validator';
import { PRODUCT_CODE_PATTERN } from '@foyer/shared';

const MAX_BODY = 50_000;
const TITLE_MESSAGE = 'Write a title of 5 to 200 characters that says what you want to know.';
const QUESTION_MESSAGE = 'Describe the question (up to 50,000 characters).';
const ANSWER_MESSAGE = 'Write your answer (up to 50,000 characters).';
/** Five characters or more between the first and the last that is not a space: titles are trimmed. */
const TITLE_WORDS = /\S.{3,}\S/;
/** Something other than spaces: a blank answer would count the question as answered. */
const NOT_BLANK = /\S/;
const PRODUCT_MESSAGE = 'Use a product code: lower-case letters, digits and hyphens, e.g. atlas.';

@InputType({ description: 'A new question for the community.' })
export class AskQuestionInput {
  @Field()
  @Length(5, 200, { message: TITLE_MESSAGE })
  @Matches(TITLE_WORDS, { message: TITLE_MESSAGE })
  title: string;

  @Field({ description: 'Markdown.' })
  @Length(1, MAX_BODY, { message: QUESTION_MESSAGE })
  @Matches(NOT_BLANK, { message: QUESTION_MESSAGE })
  bodyMarkdown: string;

  @Field(() => String, { nullable: true, description: 'The product it is about, e.g. "atlas".' })
  @IsOptional()
  @Matches(PRODUCT_CODE_PATTERN, { message: PRODUCT_MESSAGE })
  product?: string | null;
}

@InputType({
  description: 'Changes to a question: only the fields given change; an empty product clears it.',
})
export class EditQuestionInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(5, 200, { message: TITLE_MESSAGE })
  @Matches(TITLE_WORDS, { message: TITLE_MESSAGE })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, MAX_BODY, { message: QUESTION_MESSAGE })
  @Matches(NOT_BLANK, { message: QUESTION_MESSAGE })
  bodyMarkdown?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^$|^[a-z0-9][a-z0-9-]{0,39}$/, { message: PRODUCT_MESSAGE })
  product?: string | null;
}

@InputType({ description: 'An answer to a question.' })
export class AnswerQuestionInput {
  @Field(() => ID)
  questionId: string;

  @Field({ description: 'Markdown.' })
  @Length(1, MAX_BODY, { message: ANSWER_MESSAGE })
  @Matches(NOT_BLANK, { message: ANSWER_MESSAGE })
  bodyMarkdown: string;
}

@InputType({ description: 'A new text for an answer.' })
export class EditAnswerInput {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Markdown.' })
  @Length(1, MAX_BODY, { message: ANSWER_MESSAGE })
  @Matches(NOT_BLANK, { message: ANSWER_MESSAGE })
  bodyMarkdown: string;
}

@InputType({
  description: 'Hiding a question or an answer, with the reason its author and moderators see.',
})
export class HidePostInput {
  @Field(() => ID, { description: 'A Question or an Answer id.' })
  postId: string;

  @Field()
  @Length(1, 500, { message: 'Say why the post is hidden (up to 500 characters).' })
  reason: string;
}
