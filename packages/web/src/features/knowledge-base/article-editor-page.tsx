import { useMutation, useQuery } from '@apollo/client/react';
import {
  ITEM_VISIBILITIES,
  CONTENT_VISIBILITY_LABELS,
  type ContentVisibility,
} from '@foyer/shared';
import { Link, useParams } from 'react-router';
import { articlePath, editArticlePath, KNOWLEDGE_BASE_PATH } from '../../app/paths';
import { graphql } from '../../gql';
import type { ArticleEditor_ArticleFragment } from '../../gql/graphql';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import {
  EditorHeader,
  EditorNotice,
  ItemLoadState,
  MarkdownBodyField,
  PermissionLoadState,
  PublishActions,
  SlugField,
  SummaryField,
  UnpublishDialog,
} from '../content/editor-parts';
import { usePublishableEditor } from '../content/use-publishable-editor';
import {
  createInputOf,
  draftFieldOf,
  draftOf,
  problemsOf,
  sameDraft,
  updateInputOf,
  type ArticleDraft,
  type DraftField,
} from './article-draft';
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
        ...ContentEditor_error
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
        ...ContentEditor_error
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
  if (!data) return <PermissionLoadState loading={loading} onRetry={refetch} />;
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
    return (
      <ItemLoadState
        noun="article"
        loading={loading}
        error={error}
        onRetry={refetch}
        notFound={
          <EditorNotice
            className="article-editor"
            title="Article not found"
            message="There is no article at this address."
            hint={
              <>
                Its slug may have changed. Find it in the{' '}
                <Link to={KNOWLEDGE_BASE_PATH}>knowledge base</Link>.
              </>
            }
          />
        }
      />
    );
  }
  if (!article.viewerCanEdit) return <NotAllowed />;
  return <ArticleEditor key={article.id} article={article} />;
}

function NotAllowed() {
  return (
    <EditorNotice
      className="article-editor"
      title="Editing articles"
      message="Only the vendor’s administrators write and publish articles."
      hint={
        <>
          Spotted something to fix? Tell your contact at the vendor. Meanwhile, read the{' '}
          <Link to={KNOWLEDGE_BASE_PATH}>knowledge base</Link>.
        </>
      }
    />
  );
}

function ArticleEditor({ article }: { article: EditedArticle | null }) {
  const [create] = useMutation(CreateArticleMutation);
  const [update] = useMutation(UpdateArticleMutation);
  const [publish] = useMutation(PublishArticleMutation);
  const [unpublish] = useMutation(UnpublishArticleMutation);
  const editor = usePublishableEditor<ArticleDraft, DraftField, EditedArticle>({
    item: article,
    noun: 'article',
    draftOf,
    sameDraft,
    problemsOf: (draft) => problemsOf(draft, { isNew: article === null }),
    fieldOf: draftFieldOf,
    persist: async (draft) => {
      const payload = article
        ? (await update({ variables: { input: updateInputOf(article.id, draft) } })).data
            ?.updateArticle
        : (await create({ variables: { input: createInputOf(draft) } })).data?.createArticle;
      return payload && { error: payload.error, saved: payload.article };
    },
    publish: async (id) => {
      const payload = (await publish({ variables: { id } })).data?.publishArticle;
      return payload?.error ?? (payload?.article ? null : 'missing');
    },
    unpublish: async (id) =>
      (await unpublish({ variables: { id } })).data?.unpublishArticle.error ?? null,
    editPath: editArticlePath,
    viewPath: articlePath,
    publishedSaveDescription: 'Readers see the new version now.',
    publishedDescription: (title) => `“${title}” is open to its readers.`,
  });
  const { draft, problems, change, isNew, isPublished } = editor;

  const heading = isNew ? 'New article' : 'Edit article';

  return (
    <div className="article-editor">
      <title>{article === null ? 'New article · Foyer' : `Edit ${article.title} · Foyer`}</title>
      <p className="article-page__back">
        {article ? (
          <Link to={articlePath(article.slug)}>Back to the article</Link>
        ) : (
          <Link to={KNOWLEDGE_BASE_PATH}>Knowledge base</Link>
        )}
      </p>
      <EditorHeader
        heading={heading}
        isPublished={isPublished}
        subtitle={
          article === null
            ? 'It starts as a draft that only vendor staff see. Publish it when it is ready.'
            : `${isPublished ? 'Published' : 'Draft'} · version ${article.versionNumber}. Every saved change to the title, summary or body keeps the earlier version.`
        }
      />

      <form
        ref={editor.formRef}
        className="article-editor__form"
        noValidate
        aria-label={heading}
        onSubmit={(event) => void editor.saveOnly(event)}
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
          <SlugField
            noun="article"
            prefix="/kb/"
            isNew={isNew}
            value={draft.slug}
            onChange={(value) => change('slug', value)}
            problem={problems.slug}
          />
          <SummaryField
            description="One or two sentences, shown in lists and search results."
            value={draft.summary}
            onChange={(value) => change('summary', value)}
            problem={problems.summary}
          />
          <MarkdownBodyField
            id="article-editor"
            rows={18}
            description="Markdown: # headings, **bold**, - lists, [links](https://…), ``` code ```."
            value={draft.bodyMarkdown}
            onChange={(value) => change('bodyMarkdown', value)}
            problem={problems.bodyMarkdown}
          />
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

        <PublishActions
          formProblem={editor.formProblem}
          isNew={isNew}
          isDirty={editor.isDirty}
          isPublished={isPublished}
          busy={editor.busy}
          onPublish={() => void editor.saveAndPublish()}
          onUnpublish={() => editor.setConfirmingUnpublish(true)}
        />
      </form>

      {article ? (
        <VersionHistory
          articleId={article.id}
          currentNumber={article.versionNumber}
          isPublished={isPublished}
          hasUnsavedChanges={editor.isDirty}
          onRestored={(restored) => editor.reset(draftOf(restored))}
        />
      ) : null}

      <UnpublishDialog
        noun="article"
        isOpen={editor.confirmingUnpublish}
        onOpenChange={editor.setConfirmingUnpublish}
        onConfirm={editor.confirmUnpublish}
      />
    </div>
  );
}
