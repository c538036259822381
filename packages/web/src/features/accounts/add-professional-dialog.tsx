import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { Button } from '../../ui/button';
import { Checkbox } from '../../ui/checkbox';
import { Dialog } from '../../ui/dialog';
import { Refusal, type Reason } from '../../ui/refusal';
import { notify } from '../../ui/toast';
import {
  EMPTY_PROFESSIONAL_FIELDS,
  ProfessionalFields,
  useProfessionalFields,
} from '../professional/professional-fields';

const CreateProfessionalMutation = graphql(`
  mutation AddProfessionalDialog_create($input: CreateProfessionalInput!) {
    createProfessional(input: $input) {
      professional {
        id
        displayName
        email
        roles
        status
      }
      error {
        code
        message
        hint
        field
        reasons {
          code
          message
          hint
        }
      }
    }
  }
`);

export interface AddProfessionalDialogProps {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  organizationId: string;
  organizationName: string;
}

/** Adds someone to the organization and, unless told otherwise, e-mails them an invitation. */
export function AddProfessionalDialog({
  isOpen,
  onOpenChange,
  organizationId,
  organizationName,
}: AddProfessionalDialogProps) {
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      title="Add professional"
      size="large"
      isDismissable={!busy}
    >
      {(close) => (
        <AddProfessionalForm
          organizationId={organizationId}
          organizationName={organizationName}
          onBusyChange={setBusy}
          onDone={close}
        />
      )}
    </Dialog>
  );
}

interface AddProfessionalFormProps {
  organizationId: string;
  organizationName: string;
  onBusyChange: (busy: boolean) => void;
  onDone: () => void;
}

const NOT_ANSWERING: Reason = {
  message: 'Foyer is not answering right now.',
  hint: 'Check your connection and try again in a moment. Nobody was added.',
};

function AddProfessionalForm({
  organizationId,
  organizationName,
  onBusyChange,
  onDone,
}: AddProfessionalFormProps) {
  // Unmounted with the dialog, so every opening starts from an empty form.
  const fields = useProfessionalFields(EMPTY_PROFESSIONAL_FIELDS);
  const [isAdministrator, setIsAdministrator] = useState(false);
  const [sendInvitation, setSendInvitation] = useState(true);
  const [refusal, setRefusal] = useState<(Reason & { reasons?: Reason[] }) | null>(null);
  // The list refetches in the background; the dialog does not wait for it to close.
  const [create, { loading }] = useMutation(CreateProfessionalMutation, {
    refetchQueries: ['AccountsPage_professionals'],
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setRefusal(null);
    if (!fields.validateAll()) return;
    const { values } = fields;
    onBusyChange(true);
    try {
      const { data } = await create({
        variables: {
          input: {
            organizationId,
            firstName: values.firstName.trim(),
            lastName: values.lastName.trim(),
            email: values.email.trim(),
            phone: values.phone.trim() || null,
            jobTitle: values.jobTitle.trim() || null,
            preferredLanguage: values.preferredLanguage,
            roles: isAdministrator ? ['ADMINISTRATOR'] : [],
            sendInvitation,
          },
        },
      });
      const payload = data?.createProfessional;
      const professional = payload?.professional;
      if (!professional) {
        const error = payload?.error;
        if (!error) setRefusal(NOT_ANSWERING);
        else if (!fields.showServerProblem(error)) setRefusal(error);
        return;
      }
      notify({
        title: `${professional.displayName} was added to ${organizationName}.`,
        description: sendInvitation
          ? `An invitation e-mail is on its way to ${professional.email}.`
          : 'No invitation was sent: send one from their page when they are ready to join.',
      });
      onDone();
    } catch {
      setRefusal(NOT_ANSWERING);
    } finally {
      onBusyChange(false);
    }
  }

  return (
    <form className="form dialog__form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <p className="form__intro muted">
        They join {organizationName} as invited until they accept. Billing, Customer Care and
        Shipping contacts are handed over from a professional&rsquo;s page once they are added.
      </p>
      <ProfessionalFields state={fields} />
      <fieldset className="form__fieldset">
        <legend>Access</legend>
        <Checkbox
          isSelected={isAdministrator}
          onChange={setIsAdministrator}
          name="administrator"
          description={`Can add, edit and remove ${organizationName}’s professionals and hand roles over.`}
        >
          Administrator
        </Checkbox>
        <Checkbox
          isSelected={sendInvitation}
          onChange={setSendInvitation}
          name="sendInvitation"
          description="A one-time link to join Foyer. You can re-send or revoke it from their page."
        >
          Send invitation e-mail
        </Checkbox>
      </fieldset>
      <Refusal refusal={refusal} />
      <div className="dialog__actions">
        <Button onPress={onDone} isDisabled={loading}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" isPending={loading}>
          {loading ? 'Adding…' : 'Add professional'}
        </Button>
      </div>
    </form>
  );
}
