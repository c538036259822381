import { useMutation, useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { Link, useParams } from 'react-router';
import { announcementPath, editAnnouncementPath, NEWS_PATH } from '../../app/paths';
import { graphql } from '../../gql';
import type { AnnouncementEditor_AnnouncementFragment } from '../../gql/graphql';
import { Checkbox } from '../../ui/checkbox';
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
  type AnnouncementDraft,
  type DraftField,
  type DraftProblems,
} from './announcement-draft';
import { AudienceOrganizations } from './audience-organizations';
import '../knowledge-base/knowledge-base.css';
import './news.css';

graphql(`
  fragment AnnouncementEditor_announcement on Announcement {
    id
    slug
    title
    summary
    bodyMarkdown
    pinned
    publishedAt
    updatedAt
    viewerCanEdit
    audience {
      allCustomers
      products
      organizations {
        id
        name
      }
    }
  }
`);

const AnnouncementEditorAnnouncementQuery = graphql(`
  query AnnouncementEditor_announcement($slug: String!) {
    announcementBySlug(slug: $slug) {
      ...AnnouncementEditor_announcement
    }
  }
`);

const AnnouncementEditorPermissionQuery = graphql(`
  query AnnouncementEditor_permission {
    viewerCanManageNews
  }
`);

const CreateAnnouncementMutation = graphql(`
  mutation AnnouncementEditor_create($input: CreateAnnouncementInput!) {
    createAnnouncement(input: $input) {
      announcement {
        ...AnnouncementEditor_announcement
      }
      error {
        ...ContentEditor_error
      }
    }
  }
`);

const UpdateAnnouncementMutation = graphql(`
  mutation AnnouncementEditor_update($input: UpdateAnnouncementInput!) {
    updateAnnouncement(input: $input) {
      announcement {
        ...AnnouncementEditor_announcement
      }
      error {
        ...ContentEditor_error
      }
    }
  }
`);

const PublishAnnouncementMutation = graphql(`
  mutation AnnouncementEditor_publish($id: ID!) {
    publishAnnouncement(id: $id) {
      announcement {
        id
        publishedAt
      }
      error {
        code
        message
        hint
      }
    }
  }
`);

const UnpublishAnnouncementMutation = graphql(`
  mutation AnnouncementEditor_unpublish($id: ID!) {
    unpublishAnnouncement(id: $id) {
      announcement {
        id
        publishedAt
      }
      error {
        code
        message
        hint
      }
    }
  }
`);

type EditedAnnouncement = AnnouncementEditor_AnnouncementFragment;

/** /news/new and /news/:slug/edit: vendor staff write, publish and pin announcements. */
export function AnnouncementEditorPage() {
  const { slug } = useParams();
  return slug ? <EditAnnouncement slug={slug} /> : <NewAnnouncement />;
}

function NewAnnouncement() {
  const { data, loading, error, refetch } = useQuery(AnnouncementEditorPermissionQuery);
  if (!data) return <PermissionLoadState loading={loading} onRetry={refetch} />;
  if (!data.viewerCanManageNews || error) return <NotAllowed />;
  return <AnnouncementEditor announcement={null} />;
}

function EditAnnouncement({ slug }: { slug: string }) {
  const { data, previousData, loading, error, refetch } = useQuery(
    AnnouncementEditorAnnouncementQuery,
    {
      variables: { slug },
      fetchPolicy: 'network-only',
    },
  );
  const announcement = (data ?? previousData)?.announcementBySlug;
  if (!announcement) {
    return (
      <ItemLoadState
        noun="announcement"
        loading={loading}
        error={error}
        onRetry={refetch}
        notFound={
          <EditorNotice
            className="article-editor"
            title="Announcement not found"
            message="There is no announcement at this address."
            hint={
              <>
                Its slug may have changed. Find it in the <Link to={NEWS_PATH}>news</Link>.
              </>
            }
          />
        }
      />
    );
  }
  if (!announcement.viewerCanEdit) return <NotAllowed />;
  return <AnnouncementEditor key={announcement.id} announcement={announcement} />;
}

function NotAllowed() {
  return (
    <EditorNotice
      className="article-editor"
      title="Writing news"
      message="Only the vendor’s administrators write and publish announcements."
      hint={
        <>
          Read the latest <Link to={NEWS_PATH}>news</Link>.
        </>
      }
    />
  );
}

// Editing who it is for clears the problems of the whole audience, which are checked together.
const AUDIENCE_FIELDS: readonly (keyof AnnouncementDraft)[] = [
  'allCustomers',
  'products',
  'organizationIds',
];

function AnnouncementEditor({ announcement }: { announcement: EditedAnnouncement | null }) {
  const [create] = useMutation(CreateAnnouncementMutation);
  const [update] = useMutation(UpdateAnnouncementMutation);
  const [publish] = useMutation(PublishAnnouncementMutation);
  const [unpublish] = useMutation(UnpublishAnnouncementMutation);
  const editor = usePublishableEditor<AnnouncementDraft, DraftField, EditedAnnouncement>({
    item: announcement,
    noun: 'announcement',
    draftOf,
    sameDraft,
    problemsOf,
    fieldOf: draftFieldOf,
    clearedBy: (field) =>
      AUDIENCE_FIELDS.includes(field)
        ? ['audience', 'products', 'organizationIds']
        : [field as DraftField],
    persist: async (draft) => {
      const payload = announcement
        ? (await update({ variables: { input: updateInputOf(announcement.id, draft) } })).data
            ?.updateAnnouncement
        : (await create({ variables: { input: createInputOf(draft) } })).data?.createAnnouncement;
      return payload && { error: payload.error, saved: payload.announcement };
    },
    publish: async (id) => {
      const payload = (await publish({ variables: { id } })).data?.publishAnnouncement;
      return payload?.error ?? (payload?.announcement ? null : 'missing');
    },
    unpublish: async (id) =>
      (await unpublish({ variables: { id } })).data?.unpublishAnnouncement.error ?? null,
    editPath: editAnnouncementPath,
    viewPath: announcementPath,
    publishedSaveDescription: 'Readers see the change now.',
    publishedDescription: (title) => `“${title}” is new to its readers.`,
  });
  const { draft, problems, change, isNew, isPublished } = editor;
  const heading = isNew ? 'New announcement' : 'Edit announcement';

  return (
    <div className="article-editor">
      <title>
        {announcement === null ? 'New announcement · Foyer' : `Edit ${announcement.title} · Foyer`}
      </title>
      <p className="article-page__back">
        {announcement ? (
          <Link to={announcementPath(announcement.slug)}>Back to the announcement</Link>
        ) : (
          <Link to={NEWS_PATH}>News</Link>
        )}
      </p>
      <EditorHeader
        heading={heading}
        isPublished={isPublished}
        subtitle={
          isNew
            ? 'It starts as a draft that only vendor staff see. Publish it when it is ready.'
            : isPublished
              ? 'Published.'
              : 'Draft.'
        }
      />

      <form
        ref={editor.formRef}
        className="article-editor__form"
        noValidate
        aria-label={heading}
        onSubmit={(event) => void editor.saveOnly(event)}
      >
        <section
          className="card article-editor__section"
          aria-labelledby="announcement-editor-content"
        >
          <h2 id="announcement-editor-content" className="article-editor__section-title">
            Content
          </h2>
          <TextField
            label="Title"
            value={draft.title}
            onChange={(value) => change('title', value)}
            problem={problems.title}
          />
          <SlugField
            noun="announcement"
            prefix="/news/"
            isNew={isNew}
            value={draft.slug}
            onChange={(value) => change('slug', value)}
            problem={problems.slug}
          />
          <SummaryField
            description="One or two sentences, shown in the news list."
            value={draft.summary}
            onChange={(value) => change('summary', value)}
            problem={problems.summary}
          />
          <MarkdownBodyField
            id="announcement-editor"
            rows={14}
            description="Markdown: # headings, **bold**, - lists, [links](https://…)."
            value={draft.bodyMarkdown}
            onChange={(value) => change('bodyMarkdown', value)}
            problem={problems.bodyMarkdown}
          />
        </section>

        <section
          className="card article-editor__section"
          aria-labelledby="announcement-editor-audience"
        >
          <h2 id="announcement-editor-audience" className="article-editor__section-title">
            Audience
          </h2>
          <AudiencePicker
            draft={draft}
            saved={announcement?.audience?.organizations ?? []}
            problems={problems}
            onChange={change}
          />
          <Checkbox
            isSelected={draft.pinned}
            onChange={(value) => change('pinned', value)}
            description="Pinned announcements are shown first in the news."
          >
            Pin to the top
          </Checkbox>
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

      <UnpublishDialog
        noun="announcement"
        isOpen={editor.confirmingUnpublish}
        onOpenChange={editor.setConfirmingUnpublish}
        onConfirm={editor.confirmUnpublish}
      />
    </div>
  );
}

interface AudiencePickerProps {
  draft: AnnouncementDraft;
  /** Whom the announcement was for when the editor opened: their names, however many there are. */
  saved: readonly { id: string; name: string }[];
  problems: DraftProblems;
  onChange: <K extends keyof AnnouncementDraft>(field: K, value: AnnouncementDraft[K]) => void;
}

/** All customers, or the products and organizations chosen (at least one). */
function AudiencePicker({ draft, saved, problems, onChange }: AudiencePickerProps) {
  const name = useId();
  const problemId = useId();
  const audienceProblem = problems.audience ?? problems.organizationIds;

  return (
    <div className="announcement-audience">
      <fieldset aria-describedby={audienceProblem ? problemId : undefined}>
        <legend>Who it is for</legend>
        <label className="announcement-audience__choice">
          <input
            type="radio"
            name={name}
            checked={draft.allCustomers}
            onChange={() => onChange('allCustomers', true)}
          />{' '}
          All customers and partners
        </label>
        <label className="announcement-audience__choice">
          <input
            type="radio"
            name={name}
            checked={!draft.allCustomers}
            aria-invalid={audienceProblem ? true : undefined}
            onChange={() => onChange('allCustomers', false)}
          />{' '}
          Chosen products and organizations
        </label>
      </fieldset>
      {draft.allCustomers ? null : (
        <>
          <TextField
            label="Products"
            labelNote="codes, separated by commas"
            description="Organizations holding a licence for any of them read it, e.g. atlas, beacon."
            value={draft.products}
            onChange={(value) => onChange('products', value)}
            problem={problems.products}
          />
          <fieldset>
            <legend>Organizations</legend>
            <AudienceOrganizations
              chosenIds={draft.organizationIds}
              saved={saved}
              onChange={(organizationIds) => onChange('organizationIds', organizationIds)}
            />
          </fieldset>
        </>
      )}
      {audienceProblem ? (
        <div id={problemId} className="form__problem-box" role="alert">
          <p className="form__problem-message">{audienceProblem.message}</p>
          {audienceProblem.hint ? (
            <p className="form__problem-hint">{audienceProblem.hint}</p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
