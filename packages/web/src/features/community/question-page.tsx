import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { findGraphQLError } from '../../app/graphql-errors';
import { articlePath, ASK_QUESTION_PATH, COMMUNITY_PATH } from '../../app/paths';
import { graphql } from '../../gql';
import type { QuestionPage_QuestionQuery } from '../../gql/graphql';
import { Button, buttonClassName } from '../../ui/button';
import { DateTime } from '../../ui/date-time';
import { Dialog } from '../../ui/dialog';
import { LoadFailed } from '../../ui/error-state';
import { FormField } from '../../ui/form-field';
import { LoadingState } from '../../ui/loading-state';
import { BlockedReasons, reasonIds, Refusal, type Reason } from '../../ui/refusal';
import { TextField } from '../../ui/text-field';
import { MarkdownPreview } from '../knowledge-base/markdown-preview';
import { ServerHtml } from '../search/server-html';
import { ArticleLinker } from './article-linker';
import { PostEditor } from './post-editor';
import {
  viewerMayAccept,
  whyViewerCannotAccept,
  whyViewerCannotAnswer,
  whyViewerCannotEdit,
} from './community-rules';
import { VoteButtons } from './vote-buttons';
import './community.css';

export const QuestionPageQuery = graphql(`
  query QuestionPage_question($slug: String!) {
    viewerCanModerateCommunity
    questionBySlug(slug: $slug) {
      id
      slug
      title
      bodyMarkdown
      bodyHtml
      product
      createdAt
      score
      viewerVote
      viewerIsAuthor
      hidden
      hiddenReason
      locked
      answerCount
      hasAcceptedAnswer
      author {
        name
        organizationName
      }
      linkedArticles {
        id
        slug
        title
      }
      answers {
        id
        bodyMarkdown
        bodyHtml
        createdAt
        score
        viewerVote
        viewerIsAuthor
        hidden
        hiddenReason
        accepted
        author {
          name
          organizationName
        }
      }
    }
  }
`);

const AnswerMutation = graphql(`
  mutation QuestionPage_answer($input: AnswerQuestionInput!) {
    answerQuestion(input: $input) {
      answer {
        id
      }
      error {
        ...Community_refusal
        field
      }
    }
  }
`);

const AcceptMutation = graphql(`
  mutation QuestionPage_accept($answerId: ID!) {
    acceptAnswer(answerId: $answerId) {
      question {
        id
        hasAcceptedAnswer
      }
      error {
        ...Community_refusal
      }
    }
  }
`);

const UnacceptMutation = graphql(`
  mutation QuestionPage_unaccept($questionId: ID!) {
    unacceptAnswer(questionId: $questionId) {
      question {
        id
        hasAcceptedAnswer
      }
      error {
        ...Community_refusal
      }
    }
  }
`);

const HideMutation = graphql(`
  mutation QuestionPage_hide($input: HidePostInput!) {
    hidePost(input: $input) {
      question {
        id
      }
      error {
        ...Community_refusal
        field
      }
    }
  }
`);

const UnhideMutation = graphql(`
  mutation QuestionPage_unhide($postId: ID!) {
    unhidePost(postId: $postId) {
      question {
        id
      }
      error {
        ...Community_refusal
      }
    }
  }
`);

const LockMutation = graphql(`
  mutation QuestionPage_lock($id: ID!) {
    lockQuestion(id: $id) {
      question {
        id
        locked
      }
      error {
        ...Community_refusal
      }
    }
  }
`);

const UnlockMutation = graphql(`
  mutation QuestionPage_unlock($id: ID!) {
    unlockQuestion(id: $id) {
      question {
        id
        locked
      }
      error {
        ...Community_refusal
      }
    }
  }
`);

type Question = NonNullable<QuestionPage_QuestionQuery['questionBySlug']>;
type Answer = Question['answers'][number];
type Refused = (Reason & { reasons?: readonly Reason[] | null }) | null;

const NO_ANSWER: Refused = {
  message: 'Foyer did not answer as expected.',
  hint: 'Check your connection, then try again.',
};

/** One question: its answers (the accepted one first), votes, answering, and moderation. */
export function QuestionPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(QuestionPageQuery, {
    variables: { slug },
    fetchPolicy: 'cache-and-network',
  });
  const question = data?.questionBySlug;
  if (!question) {
    if (loading) return <LoadingState label="Loading the question…" />;
    if (findGraphQLError(error, 'NOT_FOUND')) return <QuestionNotFound />;
    return <LoadFailed what="The question" onRetry={refetch} />;
  }
  return (
    <QuestionView
      question={question}
      canModerate={data.viewerCanModerateCommunity}
      reload={() =>
        refetch()
          .then(() => undefined)
          .catch(() => undefined)
      }
    />
  );
}

interface ViewProps {
  question: Question;
  canModerate: boolean;
  reload: () => Promise<void>;
}

function QuestionView({ question, canModerate, reload }: ViewProps) {
  const [refusal, setRefusal] = useState<Refused>(null);
  const [accept] = useMutation(AcceptMutation);
  const [unaccept] = useMutation(UnacceptMutation);
  const [lock] = useMutation(LockMutation);
  const [unlock] = useMutation(UnlockMutation);
  const [unhide] = useMutation(UnhideMutation);
  const [hiding, setHiding] = useState<{ postId: string; what: string } | null>(null);
  const [editing, setEditing] = useState(false);
  const mayAccept = viewerMayAccept(canModerate, question);

  /** Runs one change, says why if it was refused, and shows the question as it is now. */
  async function run(change: () => Promise<{ error?: Refused } | null | undefined>) {
    setRefusal(null);
    const payload = await change().catch(() => null);
    if (!payload) setRefusal(NO_ANSWER);
    else if (payload.error) setRefusal(payload.error);
    await reload();
  }

  return (
    <article className="question-page" aria-labelledby="question-title">
      <title>{`${question.title} · Community · Foyer`}</title>
      <p className="question-page__back">
        <Link to={COMMUNITY_PATH}>Community</Link>
      </p>

      <div className={`community-post${question.hidden ? ' community-post--hidden' : ''}`}>
        <header className="question-page__header">
          <h1 id="question-title">{question.title}</h1>
          <p className="community-post__meta">
            Asked by {question.author.name}
            {question.author.organizationName
              ? ` (${question.author.organizationName})`
              : ''} · <DateTime value={question.createdAt} dateOnly />
            {question.product ? ` · ${question.product}` : ''}
          </p>
          {question.locked ? (
            <p className="notice notice--warning">
              Locked by a moderator: this question takes no new answers.
            </p>
          ) : null}
          {question.hidden ? <HiddenNotice what="question" reason={question.hiddenReason} /> : null}
        </header>
        {editing ? (
          <PostEditor
            kind="QUESTION"
            post={question}
            onDone={() => void reload().then(() => setEditing(false))}
          />
        ) : (
          <div className="community-post__row">
            <VoteButtons
              kind="QUESTION"
              post={question}
              label="this question"
              canModerate={canModerate}
            />
            <ServerHtml
              as="div"
              className="article-body community-post__body"
              html={question.bodyHtml}
            />
          </div>
        )}
        {!editing && whyViewerCannotEdit(canModerate, 'QUESTION', question).length === 0 ? (
          <p className="community-post__edit">
            <Button size="small" onPress={() => setEditing(true)}>
              Edit the question
            </Button>
          </p>
        ) : null}
        {canModerate ? (
          <div className="moderation-menu" role="group" aria-label="Moderate this question">
            {question.locked ? (
              <Button
                size="small"
                onPress={() =>
                  void run(
                    async () =>
                      (await unlock({ variables: { id: question.id } })).data?.unlockQuestion,
                  )
                }
              >
                Unlock
              </Button>
            ) : (
              <Button
                size="small"
                onPress={() =>
                  void run(
                    async () => (await lock({ variables: { id: question.id } })).data?.lockQuestion,
                  )
                }
              >
                Lock
              </Button>
            )}
            <HideToggle
              what="question"
              hidden={question.hidden}
              onHide={() => setHiding({ postId: question.id, what: 'question' })}
              onUnhide={() =>
                run(
                  async () =>
                    (await unhide({ variables: { postId: question.id } })).data?.unhidePost,
                )
              }
            />
          </div>
        ) : null}
      </div>

      <LinkedArticles question={question} canModerate={canModerate} reload={reload} />

      <Refusal refusal={refusal} />

      <section className="answers" aria-labelledby="answers-heading">
        <h2 id="answers-heading">{answersHeading(question.answers.length)}</h2>
        {question.answers.length === 0 ? (
          <p className="muted">No answers yet. Know the answer? Write it below.</p>
        ) : null}
        <ol className="answers__list">
          {question.answers.map((answer, index) => (
            <AnswerItem
              key={answer.id}
              answer={answer}
              number={index + 1}
              question={question}
              canModerate={canModerate}
              mayAccept={mayAccept}
              onAccept={() =>
                run(
                  async () =>
                    (await accept({ variables: { answerId: answer.id } })).data?.acceptAnswer,
                )
              }
              onUnaccept={() =>
                run(
                  async () =>
                    (await unaccept({ variables: { questionId: question.id } })).data
                      ?.unacceptAnswer,
                )
              }
              onHide={() => setHiding({ postId: answer.id, what: 'answer' })}
              onUnhide={() =>
                run(
                  async () => (await unhide({ variables: { postId: answer.id } })).data?.unhidePost,
                )
              }
              reload={reload}
            />
          ))}
        </ol>
      </section>

      <AnswerForm question={question} canModerate={canModerate} reload={reload} />

      <HideDialog hiding={hiding} onClose={() => setHiding(null)} reload={reload} />
    </article>
  );
}

function answersHeading(count: number): string {
  return count === 1 ? '1 answer' : `${count} answers`;
}

/** A moderator hides a post (asking why, in the HideDialog) or shows it again. */
function HideToggle({
  what,
  hidden,
  onHide,
  onUnhide,
}: {
  what: string;
  hidden: boolean;
  onHide: () => void;
  onUnhide: () => Promise<void>;
}) {
  return hidden ? (
    <Button size="small" onPress={() => void onUnhide()}>
      Show the {what} again
    </Button>
  ) : (
    <Button size="small" variant="danger" onPress={onHide}>
      Hide the {what}
    </Button>
  );
}

function HiddenNotice({ what, reason }: { what: string; reason: string | null | undefined }) {
  return (
    <p className="notice community-post__hidden-notice">
      Hidden by a moderator{reason ? `: ${reason.trim().replace(/[.!]+$/, '')}` : ''}. Only vendor
      staff see this {what}.
    </p>
  );
}

interface AnswerItemProps {
  answer: Answer;
  number: number;
  question: Question;
  canModerate: boolean;
  mayAccept: boolean;
  onAccept: () => Promise<void>;
  onUnaccept: () => Promise<void>;
  onHide: () => void;
  onUnhide: () => Promise<void>;
  reload: () => Promise<void>;
}

function AnswerItem({
  answer,
  number,
  question,
  canModerate,
  mayAccept,
  onAccept,
  onUnaccept,
  onHide,
  onUnhide,
  reload,
}: AnswerItemProps) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const label = `answer ${number} by ${answer.author.name}`;
  const blocked = whyViewerCannotAccept(canModerate, question, answer);
  return (
    <li
      className={`community-post answer${answer.accepted ? ' answer--accepted' : ''}${answer.hidden ? ' community-post--hidden' : ''}`}
      aria-label={`Answer by ${answer.author.name}${answer.accepted ? ', accepted' : ''}`}
    >
      {answer.accepted ? (
        <p className="answer__accepted-mark">
          <span aria-hidden="true">✓ </span>Accepted answer
        </p>
      ) : null}
      {answer.hidden ? <HiddenNotice what="answer" reason={answer.hiddenReason} /> : null}
      {editing ? (
        <PostEditor
          kind="ANSWER"
          post={answer}
          onDone={() => void reload().then(() => setEditing(false))}
        />
      ) : null}
      <div className="community-post__row" hidden={editing}>
        <VoteButtons kind="ANSWER" post={answer} label={label} canModerate={canModerate} />
        <div className="community-post__content">
          <ServerHtml
            as="div"
            className="article-body community-post__body"
            html={answer.bodyHtml}
          />
          <p className="community-post__meta">
            {answer.author.name}
            {answer.author.organizationName ? ` (${answer.author.organizationName})` : ''} ·{' '}
            <DateTime value={answer.createdAt} dateOnly />
          </p>
        </div>
      </div>
      <div className="answer__actions">
        {!editing && whyViewerCannotEdit(canModerate, 'ANSWER', answer).length === 0 ? (
          <Button size="small" onPress={() => setEditing(true)}>
            Edit<span className="visually-hidden"> {label}</span>
          </Button>
        ) : null}
        {mayAccept && answer.accepted ? (
          <Button size="small" onPress={() => void onUnaccept()}>
            Withdraw acceptance
          </Button>
        ) : null}
        {mayAccept && !answer.accepted ? (
          <>
            <Button
              size="small"
              variant="primary"
              isDisabled={blocked.length > 0}
              aria-describedby={reasonIds(`${id}-accept`, blocked)}
              onPress={() => void onAccept()}
            >
              Accept this answer
            </Button>
            <BlockedReasons id={`${id}-accept`} reasons={blocked} />
          </>
        ) : null}
        {canModerate ? (
          <HideToggle what="answer" hidden={answer.hidden} onHide={onHide} onUnhide={onUnhide} />
        ) : null}
      </div>
    </li>
  );
}

function AnswerForm({
  question,
  canModerate,
  reload,
}: {
  question: Question;
  canModerate: boolean;
  reload: () => Promise<void>;
}) {
  const id = useId();
  const [body, setBody] = useState('');
  const [refusal, setRefusal] = useState<Refused>(null);
  const [send, { loading }] = useMutation(AnswerMutation);
  const blocked = whyViewerCannotAnswer(canModerate, question);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (loading || blocked.length > 0) return;
    if (!body.trim()) {
      setRefusal({
        message: 'Write your answer first.',
        hint: 'Markdown works: **bold**, - lists, `code`.',
      });
      return;
    }
    setRefusal(null);
    const payload = (
      await send({ variables: { input: { questionId: question.id, bodyMarkdown: body } } }).catch(
        () => null,
      )
    )?.data?.answerQuestion;
    if (!payload) return setRefusal(NO_ANSWER);
    if (payload.error) return setRefusal(payload.error);
    setBody('');
    await reload();
  }

  return (
    <section className="card answer-form" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Your answer</h2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="answer-form__editor">
          <FormField
            label="Answer"
            description="Markdown: **bold**, - lists, [links](https://…), `code`."
          >
            {(control) => (
              <textarea
                {...control}
                className="answer-form__markdown"
                rows={8}
                spellCheck
                value={body}
                disabled={blocked.length > 0}
                onChange={(event) => setBody(event.target.value)}
              />
            )}
          </FormField>
          <section className="answer-form__preview" aria-labelledby={`${id}-preview`}>
            <h3 id={`${id}-preview`} className="answer-form__preview-title">
              Preview
            </h3>
            <MarkdownPreview
              source={body}
              remoteImages="link"
              emptyText="Your answer appears here as readers will see it."
            />
          </section>
        </div>
        <Refusal refusal={refusal} />
        <div className="answer-form__actions">
          <Button
            type="submit"
            variant="primary"
            isDisabled={blocked.length > 0}
            isPending={loading}
            aria-describedby={reasonIds(`${id}-blocked`, blocked)}
          >
            {loading ? 'Posting…' : 'Post your answer'}
          </Button>
          <BlockedReasons id={`${id}-blocked`} reasons={blocked} />
        </div>
      </form>
    </section>
  );
}

function LinkedArticles({
  question,
  canModerate,
  reload,
}: {
  question: Question;
  canModerate: boolean;
  reload: () => Promise<void>;
}) {
  const mayLink = canModerate || question.viewerIsAuthor;
  if (question.linkedArticles.length === 0 && !mayLink) return null;
  return (
    <section className="linked-articles" aria-labelledby="linked-articles-heading">
      <h2 id="linked-articles-heading">Related knowledge-base articles</h2>
      {question.linkedArticles.length > 0 ? (
        <ul className="linked-articles__list">
          {question.linkedArticles.map((article) => (
            <li key={article.id}>
              <Link to={articlePath(article.slug)}>{article.title}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No article linked yet.</p>
      )}
      {mayLink ? (
        <ArticleLinker
          questionId={question.id}
          linked={question.linkedArticles}
          onChanged={reload}
        />
      ) : null}
    </section>
  );
}

function HideDialog({
  hiding,
  onClose,
  reload,
}: {
  hiding: { postId: string; what: string } | null;
  onClose: () => void;
  reload: () => Promise<void>;
}) {
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<Refused>(null);
  const [hide, { loading }] = useMutation(HideMutation);

  async function submit(event: FormEvent, close: () => void) {
    event.preventDefault();
    if (!hiding || loading) return;
    const payload = (
      await hide({ variables: { input: { postId: hiding.postId, reason } } }).catch(() => null)
    )?.data?.hidePost;
    if (!payload) return setRefusal(NO_ANSWER);
    if (payload.error) return setRefusal(payload.error);
    setReason('');
    setRefusal(null);
    close();
    await reload();
  }

  return (
    <Dialog
      isOpen={hiding !== null}
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={`Hide this ${hiding?.what ?? 'post'}`}
      isDismissable={!loading}
    >
      {(close) => (
        <form onSubmit={(event) => void submit(event, close)} noValidate className="form">
          <p>
            Only vendor staff will see it, greyed, with the reason. Nobody can vote on it or accept
            it while it is hidden.
          </p>
          <TextField label="Reason" value={reason} onChange={setReason} isRequired />
          <Refusal refusal={refusal} />
          <div className="dialog__actions">
            <Button onPress={close}>Cancel</Button>
            <Button type="submit" variant="danger" isPending={loading}>
              {loading ? 'Hiding…' : 'Hide'}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

/** The same page whether the question does not exist, was hidden, or is not one the reader may open. */
function QuestionNotFound() {
  return (
    <div className="question-page">
      <title>Question not found · Foyer</title>
      <h1>Question not found</h1>
      <div className="notice" role="alert">
        <p className="notice__message">
          There is no question at this address, or it is not one you can open.
        </p>
        <p className="notice__hint">
          It may have been removed by a moderator. Browse the community, or ask it yourself.
        </p>
      </div>
      <p className="question-page__not-found-links">
        <Link className={buttonClassName('primary')} to={COMMUNITY_PATH}>
          Browse the community
        </Link>
        <Link className={buttonClassName('secondary')} to={ASK_QUESTION_PATH}>
          Ask a question
        </Link>
      </p>
    </div>
  );
}
