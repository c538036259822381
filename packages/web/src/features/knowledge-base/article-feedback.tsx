import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { FieldProblem } from '../../ui/form-field';
import { FormProblem } from '../../ui/form-problem';

const RateArticleMutation = graphql(`
  mutation ArticleFeedback_rate($articleId: ID!, $helpful: Boolean!) {
    rateArticle(articleId: $articleId, helpful: $helpful) {
      article {
        id
        helpfulCount
        notHelpfulCount
        viewerFeedback
      }
      error {
        code
        message
        hint
      }
    }
  }
`);

const NOT_ANSWERING: FieldProblem = {
  message: 'Your answer was not recorded: Foyer is not answering.',
  hint: 'Check your connection, then try again.',
};

export interface ArticleFeedbackProps {
  article: {
    id: string;
    helpfulCount: number;
    notHelpfulCount: number;
    viewerFeedback?: boolean | null;
  };
}

/**
 * "Was this helpful?" with the reader's own answer pressed. Answering again replaces the earlier
 * answer; the counts come back from the server with it, so they always include this reader.
 */
export function ArticleFeedback({ article }: ArticleFeedbackProps) {
  const [rate, { loading }] = useMutation(RateArticleMutation);
  const [pending, setPending] = useState<boolean | null>(null);
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const answer = article.viewerFeedback ?? null;

  async function choose(helpful: boolean) {
    if (loading || helpful === answer) return;
    setPending(helpful);
    setProblem(null);
    try {
      const { data } = await rate({ variables: { articleId: article.id, helpful } });
      const error = data?.rateArticle.error;
      if (error) setProblem({ message: error.message, hint: error.hint });
    } catch {
      setProblem(NOT_ANSWERING);
    } finally {
      setPending(null);
    }
  }

  return (
    <section className="article-feedback" aria-labelledby="article-feedback-heading">
      <h2 id="article-feedback-heading" className="article-feedback__title">
        Was this helpful?
      </h2>
      <div
        className="article-feedback__choices"
        role="group"
        aria-labelledby="article-feedback-heading"
      >
        <FeedbackButton
          label="Yes"
          isPressed={answer === true}
          isPending={pending === true}
          onPress={() => void choose(true)}
        />
        <FeedbackButton
          label="No"
          isPressed={answer === false}
          isPending={pending === false}
          onPress={() => void choose(false)}
        />
      </div>
      <p className="article-feedback__answer" role="status">
        {answer === null
          ? null
          : answer
            ? 'You said this helped. Thank you! You can change your answer.'
            : 'You said this did not help. Thank you: it tells us what to improve. You can change your answer.'}
      </p>
      <p className="article-feedback__counts muted">
        {countsText(article.helpfulCount, article.notHelpfulCount)}
      </p>
      <FormProblem problem={problem} />
    </section>
  );
}

interface FeedbackButtonProps {
  label: string;
  isPressed: boolean;
  isPending: boolean;
  onPress: () => void;
}

/** A toggle: aria-pressed says which answer is the reader's. */
function FeedbackButton({ label, isPressed, isPending, onPress }: FeedbackButtonProps) {
  return (
    <button
      type="button"
      className={`button button--${isPressed ? 'primary' : 'secondary'} article-feedback__choice`}
      aria-pressed={isPressed}
      aria-disabled={isPending || undefined}
      onClick={onPress}
    >
      {isPressed ? <span aria-hidden="true">✓ </span> : null}
      {label}
    </button>
  );
}

function countsText(helpful: number, notHelpful: number): string {
  if (helpful === 0 && notHelpful === 0) return 'Nobody has answered yet.';
  const people = (count: number) => (count === 1 ? '1 person' : `${count} people`);
  return `${people(helpful)} found this helpful, ${people(notHelpful)} did not.`;
}
