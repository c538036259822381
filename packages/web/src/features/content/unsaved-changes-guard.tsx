import { createContext, useRef, type ReactNode } from 'react';
import { useBlocker } from 'react-router';
import { SIGN_IN_PATH } from '../../app/paths';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';

/** The forms on the page that hold unsaved changes (useUnsavedChangesWarning keeps it). */
export const UnsavedForms = createContext<Set<symbol> | null>(null);

/**
 * Around every signed-in page: following a link or going back while a form there holds unsaved
 * changes asks "Leave without saving?" first. One blocker for the whole app, as React Router
 * allows only one; the forms say whether they are dirty through UnsavedForms. Moving within the
 * same page, such as a changed query or the address a saved item now has, does not ask, nor
 * does signing out.
 */
export function UnsavedChangesGuard({ children }: { children: ReactNode }) {
  const dirtyForms = useRef(new Set<symbol>()).current;
  // Signing out is not asked about: the session has ended by the time the app moves to sign-in,
  // so staying could save nothing, and the page would be left signed out.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirtyForms.size > 0 &&
      currentLocation.pathname !== nextLocation.pathname &&
      nextLocation.pathname !== SIGN_IN_PATH,
  );
  const stay = () => blocker.reset?.();
  return (
    <UnsavedForms.Provider value={dirtyForms}>
      {children}
      <Dialog
        isOpen={blocker.state === 'blocked'}
        onOpenChange={(open) => {
          if (!open) stay();
        }}
        title="Leave without saving?"
        role="alertdialog"
        size="small"
      >
        <div className="dialog__body">
          <p>Your changes on this page are not saved. If you leave now, they are lost.</p>
          <div className="dialog__actions">
            <Button onPress={stay} autoFocus>
              Stay on this page
            </Button>
            <Button variant="danger" onPress={() => blocker.proceed?.()}>
              Leave without saving
            </Button>
          </div>
        </div>
      </Dialog>
    </UnsavedForms.Provider>
  );
}
