import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { FieldProblem } from '../../ui/form-field';
import { notify } from '../../ui/toast';
import { useUnsavedChangesWarning } from './use-unsaved-changes-warning';

/** A refusal in a mutation payload: on one field of the form, or on the whole. */
export interface PayloadError {
  field?: string | null;
  message: string;
  hint?: string | null;
}

/** What the editors need of a saved item. */
export interface SavedItem {
  id: string;
  slug: string;
  title: string;
  publishedAt?: unknown;
}

export type Busy = 'save' | 'publish' | null;

export interface PublishableEditorOptions<Draft, Field extends string, Saved extends SavedItem> {
  /** The item as the server has it; null for a new one. */
  item: Saved | null;
  /** "article", "announcement": in the messages after a save or a refusal. */
  noun: string;
  draftOf: (item: Saved | null) => Draft;
  sameDraft: (a: Draft, b: Draft) => boolean;
  /** Problems found before asking the server. */
  problemsOf: (draft: Draft) => Partial<Record<Field, FieldProblem>>;
  /** The form field a payload error's input field belongs to; null for the whole form. */
  fieldOf: (field: string | null | undefined) => Field | null;
  /** Fields whose problem goes when this one is edited (itself by default). */
  clearedBy?: (field: keyof Draft) => Field[];
  /** Creates or updates the item; the payload as answered. */
  persist: (
    draft: Draft,
  ) => Promise<{ error?: PayloadError | null; saved?: Saved | null } | null | undefined>;
  /** Publishes a saved item: null when published, the refusal otherwise (`missing` when the payload named no item). */
  publish: (id: string) => Promise<PayloadError | 'missing' | null>;
  unpublish: (id: string) => Promise<PayloadError | null>;
  editPath: (slug: string) => string;
  viewPath: (slug: string) => string;
  /** The toast after saving a published item, e.g. "Readers see the new version now." */
  publishedSaveDescription: string;
  /** The toast after publishing, e.g. `“${title}” is open to its readers.` */
  publishedDescription: (title: string) => string;
}

/** The form's problem when the server did not answer a save. */
export const NOT_ANSWERING: FieldProblem = {
  message: 'Foyer is not answering, so nothing was saved.',
  hint: 'Check your connection, then try again. Your text is still here.',
};

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The state and the save/publish/unpublish flow of an editor for content that starts as a draft
 * (articles, announcements): one place for how refusals reach their fields, how unsaved text is
 * guarded and what the author is told after each step, so the editors behave alike.
 */
export function usePublishableEditor<Draft, Field extends string, Saved extends SavedItem>(
  options: PublishableEditorOptions<Draft, Field, Saved>,
) {
  const { item, noun } = options;
  const navigate = useNavigate();
  const isNew = item === null;
  const [baseline, setBaseline] = useState<Draft>(() => options.draftOf(item));
  const [draft, setDraft] = useState<Draft>(baseline);
  const [problems, setProblems] = useState<Partial<Record<Field, FieldProblem>>>({});
  const [formProblem, setFormProblem] = useState<FieldProblem | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [confirmingUnpublish, setConfirmingUnpublish] = useState(false);
  const [focusProblem, setFocusProblem] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  const isPublished = Boolean(item?.publishedAt);
  const isDirty = !options.sameDraft(draft, baseline);

  const unsaved = useUnsavedChangesWarning(isDirty);

  // After a refused save, the first field at fault takes focus, so its problem is read out.
  useEffect(() => {
    if (focusProblem === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusProblem]);

  function change<K extends keyof Draft>(field: K, value: Draft[K]) {
    setDraft((current) => ({ ...current, [field]: value }));
    // A problem goes once its field is edited; the rest stay until the next save.
    const affected = options.clearedBy ? options.clearedBy(field) : [field as unknown as Field];
    if (affected.some((f) => problems[f])) {
      setProblems((current) => {
        const rest = { ...current };
        for (const f of affected) delete rest[f];
        return rest;
      });
    }
  }

  function refuse(error: PayloadError) {
    const field = options.fieldOf(error.field);
    if (field) {
      setProblems({ [field]: { message: error.message, hint: error.hint } } as Partial<
        Record<Field, FieldProblem>
      >);
      setFocusProblem((count) => count + 1);
    } else {
      setFormProblem({ message: error.message, hint: error.hint });
    }
  }

  /** The draft becomes what the server stored (it trims and lower-cases some fields). */
  function keep(stored: Draft) {
    unsaved.markSaved();
    setBaseline(stored);
    setDraft(stored);
  }

  /** Saves the form; the item as saved, or null when nothing was saved (and why is shown). */
  async function save(): Promise<Saved | null> {
    setFormProblem(null);
    const found = options.problemsOf(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      setFocusProblem((count) => count + 1);
      return null;
    }
    try {
      const payload = await options.persist(draft);
      if (payload?.error) {
        refuse(payload.error);
        return null;
      }
      const saved = payload?.saved;
      if (!saved) {
        setFormProblem(NOT_ANSWERING);
        return null;
      }
      keep(options.draftOf(saved));
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
      description: isPublished
        ? options.publishedSaveDescription
        : 'Only vendor staff can see it until it is published.',
    });
    if (isNew || saved.slug !== item?.slug)
      navigate(options.editPath(saved.slug), { replace: true });
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
      const error = await options.publish(saved.id);
      if (error) {
        setFormProblem(
          error === 'missing'
            ? { message: `The ${noun} was saved but not published.`, hint: 'Try Publish again.' }
            : { message: error.message, hint: error.hint },
        );
        // A new item exists now: further saves must update it, not create another.
        if (isNew) navigate(options.editPath(saved.slug), { replace: true });
        return;
      }
      notify({
        title: `${capitalized(noun)} published`,
        description: options.publishedDescription(saved.title),
      });
      navigate(options.viewPath(saved.slug));
    } catch {
      setFormProblem({
        message: `The ${noun} was saved but not published: Foyer is not answering.`,
        hint: 'Try Publish again in a moment.',
      });
      if (isNew) navigate(options.editPath(saved.slug), { replace: true });
    } finally {
      setBusy(null);
    }
  }

  /** For the unpublish ConfirmDialog: null when done, the refusal otherwise. */
  async function confirmUnpublish(): Promise<FieldProblem | null> {
    if (!item) return null;
    const error = await options.unpublish(item.id);
    if (error) return { message: error.message, hint: error.hint };
    notify({
      title: `${capitalized(noun)} unpublished`,
      description: 'It is a draft again: only vendor staff can see it.',
    });
    return null;
  }

  /** Starts over from a stored item (a restored version), dropping every problem shown. */
  function reset(stored: Draft) {
    keep(stored);
    setProblems({});
    setFormProblem(null);
  }

  return {
    isNew,
    isPublished,
    isDirty,
    draft,
    problems,
    formProblem,
    busy,
    formRef,
    confirmingUnpublish,
    setConfirmingUnpublish,
    change,
    saveOnly,
    saveAndPublish,
    confirmUnpublish,
    reset,
  };
}
