import { useMutation, useQuery } from '@apollo/client/react';
import {
  CONTENT_VISIBILITY_LABELS,
  ITEM_VISIBILITIES,
  UPDATE_KINDS,
  type ContentVisibility,
  type UpdateKind,
} from '@foyer/shared';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { editUpdatePath, UPDATES_PATH, updatePath } from '../../app/paths';
import { graphql } from '../../gql';
import type { UpdateEditor_UpdateFragment } from '../../gql/graphql';
import { Button } from '../../ui/button';
import { FormField, type FieldProblem } from '../../ui/form-field';
import { FormProblem } from '../../ui/form-problem';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { notify } from '../../ui/toast';
import {
  EditorHeader,
  EditorNotice,
  ItemLoadState,
  PermissionLoadState,
} from '../content/editor-parts';
import { sameFields } from '../content/same-fields';
import { NOT_ANSWERING } from '../content/use-publishable-editor';
import { useUnsavedChangesWarning } from '../content/use-unsaved-changes-warning';
import { ArticleLinks } from './article-links';
import { UpdateFiles } from './update-files';
import { kindLabel } from './update-labels';
import '../knowledge-base/knowledge-base.css';
import './updates.css';

graphql(`
  fragment UpdateEditor_update on SoftwareUpdate {
    id
    slug
    kind
    title
    product
    version
    appliesToVersions
    releasedOn
    releaseNotesMarkdown
    visibility
    publishedAt
    viewerCanEdit
    files {
      id
      label
      fileName
      size
      sha256
    }
    fixesArticles {
      id
      slug
      title
    }
  }
`);

const UpdateEditorQuery = graphql(`
  query UpdateEditor_update($slug: String!) {
    updateBySlug(slug: $slug) {
      ...UpdateEditor_update
    }
  }
`);

const UpdateEditorPermissionQuery = graphql(`
  query UpdateEditor_permission {
    viewerCanManageUpdates
  }
`);

const CreateUpdateMutation = graphql(`
  mutation UpdateEditor_create($input: CreateUpdateInput!) {
    createUpdate(input: $input) {
      update {
        ...UpdateEditor_update
      }
      error {
        ...ContentEditor_error
      }
    }
  }
`);

const UpdateUpdateMutation = graphql(`
  mutation UpdateEditor_save($input: UpdateUpdateInput!) {
    updateUpdate(input: $input) {
      update {
        ...UpdateEditor_update
      }
      error {
        ...ContentEditor_error
      }
    }
  }
`);

const PublishUpdateMutation = graphql(`
  mutation UpdateEditor_publish($id: ID!) {
    publishUpdate(id: $id) {
      update {
        id
        publishedAt
      }
      error {
        message
        hint
      }
    }
  }
`);

const UnpublishUpdateMutation = graphql(`
  mutation UpdateEditor_unpublish($id: ID!) {
    unpublishUpdate(id: $id) {
      update {
        id
        publishedAt
      }
      error {
        message
        hint
      }
    }
  }
`);

type EditedUpdate = UpdateEditor_UpdateFragment;

interface UpdateDraft {
  kind: UpdateKind;
  title: string;
  slug: string;
  product: string;
  version: string;
  appliesTo: string;
  releasedOn: string;
  releaseNotesMarkdown: string;
  visibility: ContentVisibility;
}

type DraftField = keyof UpdateDraft;
const DRAFT_FIELDS: Record<string, DraftField> = {
  kind: 'kind',
  title: 'title',
  slug: 'slug',
  product: 'product',
  version: 'version',
  appliesToVersions: 'appliesTo',
  releasedOn: 'releasedOn',
  releaseNotesMarkdown: 'releaseNotesMarkdown',
  visibility: 'visibility',
};

function draftOf(update: EditedUpdate | null): UpdateDraft {
  return {
    kind: update?.kind ?? 'UPDATE',
    title: update?.title ?? '',
    slug: update?.slug ?? '',
    product: update?.product ?? '',
    version: update?.version ?? '',
    appliesTo: update?.appliesToVersions.join(', ') ?? '',
    releasedOn: update?.releasedOn ?? new Date().toISOString().slice(0, 10),
    releaseNotesMarkdown: update?.releaseNotesMarkdown ?? '',
    visibility: update?.visibility ?? 'ENTITLED_PRODUCT',
  };
}

function problemsOf(draft: UpdateDraft): Partial<Record<DraftField, FieldProblem>> {
  const problems: Partial<Record<DraftField, FieldProblem>> = {};
  if (!draft.title.trim()) problems.title = { message: 'Enter a title.' };
  if (!/^[a-z0-9][a-z0-9-]{0,39}$/.test(draft.product.trim()))
    problems.product = { message: 'Enter the product code, e.g. ledger.' };
  if (!draft.version.trim())
    problems.version = { message: 'Enter the version it installs, e.g. 5.1.0.' };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.releasedOn))
    problems.releasedOn = { message: 'Give the release date.' };
  return problems;
}

function inputOf(draft: UpdateDraft) {
  return {
    kind: draft.kind,
    title: draft.title.trim(),
    product: draft.product.trim(),
    version: draft.version.trim(),
    appliesToVersions: draft.appliesTo
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
    releasedOn: draft.releasedOn,
    releaseNotesMarkdown: draft.releaseNotesMarkdown,
    visibility: draft.visibility,
  };
}

const KIND_OPTIONS = UPDATE_KINDS.map((value) => ({ value, label: kindLabel(value) }));
const VISIBILITY_OPTIONS = ITEM_VISIBILITIES.map((value) => ({
  value,
  label: CONTENT_VISIBILITY_LABELS[value],
}));

/** /updates/new and /updates/:slug/edit: vendor administrators write and publish updates. */
export function UpdateEditorPage() {
  const { slug } = useParams();
  return slug ? <EditUpdate slug={slug} /> : <NewUpdate />;
}

function NewUpdate() {
  const { data, loading, refetch } = useQuery(UpdateEditorPermissionQuery);
  if (!data) return <PermissionLoadState loading={loading} onRetry={refetch} />;
  if (!data.viewerCanManageUpdates) return <NotAllowed />;
  return <UpdateEditor update={null} />;
}

function EditUpdate({ slug }: { slug: string }) {
  const { data, previousData, loading, error, refetch } = useQuery(UpdateEditorQuery, {
    variables: { slug },
    fetchPolicy: 'network-only',
  });
  const update = (data ?? previousData)?.updateBySlug;
  if (!update) {
    return (
      <ItemLoadState
        noun="update"
        loading={loading}
        error={error}
        onRetry={refetch}
        notFound={
          <EditorNotice
            className="update-editor"
            title="Update not found"
            message="There is no update at this address."
            hint={
              <>
                Its slug may have changed. Find it among the <Link to={UPDATES_PATH}>updates</Link>.
              </>
            }
          />
        }
      />
    );
  }
  if (!update.viewerCanEdit) return <NotAllowed />;
  return <UpdateEditor key={update.id} update={update} />;
}

function NotAllowed() {
  return (
    <EditorNotice
      className="update-editor"
      title="Editing updates"
      message="Only the vendor’s administrators write and publish updates."
      hint={
        <>
          See the <Link to={UPDATES_PATH}>updates</Link> released so far.
        </>
      }
    />
  );
}

function UpdateEditor({ update }: { update: EditedUpdate | null }) {
  const navigate = useNavigate();
  const isNew = update === null;
  // What the server has: the draft differs from it while there are unsaved changes.
  const [baseline, setBaseline] = useState<UpdateDraft>(() => draftOf(update));
  const [draft, setDraft] = useState<UpdateDraft>(baseline);
  const [problems, setProblems] = useState<Partial<Record<DraftField, FieldProblem>>>({});
  const [formProblem, setFormProblem] = useState<FieldProblem | null>(null);
  const [busy, setBusy] = useState<'save' | 'publish' | null>(null);
  const [create] = useMutation(CreateUpdateMutation);
  const [save] = useMutation(UpdateUpdateMutation);
  const [publish] = useMutation(PublishUpdateMutation);
  const [unpublish] = useMutation(UnpublishUpdateMutation);
  const isPublished = Boolean(update?.publishedAt);
  const unsaved = useUnsavedChangesWarning(!sameFields(draft, baseline));

  function change<K extends DraftField>(field: K, value: UpdateDraft[K]) {
    setDraft((current) => ({ ...current, [field]: value }));
    if (problems[field]) setProblems(({ [field]: _gone, ...rest }) => rest);
  }

  async function store(): Promise<EditedUpdate | null> {
    setFormProblem(null);
    const found = problemsOf(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) return null;
    try {
      const slug = draft.slug.trim() || null;
      const payload = update
        ? (
            await save({
              variables: { input: { id: update.id, ...inputOf(draft), ...(slug ? { slug } : {}) } },
            })
          ).data?.updateUpdate
        : (await create({ variables: { input: { ...inputOf(draft), slug } } })).data?.createUpdate;
      if (payload?.error) {
        const field = payload.error.field ? DRAFT_FIELDS[payload.error.field] : undefined;
        if (field)
          setProblems({ [field]: { message: payload.error.message, hint: payload.error.hint } });
        else setFormProblem({ message: payload.error.message, hint: payload.error.hint });
        return null;
      }
      if (!payload?.update) {
        setFormProblem(NOT_ANSWERING);
        return null;
      }
      // The draft becomes what the server stored (it trims some fields and makes the slug).
      const stored = draftOf(payload.update);
      unsaved.markSaved();
      setBaseline(stored);
      setDraft(stored);
      return payload.update;
    } catch {
      setFormProblem(NOT_ANSWERING);
      return null;
    }
  }

  async function saveOnly(event?: FormEvent) {
    event?.preventDefault();
    if (busy) return;
    setBusy('save');
    const saved = await store();
    setBusy(null);
    if (!saved) return;
    notify({
      title: isPublished ? 'Changes saved' : 'Draft saved',
      description: isPublished
        ? 'Customers see the changes now.'
        : 'Attach its files, then publish it.',
    });
    if (isNew || saved.slug !== update?.slug)
      navigate(editUpdatePath(saved.slug), { replace: true });
  }

  async function togglePublished() {
    if (busy || !update) return;
    setBusy('publish');
    try {
      const saved = await store();
      if (!saved) return;
      if (isPublished) {
        const error = (await unpublish({ variables: { id: saved.id } })).data?.unpublishUpdate
          .error;
        if (error) setFormProblem({ message: error.message, hint: error.hint });
        else
          notify({
            title: 'Update unpublished',
            description: 'It is a draft again: only vendor staff can see it.',
          });
      } else {
        const error = (await publish({ variables: { id: saved.id } })).data?.publishUpdate.error;
        if (error) {
          setFormProblem({ message: error.message, hint: error.hint });
          return;
        }
        notify({
          title: 'Update published',
          description: `“${saved.title}” is open to its readers.`,
        });
        navigate(updatePath(saved.slug));
      }
    } catch {
      setFormProblem(NOT_ANSWERING);
    } finally {
      setBusy(null);
    }
  }

  const heading = isNew ? 'New update' : 'Edit update';
  return (
    <div className="update-editor">
      <title>{isNew ? 'New update · Foyer' : `Edit ${update.title} · Foyer`}</title>
      <p className="update-page__back">
        {update ? (
          <Link to={updatePath(update.slug)}>Back to the update</Link>
        ) : (
          <Link to={UPDATES_PATH}>Updates</Link>
        )}
      </p>
      <EditorHeader
        heading={heading}
        isPublished={isPublished}
        subtitle={
          isNew
            ? 'It starts as a draft that only vendor staff see. Save it, attach its files, then publish it.'
            : isPublished
              ? 'Published: customers the visibility allows see it.'
              : 'Draft: only vendor staff see it.'
        }
      />

      <form
        className="update-editor__form"
        noValidate
        aria-label={heading}
        onSubmit={(event) => void saveOnly(event)}
      >
        <section className="card update-editor__section" aria-labelledby="update-editor-release">
          <h2 id="update-editor-release" className="update-editor__section-title">
            Release
          </h2>
          <div className="update-editor__grid">
            <SelectField<UpdateKind>
              label="Kind"
              value={draft.kind}
              options={KIND_OPTIONS}
              onChange={(value) => change('kind', value)}
              problem={problems.kind}
              description="Hotfix files are for customers with an active service plan; update files for licence holders."
            />
            <TextField
              label="Title"
              value={draft.title}
              onChange={(value) => change('title', value)}
              problem={problems.title}
            />
            <TextField
              label="Product"
              description="Its code, e.g. ledger."
              value={draft.product}
              onChange={(value) => change('product', value)}
              problem={problems.product}
            />
            <TextField
              label="Version"
              description="The version it installs, e.g. 5.1.0."
              value={draft.version}
              onChange={(value) => change('version', value)}
              problem={problems.version}
            />
            <TextField
              label="Applies to"
              labelNote="optional"
              description="Versions it installs on, separated by commas."
              value={draft.appliesTo}
              onChange={(value) => change('appliesTo', value)}
              problem={problems.appliesTo}
            />
            <FormField label="Release date" problem={problems.releasedOn}>
              {(control) => (
                <input
                  {...control}
                  type="date"
                  value={draft.releasedOn}
                  onChange={(event) => change('releasedOn', event.target.value)}
                />
              )}
            </FormField>
            <TextField
              label="Slug"
              labelNote={isNew ? 'optional' : undefined}
              description={
                isNew
                  ? 'Its address under /updates/. Leave it empty to make it from the title.'
                  : 'Changing it breaks links to the old address.'
              }
              value={draft.slug}
              onChange={(value) => change('slug', value)}
              problem={problems.slug}
            />
            <SelectField<ContentVisibility>
              label="Who may read it"
              value={draft.visibility}
              options={VISIBILITY_OPTIONS}
              onChange={(value) => change('visibility', value)}
              problem={problems.visibility}
              description="Once published. Downloading its files also needs the licence or plan its kind asks for."
            />
          </div>
          <FormField
            label="Release notes"
            description="Markdown: # headings, **bold**, - lists, [links](https://…)."
            problem={problems.releaseNotesMarkdown}
          >
            {(control) => (
              <textarea
                {...control}
                className="update-editor__notes"
                rows={12}
                spellCheck
                value={draft.releaseNotesMarkdown}
                onChange={(event) => change('releaseNotesMarkdown', event.target.value)}
              />
            )}
          </FormField>
        </section>

        <div className="update-editor__actions">
          <FormProblem problem={formProblem} />
          <div className="update-editor__buttons">
            <Button
              type="submit"
              variant={isNew || isPublished ? 'primary' : 'secondary'}
              isPending={busy === 'save'}
            >
              {busy === 'save' ? 'Saving…' : isNew ? 'Save draft' : 'Save changes'}
            </Button>
            {update ? (
              <Button
                variant={isPublished ? 'secondary' : 'primary'}
                onPress={() => void togglePublished()}
                isPending={busy === 'publish'}
              >
                {isPublished ? 'Unpublish' : 'Publish'}
              </Button>
            ) : null}
          </div>
        </div>
      </form>

      {update ? (
        <>
          <UpdateFiles update={update} />
          <ArticleLinks update={update} />
        </>
      ) : null}
    </div>
  );
}
