import type { ReactNode } from 'react';
import { findGraphQLError } from '../../app/graphql-errors';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { LoadFailed } from '../../ui/error-state';
import { FormField, type FieldProblem } from '../../ui/form-field';
import { FormProblem } from '../../ui/form-problem';
import { LoadingState } from '../../ui/loading-state';
import { TextField } from '../../ui/text-field';
import { MarkdownPreview } from '../knowledge-base/markdown-preview';
import type { Busy } from './use-publishable-editor';

// The pieces every content editor (articles, announcements, updates) is built of, so they look
// and read alike. They use the knowledge base's editor styles (knowledge-base.css).

/** A whole page saying why there is no editor here: the item is missing, or the reader may not edit. */
export function EditorNotice({
  className,
  title,
  message,
  hint,
}: {
  className: string;
  title: string;
  message: string;
  hint: ReactNode;
}) {
  return (
    <div className={className}>
      <title>{`${title} · Foyer`}</title>
      <h1>{title}</h1>
      <div className="notice" role="alert">
        <p className="notice__message">{message}</p>
        <p className="notice__hint">{hint}</p>
      </div>
    </div>
  );
}

/** What an editor shows while it has no item yet: loading, not found, or could not be loaded. */
export function ItemLoadState({
  noun,
  loading,
  error,
  notFound,
  onRetry,
}: {
  noun: string;
  loading: boolean;
  error: unknown;
  notFound: ReactNode;
  onRetry: () => Promise<unknown>;
}) {
  if (loading) return <LoadingState label={`Loading the ${noun}…`} />;
  if (findGraphQLError(error, 'NOT_FOUND')) return <>{notFound}</>;
  return <LoadFailed what={`The ${noun}`} onRetry={onRetry} />;
}

/** What the editor for a new item shows until it knows the reader may write one. */
export function PermissionLoadState({
  loading,
  onRetry,
}: {
  loading: boolean;
  onRetry: () => Promise<unknown>;
}) {
  if (loading) return <LoadingState label="Loading the editor…" />;
  return <LoadFailed what="The editor" onRetry={onRetry} />;
}

/** The editor's heading, what state the item is in, and its Published/Draft badge. */
export function EditorHeader({
  heading,
  subtitle,
  isPublished,
}: {
  heading: string;
  subtitle: string;
  isPublished: boolean;
}) {
  return (
    <header className="page-header">
      <div>
        <h1>{heading}</h1>
        <p className="page-header__subtitle muted">{subtitle}</p>
      </div>
      <span className={`article-status article-status--${isPublished ? 'published' : 'draft'}`}>
        {isPublished ? 'Published' : 'Draft'}
      </span>
    </header>
  );
}

interface SlugFieldProps {
  /** "article", "announcement". */
  noun: string;
  /** Where the item's pages live, e.g. "/kb/". */
  prefix: string;
  isNew: boolean;
  value: string;
  onChange: (value: string) => void;
  problem?: FieldProblem | null;
}

/** The slug, with the address it makes and what changing it does. */
export function SlugField({ noun, prefix, isNew, value, onChange, problem }: SlugFieldProps) {
  const preview = value.trim() || (isNew ? 'made-from-the-title' : '');
  return (
    <TextField
      label="Slug"
      labelNote={isNew ? 'optional' : undefined}
      value={value}
      onChange={onChange}
      problem={problem}
      description={
        <>
          The {noun}’s address: <code>{`${prefix}${preview}`}</code>.{' '}
          {isNew
            ? 'Leave it empty to make it from the title.'
            : 'Changing it breaks links to the old address.'}
        </>
      }
    />
  );
}

interface TextAreaFieldProps {
  description: string;
  value: string;
  onChange: (value: string) => void;
  problem?: FieldProblem | null;
}

/** The optional summary shown in lists. */
export function SummaryField({ description, value, onChange, problem }: TextAreaFieldProps) {
  return (
    <FormField label="Summary" labelNote="optional" description={description} problem={problem}>
      {(control) => (
        <textarea
          {...control}
          className="article-editor__summary"
          rows={2}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}

/** The Markdown body beside a preview of it as readers will see it. */
export function MarkdownBodyField({
  id,
  rows,
  description,
  value,
  onChange,
  problem,
}: TextAreaFieldProps & { id: string; rows: number }) {
  const previewId = `${id}-preview`;
  return (
    <div className="article-editor__body">
      <FormField label="Body" description={description} problem={problem}>
        {(control) => (
          <textarea
            {...control}
            className="article-editor__markdown"
            rows={rows}
            spellCheck
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
        )}
      </FormField>
      <section className="article-editor__preview" aria-labelledby={previewId}>
        <h3 id={previewId} className="article-editor__preview-title">
          Preview
        </h3>
        <div className="article-editor__preview-page">
          <MarkdownPreview
            source={value}
            emptyText="The body appears here as readers will see it."
            showAdvice
          />
        </div>
      </section>
    </div>
  );
}

interface PublishActionsProps {
  formProblem: FieldProblem | null;
  isNew: boolean;
  isDirty: boolean;
  isPublished: boolean;
  busy: Busy;
  onPublish: () => void;
  onUnpublish: () => void;
}

/** The form's problem, whether it is saved, and Save with Publish or Unpublish. */
export function PublishActions({
  formProblem,
  isNew,
  isDirty,
  isPublished,
  busy,
  onPublish,
  onUnpublish,
}: PublishActionsProps) {
  return (
    <div className="article-editor__actions">
      <FormProblem problem={formProblem} />
      <p className="article-editor__state" role="status">
        {isDirty ? 'Unsaved changes' : isNew ? '' : 'All changes saved'}
      </p>
      <div className="article-editor__buttons">
        <Button
          type="submit"
          variant={isPublished ? 'primary' : 'secondary'}
          isPending={busy === 'save'}
        >
          {busy === 'save' ? 'Saving…' : isPublished ? 'Save changes' : 'Save draft'}
        </Button>
        {isPublished ? (
          <Button onPress={onUnpublish} isDisabled={busy !== null}>
            Unpublish
          </Button>
        ) : (
          <Button variant="primary" onPress={onPublish} isPending={busy === 'publish'}>
            {busy === 'publish' ? 'Publishing…' : 'Publish'}
          </Button>
        )}
      </div>
    </div>
  );
}

interface UnpublishDialogProps {
  noun: string;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  onConfirm: () => Promise<FieldProblem | null>;
}

/** Asks before a published item goes back to being a draft. */
export function UnpublishDialog({ noun, isOpen, onOpenChange, onConfirm }: UnpublishDialogProps) {
  return (
    <ConfirmDialog
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      title={`Unpublish this ${noun}?`}
      onConfirm={onConfirm}
    >
      <p>
        Readers will no longer find or open it. It becomes a draft that only vendor staff see, until
        it is published again.
      </p>
    </ConfirmDialog>
  );
}
