import { useContext, useEffect, useLayoutEffect, useState } from 'react';
import { UnsavedForms } from './unsaved-changes-guard';

/**
 * While a form holds changes not yet saved, leaving asks first: closing or reloading the tab
 * (browsers show their own wording, never ours), and following a link inside the app
 * (UnsavedChangesGuard). `markSaved` is for a form about to move to its saved item's new address
 * in the same step as saving: its state says it is clean only from its next render on.
 */
export function useUnsavedChangesWarning(isDirty: boolean): { markSaved(): void } {
  const dirtyForms = useContext(UnsavedForms);
  const [form] = useState(() => Symbol('form'));
  // Counts markSaved calls, so that the form is counted again if it is still dirty after a save
  // (something typed while it was under way): isDirty then stays true and would not re-run it.
  const [saves, setSaves] = useState(0);

  useLayoutEffect(() => {
    if (!dirtyForms || !isDirty) return undefined;
    dirtyForms.add(form);
    return () => {
      dirtyForms.delete(form);
    };
  }, [dirtyForms, form, isDirty, saves]);

  useEffect(() => {
    if (!isDirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);

  return {
    markSaved: () => {
      dirtyForms?.delete(form);
      setSaves((count) => count + 1);
    },
  };
}
