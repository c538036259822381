import {
  whyCannotAccept,
  whyCannotAnswer,
  whyCannotEdit,
  whyCannotVote,
  type Actor,
  type RuleViolation,
} from '@foyer/shared';

/**
 * The shared community rules, fed with what the page knows: whether the viewer moderates and
 * whether they wrote each post. The server runs the same functions when the change is made.
 */
const VIEWER = 'viewer';

export interface PostFacts {
  viewerIsAuthor: boolean;
  hidden: boolean;
}

export interface QuestionFacts extends PostFacts {
  locked: boolean;
  hasAcceptedAnswer: boolean;
}

export function viewerOf(canModerate: boolean): Actor {
  return {
    professionalId: VIEWER,
    organizationId: '',
    organizationKind: canModerate ? 'VENDOR' : 'CUSTOMER',
    status: 'ACTIVE',
    roles: canModerate ? ['ADMINISTRATOR'] : [],
    servedCustomerIds: [],
  };
}

const authorId = (post: PostFacts) => (post.viewerIsAuthor ? VIEWER : 'someone-else');

function questionState(question: QuestionFacts) {
  return {
    kind: 'QUESTION' as const,
    authorId: authorId(question),
    hidden: question.hidden,
    locked: question.locked,
    acceptedAnswerId: null,
  };
}

export function whyViewerCannotVote(
  canModerate: boolean,
  kind: 'QUESTION' | 'ANSWER',
  post: PostFacts,
): RuleViolation[] {
  return whyCannotVote(viewerOf(canModerate), {
    kind,
    authorId: authorId(post),
    hidden: post.hidden,
  });
}

export function whyViewerCannotAnswer(
  canModerate: boolean,
  question: QuestionFacts,
): RuleViolation[] {
  return whyCannotAnswer(viewerOf(canModerate), questionState(question));
}

export function whyViewerCannotAccept(
  canModerate: boolean,
  question: QuestionFacts,
  answer: PostFacts & { id: string },
): RuleViolation[] {
  return whyCannotAccept(viewerOf(canModerate), questionState(question), {
    kind: 'ANSWER',
    id: answer.id,
    authorId: authorId(answer),
    hidden: answer.hidden,
  });
}

/** Whether the viewer may accept answers at all (the asker or a moderator): the button is shown only then. */
export function viewerMayAccept(canModerate: boolean, question: QuestionFacts): boolean {
  return canModerate || question.viewerIsAuthor;
}

export function whyViewerCannotEdit(
  canModerate: boolean,
  kind: 'QUESTION' | 'ANSWER',
  post: PostFacts,
): RuleViolation[] {
  return whyCannotEdit(viewerOf(canModerate), {
    kind,
    authorId: authorId(post),
    hidden: post.hidden,
  });
}
