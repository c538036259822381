import { voteWeight, type VoteValue } from '@foyer/shared';
import { graphql, HttpResponse } from 'msw';
import {
  AskQuestionPage_AskDocument,
  CommunityPage_QuestionsDocument,
  PostEditor_EditAnswerDocument,
  PostEditor_EditQuestionDocument,
  QuestionPage_AcceptDocument,
  QuestionPage_AnswerDocument,
  QuestionPage_QuestionDocument,
  QuestionPage_UnacceptDocument,
  VoteButtons_VoteDocument,
} from '../../gql/graphql';
import { server } from '../../test/msw-server';

export interface FakePost {
  id: string;
  bodyMarkdown: string;
  bodyHtml: string;
  author: { name: string; organizationName: string };
  viewerIsAuthor: boolean;
  score: number;
  viewerVote: VoteValue;
  hidden: boolean;
  hiddenReason: string | null;
}

export interface FakeQuestion extends FakePost {
  slug: string;
  title: string;
  product: string | null;
  locked: boolean;
  acceptedAnswerId: string | null;
  answers: FakePost[];
  linkedArticles: { id: string; slug: string; title: string }[];
}

const CREATED_AT = '2030-03-04T09:00:00.000Z';

export function fakePost(fields: Partial<FakePost> & Pick<FakePost, 'id'>): FakePost {
  return {
    bodyMarkdown: `Body of ${fields.id}.`,
    bodyHtml: `<p>Body of ${fields.id}.</p>`,
    author: { name: 'Hiro Tanaka', organizationName: 'Globex' },
    viewerIsAuthor: false,
    score: 0,
    viewerVote: 'NONE',
    hidden: false,
    hiddenReason: null,
    ...fields,
  };
}

/** Ana asked about the proxy; Hiro and Lars answered. The viewer is whoever the test says. */
export function proxyQuestion(overrides: Partial<FakeQuestion> = {}): FakeQuestion {
  return {
    ...fakePost({
      id: 'question-proxy',
      author: { name: 'Ana Silva', organizationName: 'Acme' },
      score: 2,
    }),
    slug: 'proxy-times-out',
    title: 'Proxy times out after the upgrade',
    product: 'ledger',
    locked: false,
    acceptedAnswerId: null,
    linkedArticles: [],
    answers: [
      fakePost({ id: 'answer-hiro', bodyHtml: '<p>Raise the idle timeout.</p>', score: 3 }),
      fakePost({
        id: 'answer-lars',
        bodyHtml: '<p>Check the TLS inspection.</p>',
        author: { name: 'Lars Becker', organizationName: 'Bluefin' },
        score: 1,
      }),
    ],
    ...overrides,
  };
}

/**
 * A stand-in for the community's part of the API, holding one question. Votes, acceptances and
 * answers change it as the server would, and every mutation is recorded for the tests to check.
 */
export function installFakeCommunityApi({
  question,
  canModerate = false,
}: {
  question: FakeQuestion;
  canModerate?: boolean;
}) {
  const state = {
    question,
    votes: [] as { postId: string; value: VoteValue }[],
    accepted: [] as string[],
    answered: [] as string[],
    edits: [] as { id: string; title?: string | null; bodyMarkdown?: string | null }[],
  };

  const post = (p: FakePost) => ({
    ...p,
    createdAt: CREATED_AT,
    author: { __typename: 'CommunityAuthor' as const, ...p.author },
  });
  const questionData = () => {
    const q = state.question;
    const answers = [...q.answers].sort(
      (a, b) =>
        Number(b.id === q.acceptedAnswerId) - Number(a.id === q.acceptedAnswerId) ||
        b.score - a.score,
    );
    return {
      __typename: 'Question' as const,
      ...post(q),
      slug: q.slug,
      title: q.title,
      product: q.product,
      locked: q.locked,
      answerCount: q.answers.filter((a) => !a.hidden).length,
      hasAcceptedAnswer: q.acceptedAnswerId !== null,
      linkedArticles: q.linkedArticles.map((a) => ({ __typename: 'Article' as const, ...a })),
      answers: answers.map((a) => ({
        __typename: 'Answer' as const,
        ...post(a),
        accepted: a.id === q.acceptedAnswerId,
      })),
    };
  };

  server.use(
    graphql.query(QuestionPage_QuestionDocument, ({ variables }) => {
      if (variables.slug !== state.question.slug) {
        return HttpResponse.json({
          data: null,
          errors: [
            {
              message: 'Question was not found.',
              path: ['questionBySlug'],
              extensions: { code: 'NOT_FOUND' },
            },
          ],
        });
      }
      return HttpResponse.json({
        data: { viewerCanModerateCommunity: canModerate, questionBySlug: questionData() },
      });
    }),
    graphql.mutation(VoteButtons_VoteDocument, ({ variables }) => {
      const value = variables.value as VoteValue;
      state.votes.push({ postId: String(variables.postId), value });
      const q = state.question;
      const target =
        q.id === variables.postId ? q : q.answers.find((a) => a.id === variables.postId)!;
      target.score += voteWeight(value) - voteWeight(target.viewerVote);
      target.viewerVote = value;
      const fields = { id: target.id, score: target.score, viewerVote: target.viewerVote };
      return HttpResponse.json({
        data: {
          vote: {
            __typename: 'PostPayload' as const,
            question: {
              __typename: 'Question' as const,
              ...(target === q ? fields : { id: q.id, score: q.score, viewerVote: q.viewerVote }),
            },
            answer: target === q ? null : { __typename: 'Answer' as const, ...fields },
            error: null,
          },
        },
      });
    }),
    graphql.mutation(QuestionPage_AcceptDocument, ({ variables }) => {
      state.accepted.push(String(variables.answerId));
      state.question.acceptedAnswerId = String(variables.answerId);
      return HttpResponse.json({
        data: {
          acceptAnswer: {
            __typename: 'QuestionPayload' as const,
            question: {
              __typename: 'Question' as const,
              id: state.question.id,
              hasAcceptedAnswer: true,
            },
            error: null,
          },
        },
      });
    }),
    graphql.mutation(QuestionPage_UnacceptDocument, () => {
      state.question.acceptedAnswerId = null;
      return HttpResponse.json({
        data: {
          unacceptAnswer: {
            __typename: 'QuestionPayload' as const,
            question: {
              __typename: 'Question' as const,
              id: state.question.id,
              hasAcceptedAnswer: false,
            },
            error: null,
          },
        },
      });
    }),
    graphql.mutation(PostEditor_EditQuestionDocument, ({ variables }) => {
      const { id, title, bodyMarkdown } = variables.input;
      state.edits.push({ id: String(id), title, bodyMarkdown });
      const q = state.question;
      if (title) q.title = title;
      if (bodyMarkdown) Object.assign(q, { bodyMarkdown, bodyHtml: `<p>${bodyMarkdown}</p>` });
      return HttpResponse.json({
        data: {
          editQuestion: {
            __typename: 'QuestionPayload' as const,
            question: {
              __typename: 'Question' as const,
              id: q.id,
              title: q.title,
              bodyMarkdown: q.bodyMarkdown,
              bodyHtml: q.bodyHtml,
            },
            error: null,
          },
        },
      });
    }),
    graphql.mutation(PostEditor_EditAnswerDocument, ({ variables }) => {
      const { id, bodyMarkdown } = variables.input;
      state.edits.push({ id: String(id), bodyMarkdown });
      const a = state.question.answers.find((candidate) => candidate.id === id)!;
      Object.assign(a, { bodyMarkdown, bodyHtml: `<p>${bodyMarkdown}</p>` });
      return HttpResponse.json({
        data: {
          editAnswer: {
            __typename: 'AnswerPayload' as const,
            answer: {
              __typename: 'Answer' as const,
              id: a.id,
              bodyMarkdown: a.bodyMarkdown,
              bodyHtml: a.bodyHtml,
            },
            error: null,
          },
        },
      });
    }),
    graphql.mutation(QuestionPage_AnswerDocument, ({ variables }) => {
      const body = variables.input.bodyMarkdown;
      state.answered.push(body);
      const id = `answer-${state.question.answers.length + 1}`;
      state.question.answers.push(
        fakePost({
          id,
          bodyMarkdown: body,
          bodyHtml: `<p>${body}</p>`,
          viewerIsAuthor: true,
          author: { name: 'Me', organizationName: 'Acme' },
        }),
      );
      return HttpResponse.json({
        data: {
          answerQuestion: {
            __typename: 'AnswerPayload' as const,
            answer: { __typename: 'Answer' as const, id },
            error: null,
          },
        },
      });
    }),
  );
  return state;
}

export interface FakeListedQuestion {
  id: string;
  slug: string;
  title: string;
  score: number;
  answerCount: number;
  hasAcceptedAnswer: boolean;
  mine?: boolean;
  createdAt: string;
}

/** The question list, filtered and sorted as the server would; asking adds to it. */
export function installFakeCommunityListApi({ questions }: { questions: FakeListedQuestion[] }) {
  const state = {
    requests: [] as { filter: string | null | undefined; orderBy: string | null | undefined }[],
    asked: [] as unknown[],
  };
  server.use(
    graphql.query(CommunityPage_QuestionsDocument, ({ variables }) => {
      state.requests.push({ filter: variables.filter, orderBy: variables.orderBy });
      let found = questions.filter((q) =>
        variables.filter === 'UNANSWERED'
          ? q.answerCount === 0
          : variables.filter === 'MINE'
            ? q.mine
            : true,
      );
      found = [...found].sort(
        (a, b) =>
          (variables.orderBy === 'TOP' ? b.score - a.score : 0) ||
          b.createdAt.localeCompare(a.createdAt),
      );
      return HttpResponse.json({
        data: {
          questions: {
            __typename: 'QuestionConnection' as const,
            totalCount: found.length,
            pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
            edges: found.map((q) => ({
              __typename: 'QuestionEdge' as const,
              node: {
                __typename: 'Question' as const,
                id: q.id,
                slug: q.slug,
                title: q.title,
                product: null,
                createdAt: q.createdAt,
                score: q.score,
                answerCount: q.answerCount,
                hasAcceptedAnswer: q.hasAcceptedAnswer,
                hidden: false,
                locked: false,
                author: {
                  __typename: 'CommunityAuthor' as const,
                  name: 'Ana Silva',
                  organizationName: 'Acme',
                },
              },
            })),
          },
        },
      });
    }),
    graphql.mutation(AskQuestionPage_AskDocument, ({ variables }) => {
      state.asked.push(variables.input);
      if (variables.input.title.includes('?') === false) {
        return HttpResponse.json({
          data: {
            askQuestion: {
              __typename: 'QuestionPayload' as const,
              question: null,
              error: {
                __typename: 'UserError' as const,
                code: 'VALIDATION_FAILED' as const,
                message: 'End the title with a question mark.',
                hint: 'Say what you want to know.',
                field: 'title',
                reasons: [],
              },
            },
          },
        });
      }
      return HttpResponse.json({
        data: {
          askQuestion: {
            __typename: 'QuestionPayload' as const,
            question: {
              __typename: 'Question' as const,
              id: 'question-new',
              slug: 'proxy-times-out',
            },
            error: null,
          },
        },
      });
    }),
  );
  return state;
}
