import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { COMMUNITY_PATH, questionPath } from '../../app/paths';
import { graphql } from '../../gql';
import { Button } from '../../ui/button';
import type { FieldProblem } from '../../ui/form-field';
import { FormField } from '../../ui/form-field';
import { Refusal, type Reason } from '../../ui/refusal';
import { TextField } from '../../ui/text-field';
import { MarkdownPreview } from '../knowledge-base/markdown-preview';
import './community.css';

const AskMutation = graphql(`
  mutation AskQuestionPage_ask($input: AskQuestionInput!) {
    askQuestion(input: $input) {
      question {
        id
        slug
      }
      error {
        ...Community_refusal
        field
      }
    }
  }
`);

type Field = 'title' | 'bodyMarkdown' | 'product';

/** Asking the community: a title that says what you want to know, the details, and the product. */
export function AskQuestionPage() {
  const id = useId();
  const navigate = useNavigate();
  const [fields, setFields] = useState({ title: '', bodyMarkdown: '', product: '' });
  const [problems, setProblems] = useState<Partial<Record<Field, FieldProblem>>>({});
  const [refusal, setRefusal] = useState<(Reason & { reasons?: readonly Reason[] | null }) | null>(
    null,
  );
  const [ask, { loading }] = useMutation(AskMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (loading) return;
    setRefusal(null);
    const found: Partial<Record<Field, FieldProblem>> = {};
    if (fields.title.trim().length < 5)
      found.title = {
        message: 'Write a title of at least 5 characters.',
        hint: 'Say what you want to know.',
      };
    if (!fields.bodyMarkdown.trim())
      found.bodyMarkdown = {
        message: 'Describe the question.',
        hint: 'What did you try, and what happened?',
      };
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const input = {
      title: fields.title.trim(),
      bodyMarkdown: fields.bodyMarkdown,
      product: fields.product.trim() || null,
    };
    const payload = (await ask({ variables: { input } }).catch(() => null))?.data?.askQuestion;
    if (!payload)
      return setRefusal({
        message: 'Your question was not posted.',
        hint: 'Check your connection, then try again.',
      });
    if (payload.error) {
      const field = payload.error.field as Field | null;
      if (field && field in fields) setProblems({ [field]: payload.error });
      else setRefusal(payload.error);
      return;
    }
    if (payload.question) navigate(questionPath(payload.question.slug));
  }

  return (
    <div className="ask-question-page">
      <title>Ask a question · Community · Foyer</title>
      <p className="question-page__back">
        <Link to={COMMUNITY_PATH}>Community</Link>
      </p>
      <h1>Ask a question</h1>
      <form
        className="card form ask-question-form"
        onSubmit={(event) => void submit(event)}
        noValidate
      >
        <TextField
          label="Title"
          value={fields.title}
          onChange={(title) => setFields({ ...fields, title })}
          problem={problems.title}
          isRequired
        />
        <TextField
          label="Product"
          labelNote="optional"
          description="The product it is about, e.g. ledger."
          value={fields.product}
          onChange={(product) => setFields({ ...fields, product })}
          problem={problems.product}
        />
        <div className="answer-form__editor">
          <FormField
            label="Details"
            description="Markdown: **bold**, - lists, [links](https://…), `code`."
            problem={problems.bodyMarkdown}
          >
            {(control) => (
              <textarea
                {...control}
                className="answer-form__markdown"
                rows={10}
                spellCheck
                value={fields.bodyMarkdown}
                onChange={(event) => setFields({ ...fields, bodyMarkdown: event.target.value })}
              />
            )}
          </FormField>
          <section className="answer-form__preview" aria-labelledby={`${id}-preview`}>
            <h2 id={`${id}-preview`} className="answer-form__preview-title">
              Preview
            </h2>
            <MarkdownPreview
              source={fields.bodyMarkdown}
              remoteImages="link"
              emptyText="Your question appears here as readers will see it."
            />
          </section>
        </div>
        <Refusal refusal={refusal} />
        <div className="answer-form__actions">
          <Button type="submit" variant="primary" isPending={loading}>
            {loading ? 'Posting…' : 'Post your question'}
          </Button>
        </div>
      </form>
    </div>
  );
}
