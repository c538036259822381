import { useEffect } from 'react';

/**
 * While a form holds changes not yet saved, closing or reloading the tab asks first, as browsers
 * allow: they show their own wording, never ours.
 */
export function useUnsavedChangesWarning(isDirty: boolean) {
  useEffect(() => {
    if (!isDirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);
}
