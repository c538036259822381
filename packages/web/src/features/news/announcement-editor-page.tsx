import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { findGraphQLError } from '../../app/graphql-errors';
import { announcementPath, editAnnouncementPath, NEWS_PATH } from '../../app/paths';
import { graphql } from '../../gql';
import type { AnnouncementEditor_AnnouncementFragment } from '../../gql/graphql';
import { Button } from '../../ui/button';
import { Checkbox } from '../../ui/checkbox';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorState } from '../../ui/error-state';
import { FormField, type FieldProblem } from '../../ui/form-field';
import { FormProblem } from '../../ui/form-problem';
import { LoadingState } from '../../ui/loading-state';
import { TextField } from '../../ui/text-field';
import { notify } from '../../ui/toast';
import { MarkdownPreview } from '../knowledge-base/markdown-preview';
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

// The audience is picked among customers and partners (the first hundred by name).
const AnnouncementEditorOrganizationsQuery = graphql(`
  query AnnouncementEditor_organizations {
    organizations(first: 100) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
  }
`);

const CreateAnnouncementMutation = graphql(`
  mutation AnnouncementEditor_create($input: CreateAnnouncementInput!) {
    createAnnouncement(input: $input) {
      announcement {
        ...AnnouncementEditor_announcement
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

const UpdateAnnouncementMutation = graphql(`
  mutation AnnouncementEditor_update($input: UpdateAnnouncementInput!) {
    updateAnnouncement(input: $input) {
      announcement {
        ...AnnouncementEditor_announcement
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

const NOT_ANSWERING: FieldProblem = {
  message: 'Foyer is not answering, so nothing was saved.',
  hint: 'Check your connection, then try again. Your text is still here.',
};

/** /news/new and /news/:slug/edit: vendor staff write, publish and pin announcements. */
export function AnnouncementEditorPage() {
  const { slug } = useParams();
  return slug ? <EditAnnouncement slug={slug} /> : <NewAnnouncement />;
}

function NewAnnouncement() {
  const { data, loading, error, refetch } = useQuery(AnnouncementEditorPermissionQuery);
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
  if (!data.viewerCanManageNews || error) return <NotAllowed />;
  return <AnnouncementEditor announcement={null} />;
}

function EditAnnouncement({ slug }: { slug: string }) {
  const { data, previousData, loading, error, refetch } = useQuery(AnnouncementEditorAnnouncementQuery, {
    variables: { slug },
    fetchPolicy: 'network-only',
  });
  const announcement = (data ?? previousData)?.announcementBySlug;
  if (!announcement) {
    if (loading) return <LoadingState label="Loading the announcement…" />;
    if (findGraphQLError(error, 'NOT_FOUND')) {
      return (
        <div className="article-editor">
          <title>Announcement not found · Foyer</title>
          <h1>Announcement not found</h1>
          <div className="notice" role="alert">
            <p className="notice__message">There is no announcement at this address.</p>
            <p className="notice__hint">
              Its slug may have changed. Find it in the <Link to={NEWS_PATH}>news</Link>.
            </p>
          </div>
        </div>
      );
    }
    return (
      <ErrorState
        title="The announcement could not be loaded"
        message="Foyer did not answer as expected. Check your connection, then try again."
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }
  if (!announcement.viewerCanEdit) return <NotAllowed />;
  return <AnnouncementEditor key={announcement.id} announcement={announcement} />;
}

function NotAllowed() {
  return (
    <div className="article-editor">
      <title>Writing news · Foyer</title>
      <h1>Writing news</h1>
      <div className="notice" role="alert">
        <p className="notice__message">Only the vendor’s administrators write and publish announcements.</p>
        <p className="notice__hint">
          Read the latest <Link to={NEWS_PATH}>news</Link>.
        </p>
      </div>
    </div>
  );
}

type Busy = 'save' | 'publish' | null;

function AnnouncementEditor({ announcement }: { announcement: EditedAnnouncement | null }) {
  const navigate = useNavigate();
  const isNew = announcement === null;
  const [baseline, setBaseline] = useState<AnnouncementDraft>(() => draftOf(announcement));
  const [draft, setDraft] = useState<AnnouncementDraft>(baseline);
  const [problems, setProblems] = useState<DraftProblems>({});
  const [formProblem, setFormProblem] = useState<FieldProblem | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [confirmingUnpublish, setConfirmingUnpublish] = useState(false);
  const [focusProblem, setFocusProblem] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const [create] = useMutation(CreateAnnouncementMutation);
  const [update] = useMutation(UpdateAnnouncementMutation);
  const [publish] = useMutation(PublishAnnouncementMutation);
  const [unpublish] = useMutation(UnpublishAnnouncementMutation);

  const isPublished = Boolean(announcement?.publishedAt);
  const isDirty = !sameDraft(draft, baseline);

  useEffect(() => {
    if (!isDirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);

  useEffect(() => {
    if (focusProblem === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusProblem]);

  function change<K extends keyof AnnouncementDraft>(field: K, value: AnnouncementDraft[K]) {
    setDraft((current) => ({ ...current, [field]: value }));
    const affected: DraftField[] = field === 'allCustomers' || field === 'products' || field === 'organizationIds' ? ['audience', 'products', 'organizationIds'] : [field as DraftField];
    if (affected.some((f) => problems[f])) {
      setProblems((current) => {
        const rest = { ...current };
        for (const f of affected) delete rest[f];
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

  async function save(): Promise<EditedAnnouncement | null> {
    setFormProblem(null);
    const found = problemsOf(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      setFocusProblem((count) => count + 1);
      return null;
    }
    try {
      const payload = announcement
        ? (await update({ variables: { input: updateInputOf(announcement.id, draft) } })).data?.updateAnnouncement
        : (await create({ variables: { input: createInputOf(draft) } })).data?.createAnnouncement;
      if (payload?.error) {
        refuse(payload.error);
        return null;
      }
      const saved = payload?.announcement;
      if (!saved) {
        setFormProblem(NOT_ANSWERING);
        return null;
      }
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
      description: isPublished ? 'Readers see the change now.' : 'Only vendor staff can see it until it is published.',
    });
    if (isNew || saved.slug !== announcement?.slug) navigate(editAnnouncementPath(saved.slug), { replace: true });
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
      const error = data?.publishAnnouncement.error;
      if (error || !data?.publishAnnouncement.announcement) {
        setFormProblem(error ? { message: error.message, hint: error.hint } : { message: 'The announcement was saved but not published.', hint: 'Try Publish again.' });
        if (isNew) navigate(editAnnouncementPath(saved.slug), { replace: true });
        return;
      }
      notify({ title: 'Announcement published', description: `“${saved.title}” is new to its readers.` });
      navigate(announcementPath(saved.slug));
    } catch {
      setFormProblem({ message: 'The announcement was saved but not published: Foyer is not answering.', hint: 'Try Publish again in a moment.' });
      if (isNew) navigate(editAnnouncementPath(saved.slug), { replace: true });
    } finally {
      setBusy(null);
    }
  }

  async function confirmUnpublish() {
    if (!announcement) return null;
    const { data } = await unpublish({ variables: { id: announcement.id } });
    const error = data?.unpublishAnnouncement.error;
    if (error) return { message: error.message, hint: error.hint };
    notify({ title: 'Announcement unpublished', description: 'It is a draft again: only vendor staff can see it.' });
    return null;
  }

  const heading = isNew ? 'New announcement' : 'Edit announcement';
  const slugPreview = draft.slug.trim() || (isNew ? 'made-from-the-title' : '');

  return (
    <div className="article-editor">
      <title>{isNew ? 'New announcement · Foyer' : `Edit ${announcement.title} · Foyer`}</title>
      <p className="article-page__back">
        {announcement ? <Link to={announcementPath(announcement.slug)}>Back to the announcement</Link> : <Link to={NEWS_PATH}>News</Link>}
      </p>
      <header className="page-header">
        <div>
          <h1>{heading}</h1>
          <p className="page-header__subtitle muted">
            {isNew ? 'It starts as a draft that only vendor staff see. Publish it when it is ready.' : isPublished ? 'Published.' : 'Draft.'}
          </p>
        </div>
        <span className={`article-status article-status--${isPublished ? 'published' : 'draft'}`}>{isPublished ? 'Published' : 'Draft'}</span>
      </header>

      <form ref={formRef} className="article-editor__form" noValidate aria-label={heading} onSubmit={(event) => void saveOnly(event)}>
        <section className="card article-editor__section" aria-labelledby="announcement-editor-content">
          <h2 id="announcement-editor-content" className="article-editor__section-title">
            Content
          </h2>
          <TextField label="Title" value={draft.title} onChange={(value) => change('title', value)} problem={problems.title} />
          <TextField
            label="Slug"
            labelNote={isNew ? 'optional' : undefined}
            value={draft.slug}
            onChange={(value) => change('slug', value)}
            problem={problems.slug}
            description={
              <>
                The announcement’s address: <code>/news/{slugPreview}</code>.{' '}
                {isNew ? 'Leave it empty to make it from the title.' : 'Changing it breaks links to the old address.'}
              </>
            }
          />
          <FormField label="Summary" labelNote="optional" description="One or two sentences, shown in the news list." problem={problems.summary}>
            {(control) => (
              <textarea {...control} className="article-editor__summary" rows={2} value={draft.summary} onChange={(event) => change('summary', event.target.value)} />
            )}
          </FormField>
          <div className="article-editor__body">
            <FormField label="Body" description="Markdown: # headings, **bold**, - lists, [links](https://…)." problem={problems.bodyMarkdown}>
              {(control) => (
                <textarea
                  {...control}
                  className="article-editor__markdown"
                  rows={14}
                  spellCheck
                  value={draft.bodyMarkdown}
                  onChange={(event) => change('bodyMarkdown', event.target.value)}
                />
              )}
            </FormField>
            <section className="article-editor__preview" aria-labelledby="announcement-editor-preview">
              <h3 id="announcement-editor-preview" className="article-editor__preview-title">
                Preview
              </h3>
              <div className="article-editor__preview-page">
                <MarkdownPreview source={draft.bodyMarkdown} emptyText="The body appears here as readers will see it." showAdvice />
              </div>
            </section>
          </div>
        </section>

        <section className="card article-editor__section" aria-labelledby="announcement-editor-audience">
          <h2 id="announcement-editor-audience" className="article-editor__section-title">
            Audience
          </h2>
          <AudiencePicker draft={draft} problems={problems} onChange={change} />
          <Checkbox isSelected={draft.pinned} onChange={(value) => change('pinned', value)} description="Pinned announcements are shown first in the news.">
            Pin to the top
          </Checkbox>
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

      <ConfirmDialog isOpen={confirmingUnpublish} onOpenChange={setConfirmingUnpublish} title="Unpublish this announcement?" onConfirm={confirmUnpublish}>
        <p>Readers will no longer find or open it. It becomes a draft that only vendor staff see, until it is published again.</p>
      </ConfirmDialog>
    </div>
  );
}

interface AudiencePickerProps {
  draft: AnnouncementDraft;
  problems: DraftProblems;
  onChange: <K extends keyof AnnouncementDraft>(field: K, value: AnnouncementDraft[K]) => void;
}

/** All customers, or the products and organizations chosen (at least one). */
function AudiencePicker({ draft, problems, onChange }: AudiencePickerProps) {
  const { data, loading } = useQuery(AnnouncementEditorOrganizationsQuery, { skip: draft.allCustomers });
  const name = useId();
  const problemId = useId();
  const organizations = (data?.organizations.edges ?? []).map((edge) => edge.node).filter((o) => o.kind === 'CUSTOMER' || o.kind === 'PARTNER');
  const audienceProblem = problems.audience ?? problems.organizationIds;

  function toggleOrganization(id: string, selected: boolean) {
    const rest = draft.organizationIds.filter((chosen) => chosen !== id);
    onChange('organizationIds', selected ? [...rest, id] : rest);
  }

  return (
    <div className="announcement-audience">
      <fieldset aria-describedby={audienceProblem ? problemId : undefined}>
        <legend>Who it is for</legend>
        <label className="announcement-audience__choice">
          <input type="radio" name={name} checked={draft.allCustomers} onChange={() => onChange('allCustomers', true)} /> All customers and partners
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
            {loading && !data ? (
              <LoadingState label="Loading organizations…" />
            ) : organizations.length === 0 ? (
              <p className="muted">No customers or partners yet.</p>
            ) : (
              <div className="announcement-audience__organizations">
                {organizations.map((organization) => (
                  <Checkbox
                    key={organization.id}
                    isSelected={draft.organizationIds.includes(organization.id)}
                    onChange={(selected) => toggleOrganization(organization.id, selected)}
                  >
                    {organization.name}
                    {organization.kind === 'PARTNER' ? ' (partner)' : ''}
                  </Checkbox>
                ))}
              </div>
            )}
          </fieldset>
        </>
      )}
      {audienceProblem ? (
        <div id={problemId} className="form__problem-box" role="alert">
          <p className="form__problem-message">{audienceProblem.message}</p>
          {audienceProblem.hint ? <p className="form__problem-hint">{audienceProblem.hint}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
