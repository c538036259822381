import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { VOTE_VALUES, type VoteValue } from '@foyer/shared';
import { NodeInterface } from '../../platform/graphql/node.interface';
import { connectionType } from '../../platform/graphql/connection';
import { UserError } from '../../platform/graphql/user-error.type';

export const VoteValueEnum = Object.fromEntries(VOTE_VALUES.map((v) => [v, v])) as {
  [K in VoteValue]: K;
};
registerEnumType(VoteValueEnum, {
  name: 'VoteValue',
  description: 'UP or DOWN; NONE withdraws a vote.',
});

export const QuestionFilterEnum = { ALL: 'ALL', UNANSWERED: 'UNANSWERED', MINE: 'MINE' } as const;
registerEnumType(QuestionFilterEnum, {
  name: 'QuestionFilter',
  description: 'UNANSWERED: no answer yet; MINE: asked by the viewer.',
});

export const QuestionOrderEnum = { NEWEST: 'NEWEST', TOP: 'TOP' } as const;
registerEnumType(QuestionOrderEnum, {
  name: 'QuestionOrder',
  description: 'NEWEST first, or TOP score first.',
});

@ObjectType('CommunityAuthor', {
  simpleResolvers: true,
  description: 'Who wrote a post, as they were when they wrote it.',
})
export class CommunityAuthorType {
  @Field()
  name: string;

  @Field()
  organizationName: string;
}

@ObjectType('Question', {
  implements: NodeInterface,
  description: 'A community question. Every professional may read it unless a moderator hid it.',
})
export class QuestionType extends NodeInterface {
  @Field({ description: 'Unique; the question’s address in the web app.' })
  slug: string;

  @Field()
  title: string;

  @Field({ description: 'As written (Markdown). Render bodyHtml, which is sanitized.' })
  bodyMarkdown: string;

  @Field(() => String, { nullable: true })
  product: string | null;

  @Field(() => GraphQLDateTime)
  createdAt: Date;

  @Field(() => GraphQLDateTime)
  updatedAt: Date;

  @Field(() => Int, { description: 'Up votes minus down votes.' })
  score: number;

  @Field(() => Int, { description: 'Answers that are not hidden.' })
  answerCount: number;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'Set when a moderator locked it: it takes no new answers.',
  })
  lockedAt: Date | null;
}

@ObjectType('Answer', {
  implements: NodeInterface,
  description: 'An answer to a community question.',
})
export class AnswerType extends NodeInterface {
  @Field()
  bodyMarkdown: string;

  @Field(() => GraphQLDateTime)
  createdAt: Date;

  @Field(() => GraphQLDateTime)
  updatedAt: Date;

  @Field(() => Int)
  score: number;
}

export const QuestionConnection = connectionType(
  'Question',
  () => QuestionType,
  'How many the reader may open with these filters, across all pages.',
);

@ObjectType('QuestionPayload', { description: 'The question as changed, or why not.' })
export class QuestionPayload {
  @Field(() => QuestionType, { nullable: true })
  question?: QuestionType | null;

  @Field(() => UserError, { nullable: true })
  error: UserError | null;
}

@ObjectType('AnswerPayload', {
  description: 'The answer as changed, with its question, or why not.',
})
export class AnswerPayload {
  @Field(() => AnswerType, { nullable: true })
  answer?: AnswerType | null;

  @Field(() => QuestionType, { nullable: true })
  question?: QuestionType | null;

  @Field(() => UserError, { nullable: true })
  error: UserError | null;
}

@ObjectType('PostPayload', {
  description: 'The question, and the answer when the post was one, as changed; or why not.',
})
export class PostPayload {
  @Field(() => QuestionType, { nullable: true })
  question?: QuestionType | null;

  @Field(() => AnswerType, { nullable: true, description: 'Null when the post was the question.' })
  answer?: AnswerType | null;

  @Field(() => UserError, { nullable: true })
  error: UserError | null;
}
