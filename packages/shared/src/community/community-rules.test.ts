import type { Actor } from '../authorization/can';
import type { ErrorCode } from '../errors/error-codes';
import {
  canModerateCommunity,
  voteWeight,
  whyCannotAccept,
  whyCannotAnswer,
  whyCannotEdit,
  whyCannotLinkArticle,
  whyCannotModerate,
  whyCannotUnaccept,
  whyCannotVote,
  type AnswerState,
  type QuestionState,
} from './community-rules';

function actor(id: string, kind: Actor['organizationKind'], overrides: Partial<Actor> = {}): Actor {
  return {
    professionalId: id,
    organizationId: `org-${kind}`,
    organizationKind: kind,
    status: 'ACTIVE',
    roles: [],
    servedCustomerIds: [],
    ...overrides,
  };
}

const ASKER = actor('asker', 'CUSTOMER');
const ANSWERER = actor('answerer', 'PARTNER');
const READER = actor('reader', 'CUSTOMER', { roles: ['ADMINISTRATOR'] });
const MODERATOR = actor('moderator', 'VENDOR', { roles: ['ADMINISTRATOR'] });
const VENDOR_STAFF = actor('staff', 'VENDOR');
const DISABLED = actor('disabled', 'CUSTOMER', { status: 'DISABLED' });

function question(overrides: Partial<QuestionState> = {}): QuestionState {
  return {
    kind: 'QUESTION',
    authorId: 'asker',
    hidden: false,
    locked: false,
    acceptedAnswerId: null,
    ...overrides,
  };
}
function answer(overrides: Partial<AnswerState> = {}): AnswerState {
  return { kind: 'ANSWER', id: 'a1', authorId: 'answerer', hidden: false, ...overrides };
}

const codes = (violations: { code: ErrorCode }[]) => violations.map((v) => v.code);

describe('voting', () => {
  it.each<[string, Actor | null, () => QuestionState | AnswerState, ErrorCode[]]>([
    ['another professional on a question', READER, () => question(), []],
    ['another professional on an answer', ASKER, () => answer(), []],
    ['the asker on their own question', ASKER, () => question(), ['OWN_POST']],
    ['the answerer on their own answer', ANSWERER, () => answer(), ['OWN_POST']],
    [
      'a moderator on their own post',
      MODERATOR,
      () => answer({ authorId: 'moderator' }),
      ['OWN_POST'],
    ],
    ['anyone on a post whose author was deleted', READER, () => answer({ authorId: null }), []],
    ['anyone on a hidden question', READER, () => question({ hidden: true }), ['POST_HIDDEN']],
    ['a moderator on a hidden answer', MODERATOR, () => answer({ hidden: true }), ['POST_HIDDEN']],
    [
      'the author on their hidden post',
      ANSWERER,
      () => answer({ hidden: true }),
      ['OWN_POST', 'POST_HIDDEN'],
    ],
    ['someone signed out', null, () => question(), ['UNAUTHENTICATED']],
    ['a disabled professional', DISABLED, () => question(), ['FORBIDDEN']],
  ])('%s', (_, who, post, expected) => {
    expect(codes(whyCannotVote(who, post()))).toEqual(expected);
  });

  it('explains the refusal of a vote on one’s own post', () => {
    const [reason] = whyCannotVote(ASKER, question());
    expect(reason?.message).toBe('You cannot vote on your own question.');
    expect(reason?.hint).toMatch(/other people/);
  });

  it('weighs up, down and none', () => {
    expect([voteWeight('UP'), voteWeight('DOWN'), voteWeight('NONE')]).toEqual([1, -1, 0]);
  });
});

describe('answering', () => {
  it.each<[string, Actor | null, QuestionState, ErrorCode[]]>([
    ['anyone on an open question', ANSWERER, question(), []],
    ['the asker on their own question', ASKER, question(), []],
    ['anyone on a locked question', ANSWERER, question({ locked: true }), ['QUESTION_LOCKED']],
    [
      'a moderator on a locked question',
      MODERATOR,
      question({ locked: true }),
      ['QUESTION_LOCKED'],
    ],
    ['anyone on a hidden question', ANSWERER, question({ hidden: true }), ['POST_HIDDEN']],
    ['someone signed out', null, question(), ['UNAUTHENTICATED']],
  ])('%s', (_, who, q, expected) => {
    expect(codes(whyCannotAnswer(who, q))).toEqual(expected);
  });
});

describe('accepting', () => {
  it.each<[string, Actor | null, QuestionState, AnswerState, ErrorCode[]]>([
    ['the asker', ASKER, question(), answer(), []],
    [
      'the asker, replacing the accepted answer',
      ASKER,
      question({ acceptedAnswerId: 'a0' }),
      answer(),
      [],
    ],
    ['a moderator', MODERATOR, question(), answer(), []],
    ['the answerer', ANSWERER, question(), answer(), ['NOT_ASKER']],
    ['another reader', READER, question(), answer(), ['NOT_ASKER']],
    ['vendor staff who are not administrators', VENDOR_STAFF, question(), answer(), ['NOT_ASKER']],
    ['the asker, of a hidden answer', ASKER, question(), answer({ hidden: true }), ['POST_HIDDEN']],
    [
      'the asker, on a hidden question',
      ASKER,
      question({ hidden: true }),
      answer(),
      ['POST_HIDDEN'],
    ],
    [
      'the asker whose profile was deleted (nobody matches a null author)',
      READER,
      question({ authorId: null }),
      answer(),
      ['NOT_ASKER'],
    ],
    ['someone signed out', null, question(), answer(), ['UNAUTHENTICATED']],
  ])('%s', (_, who, q, a, expected) => {
    expect(codes(whyCannotAccept(who, q, a))).toEqual(expected);
  });

  it.each<[string, Actor | null, ErrorCode[]]>([
    ['the asker', ASKER, []],
    ['a moderator', MODERATOR, []],
    ['the answerer', ANSWERER, ['NOT_ASKER']],
  ])('withdrawing the acceptance: %s', (_, who, expected) => {
    expect(codes(whyCannotUnaccept(who, question({ acceptedAnswerId: 'a1' })))).toEqual(expected);
  });
});

describe('editing, linking and moderating', () => {
  it.each<[string, Actor | null, QuestionState | AnswerState, ErrorCode[]]>([
    ['the author of a question', ASKER, question(), []],
    ['the author of an answer', ANSWERER, answer(), []],
    ['someone else', READER, answer(), ['FORBIDDEN']],
    ['a moderator', MODERATOR, answer(), []],
    ['a moderator, a hidden post', MODERATOR, answer({ hidden: true }), []],
    ['the author, a hidden post', ANSWERER, answer({ hidden: true }), ['POST_HIDDEN']],
  ])('editing: %s', (_, who, post, expected) => {
    expect(codes(whyCannotEdit(who, post))).toEqual(expected);
  });

  it.each<[string, Actor | null, ErrorCode[]]>([
    ['the asker', ASKER, []],
    ['a moderator', MODERATOR, []],
    ['the answerer', ANSWERER, ['NOT_ASKER']],
  ])('linking to an article: %s', (_, who, expected) => {
    expect(codes(whyCannotLinkArticle(who, question()))).toEqual(expected);
  });

  it.each<[string, Actor | null, boolean]>([
    ['a vendor administrator', MODERATOR, true],
    ['vendor staff', VENDOR_STAFF, false],
    ['a customer administrator', READER, false],
    [
      'a disabled vendor administrator',
      actor('x', 'VENDOR', { roles: ['ADMINISTRATOR'], status: 'DISABLED' }),
      false,
    ],
    ['someone signed out', null, false],
  ])('moderating: %s', (_, who, allowed) => {
    expect(canModerateCommunity(who)).toBe(allowed);
    expect(whyCannotModerate(who).length === 0).toBe(allowed);
  });
});
