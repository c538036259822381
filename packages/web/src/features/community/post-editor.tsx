import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { Button } from '../../ui/button';
import { FormField } from '../../ui/form-field';
import { Refusal, type Reason } from '../../ui/refusal';
import { TextField } from '../../ui/text-field';
import { MarkdownPreview } from '../knowledge-base/markdown-preview';

const EditQuestionMutation = graphql(`
  mutation PostEditor_editQuestion($input: EditQuestionInput!) {
    editQuestion(input: $input) {
      question {
        id
        title
        bodyMarkdown
        bodyHtml
      }
      error {
        ...Community_refusal
        field
      }
    }
  }
`);

const EditAnswerMutation = graphql(`
  mutation PostEditor_editAnswer($input: EditAnswerInput!) {
    editAnswer(input: $input) {
      answer {
        id
        bodyMarkdown
        bodyHtml
      }
      error {
        ...Community_refusal
        field
      }
    }
  }
`);

export interface PostEditorProps {
  post: { id: string; bodyMarkdown: string; title?: string };
  kind: 'QUESTION' | 'ANSWER';
  onDone: () => void;
}

/** Editing one's own question or answer (or any, for a moderator), with a preview. */
export function PostEditor({ post, kind, onDone }: PostEditorProps) {
  const id = useId();
  const [title, setTitle] = useState(post.title ?? '');
  const [body, setBody] = useState(post.bodyMarkdown);
  const [refusal, setRefusal] = useState<(Reason & { reasons?: readonly Reason[] | null }) | null>(
    null,
  );
  const [editQuestion, question] = useMutation(EditQuestionMutation);
  const [editAnswer, answer] = useMutation(EditAnswerMutation);
  const saving = question.loading || answer.loading;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setRefusal(null);
    const payload =
      kind === 'QUESTION'
        ? (
            await editQuestion({
              variables: { input: { id: post.id, title, bodyMarkdown: body } },
            }).catch(() => null)
          )?.data?.editQuestion
        : (
            await editAnswer({ variables: { input: { id: post.id, bodyMarkdown: body } } }).catch(
              () => null,
            )
          )?.data?.editAnswer;
    if (!payload)
      return setRefusal({
        message: 'Your changes were not saved.',
        hint: 'Check your connection, then try again.',
      });
    if (payload.error) return setRefusal(payload.error);
    onDone();
  }

  const what = kind === 'QUESTION' ? 'question' : 'answer';
  return (
    <form
      className="post-editor"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={`Edit your ${what}`}
    >
      {kind === 'QUESTION' ? (
        <TextField label="Title" value={title} onChange={setTitle} isRequired />
      ) : null}
      <div className="answer-form__editor">
        <FormField label="Text" description="Markdown.">
          {(control) => (
            <textarea
              {...control}
              className="answer-form__markdown"
              rows={8}
              spellCheck
              value={body}
              onChange={(event) => setBody(event.target.value)}
            />
          )}
        </FormField>
        <section className="answer-form__preview" aria-labelledby={`${id}-preview`}>
          <h3 id={`${id}-preview`} className="answer-form__preview-title">
            Preview
          </h3>
          <MarkdownPreview source={body} remoteImages="link" />
        </section>
      </div>
      <Refusal refusal={refusal} />
      <div className="answer-form__actions">
        <Button type="submit" variant="primary" isPending={saving}>
          {saving ? 'Saving…' : 'Save'}
        </Button>
        <Button onPress={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
