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

  useLayoutEffect(() => {
    if (!dirtyForms || !isDirty) return undefined;
    dirtyForms.add(form);
    return () => {
      dirtyForms.delete(form);
    };
  }, [dirtyForms, form, isDirty]);

  useEffect(() => {
    if (!isDirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);

  return { markSaved: () => dirtyForms?.delete(form) };
}
