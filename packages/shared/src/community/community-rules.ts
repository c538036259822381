import type { Actor } from '../authorization/can';
import { canManageContent } from '../content/can-read';
import type { RuleViolation } from '../roles/rule-violation';

/**
 * The community's rules, as pure functions. Every active signed-in professional, of any
 * organization, may read, ask, answer and vote; the vendor's active administrators moderate.
 *
 * Each `whyCannot…` function returns every reason the action is blocked (empty when it is
 * allowed). The server runs them inside the transaction that commits the change; the web app
 * runs the same functions to disable a button and say why.
 */

export const POST_KINDS = ['QUESTION', 'ANSWER'] as const;
export type PostKind = (typeof POST_KINDS)[number];

/** What a person says about a post: up, down, or nothing (withdrawing an earlier vote). */
export const VOTE_VALUES = ['UP', 'DOWN', 'NONE'] as const;
export type VoteValue = (typeof VOTE_VALUES)[number];

/** A vote's weight in a post's score. */
export function voteWeight(value: VoteValue): number {
  return value === 'UP' ? 1 : value === 'DOWN' ? -1 : 0;
}

/** What the rules need to know about a question or an answer. */
export interface PostState {
  kind: PostKind;
  /** Null when the author's profile was deleted. */
  authorId: string | null;
  hidden: boolean;
}

export interface QuestionState extends PostState {
  kind: 'QUESTION';
  locked: boolean;
  acceptedAnswerId: string | null;
}

export interface AnswerState extends PostState {
  kind: 'ANSWER';
  id: string;
}

/** Moderators hide and lock posts and may see hidden ones: the vendor's active administrators. */
export function canModerateCommunity(actor: Actor | null): boolean {
  return canManageContent(actor);
}

/** Taking part at all: any signed-in professional who is not disabled. */
export function whyCannotParticipate(actor: Actor | null): RuleViolation[] {
  if (!actor)
    return [
      {
        code: 'UNAUTHENTICATED',
        message: 'Sign in to take part in the community.',
        hint: 'Your session may have expired.',
      },
    ];
  if (actor.status === 'DISABLED') {
    return [
      {
        code: 'FORBIDDEN',
        message: 'Your profile is disabled.',
        hint: 'Ask an administrator of your organization to enable it.',
      },
    ];
  }
  return [];
}

export function whyCannotVote(actor: Actor | null, post: PostState): RuleViolation[] {
  const blocked = whyCannotParticipate(actor);
  if (blocked.length > 0) return blocked;
  const violations: RuleViolation[] = [];
  if (post.authorId !== null && post.authorId === actor!.professionalId) {
    violations.push({
      code: 'OWN_POST',
      message: `You cannot vote on your own ${postNoun(post)}.`,
      hint: 'Votes say what others found useful; vote on other people’s posts.',
    });
  }
  if (post.hidden) violations.push(hiddenPost(post));
  return violations;
}

export function whyCannotAnswer(actor: Actor | null, question: QuestionState): RuleViolation[] {
  const blocked = whyCannotParticipate(actor);
  if (blocked.length > 0) return blocked;
  const violations: RuleViolation[] = [];
  if (question.hidden) violations.push(hiddenPost(question));
  if (question.locked) {
    violations.push({
      code: 'QUESTION_LOCKED',
      message: 'This question is locked and takes no new answers.',
      hint: 'Ask a new question, and link to this one if it helps.',
    });
  }
  return violations;
}

/** Accepting an answer, which replaces the answer accepted before, if any. */
export function whyCannotAccept(
  actor: Actor | null,
  question: QuestionState,
  answer: AnswerState,
): RuleViolation[] {
  const blocked = whyCannotParticipate(actor);
  if (blocked.length > 0) return blocked;
  const violations: RuleViolation[] = [];
  if (!isAskerOrModerator(actor!, question)) violations.push(notAsker('accept an answer'));
  if (question.hidden) violations.push(hiddenPost(question));
  if (answer.hidden) violations.push(hiddenPost(answer));
  return violations;
}

export function whyCannotUnaccept(actor: Actor | null, question: QuestionState): RuleViolation[] {
  const blocked = whyCannotParticipate(actor);
  if (blocked.length > 0) return blocked;
  if (!isAskerOrModerator(actor!, question)) return [notAsker('withdraw the accepted answer')];
  return [];
}

/** Editing a question or an answer: its author, or a moderator. */
export function whyCannotEdit(actor: Actor | null, post: PostState): RuleViolation[] {
  const blocked = whyCannotParticipate(actor);
  if (blocked.length > 0) return blocked;
  if (canModerateCommunity(actor)) return [];
  const violations: RuleViolation[] = [];
  if (post.authorId === null || post.authorId !== actor!.professionalId) {
    violations.push({
      code: 'FORBIDDEN',
      message: `Only the author of this ${postNoun(post)} can edit it.`,
      hint: 'Write an answer or a comment in your own post instead.',
    });
  }
  if (post.hidden) violations.push(hiddenPost(post));
  return violations;
}

/** Linking a question to a knowledge-base article (or removing the link): the asker or a moderator. */
export function whyCannotLinkArticle(
  actor: Actor | null,
  question: QuestionState,
): RuleViolation[] {
  const blocked = whyCannotParticipate(actor);
  if (blocked.length > 0) return blocked;
  const violations: RuleViolation[] = [];
  if (!isAskerOrModerator(actor!, question)) violations.push(notAsker('link it to an article'));
  if (question.hidden && !canModerateCommunity(actor)) violations.push(hiddenPost(question));
  return violations;
}

/** Hiding, unhiding, locking and unlocking. */
export function whyCannotModerate(actor: Actor | null): RuleViolation[] {
  const blocked = whyCannotParticipate(actor);
  if (blocked.length > 0) return blocked;
  if (canModerateCommunity(actor)) return [];
  return [
    {
      code: 'FORBIDDEN',
      message: 'Only the vendor’s administrators moderate the community.',
      hint: 'Report the post to your vendor contact.',
    },
  ];
}

function isAskerOrModerator(actor: Actor, question: QuestionState): boolean {
  return (
    canModerateCommunity(actor) ||
    (question.authorId !== null && question.authorId === actor.professionalId)
  );
}

function postNoun(post: PostState): string {
  return post.kind === 'QUESTION' ? 'question' : 'answer';
}

function hiddenPost(post: PostState): RuleViolation {
  return {
    code: 'POST_HIDDEN',
    message: `This ${postNoun(post)} was hidden by a moderator.`,
    hint: 'Hidden posts take no votes, answers or acceptance until a moderator shows them again.',
  };
}

function notAsker(what: string): RuleViolation {
  return {
    code: 'NOT_ASKER',
    message: `Only the person who asked the question can ${what}.`,
    hint: 'Vote for the answer that helped you instead.',
  };
}
