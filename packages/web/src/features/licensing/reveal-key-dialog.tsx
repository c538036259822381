import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { Refusal, type Reason } from '../../ui/refusal';
import type { ListedLicense } from './licenses-page';

const RevealRegistrationKeyMutation = graphql(`
  mutation RevealKeyDialog_reveal($licenseId: ID!) {
    revealRegistrationKey(licenseId: $licenseId) {
      registrationKey
      error {
        code
        message
        hint
      }
    }
  }
`);

const NOT_ANSWERING: Reason = {
  message: 'Foyer is not answering right now.',
  hint: 'Check your connection and try again in a moment. The key was not revealed.',
};

export interface RevealKeyDialogProps {
  license: Pick<ListedLicense, 'id' | 'product'>;
  organizationName: string;
  onClose: () => void;
}

/**
 * Asks first (the reveal is recorded in the audit log), then shows the full key with a copy
 * button. The key lives only in this dialog's state: closing it forgets the key.
 */
export function RevealKeyDialog({ license, organizationName, onClose }: RevealKeyDialogProps) {
  const [reveal] = useMutation(RevealRegistrationKeyMutation, { fetchPolicy: 'no-cache' });
  const [pending, setPending] = useState(false);
  const [key, setKey] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Reason | null>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);

  async function confirm() {
    setPending(true);
    setRefusal(null);
    try {
      const result = await reveal({ variables: { licenseId: license.id } });
      const payload = result.data?.revealRegistrationKey;
      if (payload?.registrationKey) setKey(payload.registrationKey);
      else setRefusal(payload?.error ?? NOT_ANSWERING);
    } catch {
      setRefusal(NOT_ANSWERING);
    } finally {
      setPending(false);
    }
  }

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  }

  return (
    <Dialog
      isOpen
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={
        key
          ? `The ${license.product} registration key`
          : `Reveal the ${license.product} registration key?`
      }
      role={key ? 'dialog' : 'alertdialog'}
      size="small"
      isDismissable={!pending}
    >
      {(close) => (
        <div className="dialog__body">
          {key ? (
            <>
              <p>Keep it private: anyone with it can register {license.product}.</p>
              <div className="reveal-key">
                <code className="reveal-key__value" aria-label="Registration key">
                  {key}
                </code>
                <Button size="small" onPress={() => void copy(key)}>
                  Copy
                </Button>
              </div>
              <p className="reveal-key__status" role="status">
                {copied === 'yes' ? 'Copied to the clipboard.' : null}
                {copied === 'no'
                  ? 'Copying is blocked here: select the key and copy it by hand.'
                  : null}
              </p>
            </>
          ) : (
            <p>
              Revealing the key is recorded in {organizationName}’s audit log, with your name and
              the time.
            </p>
          )}
          <Refusal refusal={refusal} />
          <div className="dialog__actions">
            <Button onPress={close} isDisabled={pending} variant={key ? 'primary' : 'secondary'}>
              {key || refusal ? 'Close' : 'Cancel'}
            </Button>
            {key || refusal ? null : (
              <Button variant="primary" onPress={() => void confirm()} isPending={pending}>
                {pending ? 'Revealing…' : 'Reveal key'}
              </Button>
            )}
          </div>
        </div>
      )}
    </Dialog>
  );
}
