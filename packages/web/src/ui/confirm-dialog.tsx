import { useState, type ReactNode } from 'react';
import { Button } from './button';
import { Dialog } from './dialog';
import { Refusal, type Reason } from './refusal';

const NOT_ANSWERING: RefusalValue = {
  message: 'Foyer is not answering right now.',
  hint: 'Check your connection and try again in a moment. Nothing was changed.',
};

/** Why the server did not do it, with every reason it gave. */
export type RefusalValue = Reason & { reasons?: readonly Reason[] | null };

export interface ConfirmDialogProps {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  title: string;
  children: ReactNode;
  /** Danger for what cannot be undone. */
  variant?: 'primary' | 'danger';
  /** Does the thing; resolves to the server's refusal, or null when it was done. */
  onConfirm: () => Promise<RefusalValue | null>;
}

/**
 * "Are you sure?" with one Confirm button. A refusal (the state changed since the page was
 * loaded) is shown in the dialog itself, in place of the button that can no longer succeed.
 */
export function ConfirmDialog({
  isOpen,
  onOpenChange,
  title,
  children,
  variant = 'primary',
  onConfirm,
}: ConfirmDialogProps) {
  const [pending, setPending] = useState(false);
  const [refusal, setRefusal] = useState<RefusalValue | null>(null);

  function handleOpenChange(open: boolean) {
    if (!open) setRefusal(null);
    onOpenChange(open);
  }

  async function confirm() {
    setPending(true);
    setRefusal(null);
    try {
      const refused = await onConfirm();
      if (refused) setRefusal(refused);
      else handleOpenChange(false);
    } catch {
      setRefusal(NOT_ANSWERING);
    } finally {
      setPending(false);
    }
  }

  return (
    <Dialog
      isOpen={isOpen}
      onOpenChange={handleOpenChange}
      title={title}
      size="small"
      isDismissable={!pending}
    >
      {(close) => (
        <div className="dialog__body">
          {children}
          <Refusal refusal={refusal} />
          <div className="dialog__actions">
            <Button onPress={close} isDisabled={pending}>
              {refusal ? 'Close' : 'Cancel'}
            </Button>
            {refusal ? null : (
              <Button variant={variant} onPress={() => void confirm()} isPending={pending}>
                {pending ? 'Working…' : 'Confirm'}
              </Button>
            )}
          </div>
        </div>
      )}
    </Dialog>
  );
}
