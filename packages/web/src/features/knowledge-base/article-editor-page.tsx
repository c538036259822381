import { useMutation, useQuery } from '@apollo/client/react';
import { ITEM_VISIBILITIES, CONTENT_VISIBILITY_LABELS, type ContentVisibility } from '@foyer/shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { findGraphQLError } from '../../app/graphql-errors';
import { articlePath, editArticlePath, KNOWLEDGE_BASE_PATH } from '../../app/paths';
import { graphql } from '../../gql';
import type { ArticleEditor_ArticleFragment } from '../../gql/graphql';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorState } from '../../ui/error-state';
import { FormField, type FieldProblem } from '../../ui/form-field';
import { FormProblem } from '../../ui/form-problem';
import { LoadingState } from '../../ui/loading-state';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { notify } from '../../ui/toast';
import {
  createInputOf,
  draftFieldOf,
  draftOf,
  problemsOf,
  sameDraft,
  updateInputOf,
  type ArticleDraft,
  type DraftField,
  type DraftProblems,
} from './article-draft';
import { MarkdownPreview } from './markdown-preview';
import { VersionHistory } from './version-history';
import './knowledge-base.css';

graphql(`
  fragment ArticleEditor_article on Article {
    id
    slug
    title
    summary
    bodyMarkdown
    bodyHtml
    product
    version
    category
    tags
    visibility
    publishedAt
    updatedAt
    versionNumber
    viewerCanEdit
  }
`);

const ArticleEditorArticleQuery = graphql(`
  query ArticleEditor_article($slug: String!) {
    articleBySlug(slug: $slug) {
      ...ArticleEditor_article
    }
  }
`);

const ArticleEditorPermissionQuery = graphql(`
  query ArticleEditor_permission {
    viewerCanManageArticles
  }
`);

const CreateArticleMutation = graphql(`
  mutation ArticleEditor_create($input: CreateArticleInput!) {
    createArticle(input: $input) {
      article {
        ...ArticleEditor_article
      }
      error {
        code
        field
        message
        hint
      }
    }
  }
`);

const UpdateArticleMutation = graphql(`
  mutation ArticleEditor_update($input: UpdateArticleInput!) {
    updateArticle(input: $input) {
      article {
        ...ArticleEditor_article
      }
      error {
        code
        field
        message
        hint
      }
    }
  }
`);

const PublishArticleMutation = graphql(`
  mutation ArticleEditor_publish($id: ID!) {
    publishArticle(id: $id) {
      article {
        id
        publishedAt
        updatedAt
      }
      error {
        code
        message
        hint
      }
    }
  }
`);

const UnpublishArticleMutation = graphql(`
  mutation ArticleEditor_unpublish($id: ID!) {
    unpublishArticle(id: $id) {
      article {
        id
        publishedAt
        updatedAt
      }
      error {
        code
        message
        hint
      }
    }
  }
`);

type EditedArticle = ArticleEditor_ArticleFragment;

const NOT_ANSWERING: FieldProblem = {
  message: 'Foyer is not answering, so nothing was saved.',
  hint: 'Check your connection, then try again. Your text is still here.',
};

// Articles have no audience of their own: CHOSEN_AUDIENCE is for news.
const VISIBILITY_OPTIONS = ITEM_VISIBILITIES.map((value) => ({
  value,
  label: CONTENT_VISIBILITY_LABELS[value],
}));

/** /kb/new and /kb/:slug/edit: vendor staff write, publish and restore articles. */
export function ArticleEditorPage() {
  const { slug } = useParams();
  return slug ? <EditArticle slug={slug} /> : <NewArticle />;
}

function NewArticle() {
  const { data, loading, error, refetch } = useQuery(ArticleEditorPermissionQuery);
  if (loading && !data) return <LoadingState label="Loading the editor…" />;
  if (!data) {
    return (
      <ErrorState
        title="The editor could not be loaded"
        message="Foyer did not answer as expected. Check your connection, then try again."
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }
  if (!data.viewerCanManageArticles || error) return <NotAllowed />;
  return <ArticleEditor article={null} />;
}

function EditArticle({ slug }: { slug: string }) {
  const { data, previousData, loading, error, refetch } = useQuery(ArticleEditorArticleQuery, {
    variables: { slug },
    // The form starts from what the server has now, not from an older copy in the cache.
    fetchPolicy: 'network-only',
  });
  // While the address follows a changed slug, the article as saved stays on screen.
  const article = (data ?? previousData)?.articleBySlug;
  if (!article) {
    if (loading) return <LoadingState label="Loading the article…" />;
    if (findGraphQLError(error, 'NOT_FOUND')) {
      return (
        <div className="article-editor">
          <title>Article not found · Foyer</title>
          <h1>Article not found</h1>
          <div className="notice" role="alert">
            <p className="notice__message">There is no article at this address.</p>
            <p className="notice__hint">
              Its slug may have changed. Find it in the <Link to={KNOWLEDGE_BASE_PATH}>knowledge base</Link>.
            </p>
          </div>
        </div>
      );
    }
    return (
      <ErrorState
        title="The article could not be loaded"
        message="Foyer did not answer as expected. Check your connection, then try again."
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }
  if (!article.viewerCanEdit) return <NotAllowed />;
  return <ArticleEditor key={article.id} article={article} />;
}

function NotAllowed() {
  return (
    <div className="article-editor">
      <title>Editing articles · Foyer</title>
      <h1>Editing articles</h1>
      <div className="notice" role="alert">
        <p className="notice__message">Only the vendor’s administrators write and publish articles.</p>
        <p className="notice__hint">
          Spotted something to fix? Tell your contact at the vendor. Meanwhile, read the{' '}
          <Link to={KNOWLEDGE_BASE_PATH}>knowledge base</Link>.
        </p>
      </div>
    </div>
  );
}

type Busy = 'save' | 'publish' | null;

function ArticleEditor({ article }: { article: EditedArticle | null }) {
  const navigate = useNavigate();
  const isNew = article === null;
  const [baseline, setBaseline] = useState<ArticleDraft>(() => draftOf(article));
  const [draft, setDraft] = useState<ArticleDraft>(baseline);
  const [problems, setProblems] = useState<DraftProblems>({});
  const [formProblem, setFormProblem] = useState<FieldProblem | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [confirmingUnpublish, setConfirmingUnpublish] = useState(false);
  const [focusProblem, setFocusProblem] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const [create] = useMutation(CreateArticleMutation);
  const [update] = useMutation(UpdateArticleMutation);
  const [publish] = useMutation(PublishArticleMutation);
  const [unpublish] = useMutation(UnpublishArticleMutation);

  const isPublished = Boolean(article?.publishedAt);
  const isDirty = !sameDraft(draft, baseline);

  // Closing or reloading the tab with unsaved text asks first, as browsers allow.
  useEffect(() => {
    if (!isDirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);

  // After a refused save, the first field at fault takes focus, so its problem is read out.
  useEffect(() => {
    if (focusProblem === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusProblem]);

  function change<K extends DraftField>(field: K, value: ArticleDraft[K]) {
    setDraft((current) => ({ ...current, [field]: value }));
    // A problem goes once its field is edited; the rest stay until the next save.
    if (problems[field]) {
      setProblems((current) => {
        const rest = { ...current };
        delete rest[field];
        return rest;
      });
    }
  }

  function refuse(error: { field?: string | null; message: string; hint?: string | null }) {
    const field = draftFieldOf(error.field);
    if (field) {
      setProblems({ [field]: { message: error.message, hint: error.hint } });
      setFocusProblem((count) => count + 1);
    } else {
      setFormProblem({ message: error.message, hint: error.hint });
    }
  }

  /** Saves the form; the article as saved, or null when nothing was saved (and why is shown). */
  async function save(): Promise<EditedArticle | null> {
    setFormProblem(null);
    const found = problemsOf(draft, { isNew });
    setProblems(found);
    if (Object.keys(found).length > 0) {
      setFocusProblem((count) => count + 1);
      return null;
    }
    try {
      const payload = article
        ? (await update({ variables: { input: updateInputOf(article.id, draft) } })).data?.updateArticle
        : (await create({ variables: { input: createInputOf(draft) } })).data?.createArticle;
      if (payload?.error) {
        refuse(payload.error);
        return null;
      }
      const saved = payload?.article;
      if (!saved) {
        setFormProblem(NOT_ANSWERING);
        return null;
      }
      // The server trims and lower-cases some fields: the form shows what was stored.
      const stored = draftOf(saved);
      setBaseline(stored);
      setDraft(stored);
      return saved;
    } catch {
      setFormProblem(NOT_ANSWERING);
      return null;
    }
  }

  async function saveOnly(event?: FormEvent) {
    event?.preventDefault();
    if (busy) return;
    setBusy('save');
    const saved = await save();
    setBusy(null);
    if (!saved) return;
    notify({
      title: isPublished ? 'Changes saved' : 'Draft saved',
      description: isPublished ? 'Readers see the new version now.' : 'Only vendor staff can see it until it is published.',
    });
    if (isNew || saved.slug !== article?.slug) navigate(editArticlePath(saved.slug), { replace: true });
  }

  async function saveAndPublish() {
    if (busy) return;
    setBusy('publish');
    const saved = await save();
    if (!saved) {
      setBusy(null);
      return;
    }
    try {
      const { data } = await publish({ variables: { id: saved.id } });
      const error = data?.publishArticle.error;
      if (error || !data?.publishArticle.article) {
        setFormProblem(
          error
            ? { message: error.message, hint: error.hint }
            : { message: 'The article was saved but not published.', hint: 'Try Publish again.' },
        );
        // A new article exists now: further saves must update it, not create another.
        if (isNew) navigate(editArticlePath(saved.slug), { replace: true });
        return;
      }
      notify({ title: 'Article published', description: `“${saved.title}” is open to its readers.` });
      navigate(articlePath(saved.slug));
    } catch {
      setFormProblem({ message: 'The article was saved but not published: Foyer is not answering.', hint: 'Try Publish again in a moment.' });
      if (isNew) navigate(editArticlePath(saved.slug), { replace: true });
    } finally {
      setBusy(null);
    }
  }

  async function confirmUnpublish() {
    if (!article) return null;
    const { data } = await unpublish({ variables: { id: article.id } });
    const error = data?.unpublishArticle.error;
    if (error) return { message: error.message, hint: error.hint };
    notify({ title: 'Article unpublished', description: 'It is a draft again: only vendor staff can see it.' });
    return null;
  }

  function restored(restoredArticle: EditedArticle) {
    const stored = draftOf(restoredArticle);
    setBaseline(stored);
    setDraft(stored);
    setProblems({});
    setFormProblem(null);
  }

  const heading = isNew ? 'New article' : 'Edit article';
  const slugPreview = draft.slug.trim() || (isNew ? 'made-from-the-title' : '');

  return (
    <div className="article-editor">
      <title>{isNew ? 'New article · Foyer' : `Edit ${article.title} · Foyer`}</title>
      <p className="article-page__back">
        {article ? (
          <Link to={articlePath(article.slug)}>Back to the article</Link>
        ) : (
          <Link to={KNOWLEDGE_BASE_PATH}>Knowledge base</Link>
        )}
      </p>
      <header className="page-header">
        <div>
          <h1>{heading}</h1>
          <p className="page-header__subtitle muted">
            {isNew
              ? 'It starts as a draft that only vendor staff see. Publish it when it is ready.'
              : `${isPublished ? 'Published' : 'Draft'} · version ${article.versionNumber}. Every saved change to the title, summary or body keeps the earlier version.`}
          </p>
        </div>
        <span className={`article-status article-status--${isPublished ? 'published' : 'draft'}`}>
          {isPublished ? 'Published' : 'Draft'}
        </span>
      </header>

      <form
        ref={formRef}
        className="article-editor__form"
        noValidate
        aria-label={heading}
        onSubmit={(event) => void saveOnly(event)}
      >
        <section className="card article-editor__section" aria-labelledby="article-editor-content">
          <h2 id="article-editor-content" className="article-editor__section-title">
            Content
          </h2>
          <TextField
            label="Title"
            value={draft.title}
            onChange={(value) => change('title', value)}
            problem={problems.title}
          />
          <TextField
            label="Slug"
            labelNote={isNew ? 'optional' : undefined}
            value={draft.slug}
            onChange={(value) => change('slug', value)}
            problem={problems.slug}
            description={
              <>
                The article’s address: <code>/kb/{slugPreview}</code>.{' '}
                {isNew
                  ? 'Leave it empty to make it from the title.'
                  : 'Changing it breaks links to the old address.'}
              </>
            }
          />
          <FormField
            label="Summary"
            labelNote="optional"
            description="One or two sentences, shown in lists and search results."
            problem={problems.summary}
          >
            {(control) => (
              <textarea
                {...control}
                className="article-editor__summary"
                rows={2}
                value={draft.summary}
                onChange={(event) => change('summary', event.target.value)}
              />
            )}
          </FormField>
          <div className="article-editor__body">
            <FormField
              label="Body"
              description="Markdown: # headings, **bold**, - lists, [links](https://…), ``` code ```."
              problem={problems.bodyMarkdown}
            >
              {(control) => (
                <textarea
                  {...control}
                  className="article-editor__markdown"
                  rows={18}
                  spellCheck
                  value={draft.bodyMarkdown}
                  onChange={(event) => change('bodyMarkdown', event.target.value)}
                />
              )}
            </FormField>
            <section className="article-editor__preview" aria-labelledby="article-editor-preview">
              <h3 id="article-editor-preview" className="article-editor__preview-title">
                Preview
              </h3>
              <div className="article-editor__preview-page">
                <MarkdownPreview
                  source={draft.bodyMarkdown}
                  emptyText="The body appears here as readers will see it."
                  showAdvice
                />
              </div>
            </section>
          </div>
        </section>

        <section className="card article-editor__section" aria-labelledby="article-editor-details">
          <h2 id="article-editor-details" className="article-editor__section-title">
            Product and audience
          </h2>
          <div className="article-editor__grid">
            <TextField
              label="Product"
              labelNote="optional"
              description="Its code, e.g. atlas."
              value={draft.product}
              onChange={(value) => change('product', value)}
              problem={problems.product}
            />
            <TextField
              label="Version"
              labelNote="optional"
              description="e.g. 7.2"
              value={draft.version}
              onChange={(value) => change('version', value)}
              problem={problems.version}
            />
            <TextField
              label="Category"
              labelNote="optional"
              description="e.g. Troubleshooting"
              value={draft.category}
              onChange={(value) => change('category', value)}
              problem={problems.category}
            />
            <TextField
              label="Tags"
              labelNote="optional"
              description="Separated by commas."
              value={draft.tags}
              onChange={(value) => change('tags', value)}
              problem={problems.tags}
            />
          </div>
          <SelectField<ContentVisibility>
            label="Who may read it"
            value={draft.visibility}
            options={VISIBILITY_OPTIONS}
            onChange={(value) => change('visibility', value)}
            problem={problems.visibility}
            description="Once published. Drafts are for vendor staff only."
          />
        </section>

        <div className="article-editor__actions">
          <FormProblem problem={formProblem} />
          <p className="article-editor__state" role="status">
            {isDirty ? 'Unsaved changes' : isNew ? '' : 'All changes saved'}
          </p>
          <div className="article-editor__buttons">
            <Button type="submit" variant={isPublished ? 'primary' : 'secondary'} isPending={busy === 'save'}>
              {busy === 'save' ? 'Saving…' : isPublished ? 'Save changes' : 'Save draft'}
            </Button>
            {isPublished ? (
              <Button onPress={() => setConfirmingUnpublish(true)} isDisabled={busy !== null}>
                Unpublish
              </Button>
            ) : (
              <Button variant="primary" onPress={() => void saveAndPublish()} isPending={busy === 'publish'}>
                {busy === 'publish' ? 'Publishing…' : 'Publish'}
              </Button>
            )}
          </div>
        </div>
      </form>

      {article ? (
        <VersionHistory
          articleId={article.id}
          currentNumber={article.versionNumber}
          isPublished={isPublished}
          hasUnsavedChanges={isDirty}
          onRestored={restored}
        />
      ) : null}

      <ConfirmDialog
        isOpen={confirmingUnpublish}
        onOpenChange={setConfirmingUnpublish}
        title="Unpublish this article?"
        onConfirm={confirmUnpublish}
      >
        <p>
          Readers will no longer find or open it. It becomes a draft that only vendor staff see, until
          it is published again.
        </p>
      </ConfirmDialog>
    </div>
  );
}
