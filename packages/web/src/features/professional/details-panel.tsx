import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { graphql } from '../../gql';
import { Button } from '../../ui/button';
import type { RefusalValue } from '../../ui/confirm-dialog';
import { DateTime } from '../../ui/date-time';
import { Refusal } from '../../ui/refusal';
import { notify } from '../../ui/toast';
import type { PageProfessional, PanelProps } from './professional-page';
import {
  languageLabel,
  ProfessionalFields,
  useProfessionalFields,
  type ProfessionalFieldName,
  type ProfessionalFieldValues,
} from './professional-fields';

const UpdateProfessionalMutation = graphql(`
  mutation DetailsPanel_update($input: UpdateProfessionalInput!) {
    updateProfessional(input: $input) {
      professional {
        id
        firstName
        lastName
        displayName
        email
        phone
        jobTitle
        preferredLanguage
        updatedAt
        invitation {
          status
          sentAt
          expiresAt
        }
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

/** Name and contact details, read or edited in place. */
export function DetailsPanel({ professional }: PanelProps) {
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const editButtonRef = useRef<HTMLButtonElement>(null);

  function stopEditing() {
    setEditing(false);
    // The form (and the button that had focus) is gone: focus goes back to what opened it.
    requestAnimationFrame(() => editButtonRef.current?.focus());
  }

  return (
    <section className="card panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h2 id={headingId} className="panel__title">
          Details
        </h2>
        {professional.viewerCanUpdate && !editing ? (
          <Button ref={editButtonRef} size="small" onPress={() => setEditing(true)}>
            Edit details
          </Button>
        ) : null}
      </div>
      {editing ? (
        <EditDetailsForm professional={professional} onDone={stopEditing} />
      ) : (
        <dl className="details details--compact">
          <Row label="E-mail">
            <a href={`mailto:${professional.email}`}>{professional.email}</a>
          </Row>
          <Row label="Phone">{professional.phone || <span className="muted">Not given</span>}</Row>
          <Row label="Job title">
            {professional.jobTitle || <span className="muted">Not given</span>}
          </Row>
          <Row label="Preferred language">{languageLabel(professional.preferredLanguage)}</Row>
          <Row label="Last sign-in">
            {professional.lastSignInAt ? (
              <DateTime value={professional.lastSignInAt} />
            ) : (
              <span className="muted">Never</span>
            )}
          </Row>
          <Row label="Added">
            <DateTime value={professional.createdAt} dateOnly />
          </Row>
        </dl>
      )}
    </section>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="details__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const NOT_ANSWERING: RefusalValue = {
  message: 'Foyer is not answering right now.',
  hint: 'Check your connection and try again in a moment. Nothing was changed.',
};

function EditDetailsForm({
  professional,
  onDone,
}: {
  professional: PageProfessional;
  onDone: () => void;
}) {
  const initial: ProfessionalFieldValues = {
    firstName: professional.firstName,
    lastName: professional.lastName,
    email: professional.email,
    phone: professional.phone ?? '',
    jobTitle: professional.jobTitle ?? '',
    preferredLanguage: professional.preferredLanguage,
  };
  const fields = useProfessionalFields(initial);
  const [refusal, setRefusal] = useState<RefusalValue | null>(null);
  const [update, { loading }] = useMutation(UpdateProfessionalMutation, {
    refetchQueries: ['AccountsPage_professionals'],
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setRefusal(null);
    if (!fields.validateAll()) return;
    // Only what changed is sent: the API leaves every field it is not given as it is.
    const changes: Partial<Record<ProfessionalFieldName, string>> = {};
    for (const key of Object.keys(initial) as ProfessionalFieldName[]) {
      const value = fields.values[key].trim();
      if (value !== initial[key].trim()) changes[key] = value;
    }
    if (Object.keys(changes).length === 0) {
      onDone();
      return;
    }
    try {
      const { data } = await update({ variables: { input: { id: professional.id, ...changes } } });
      const payload = data?.updateProfessional;
      if (!payload?.professional) {
        const error = payload?.error;
        if (!error) setRefusal(NOT_ANSWERING);
        else if (!fields.showServerProblem(error)) setRefusal(error);
        return;
      }
      notify({ title: `${payload.professional.displayName}’s details were saved.` });
      onDone();
    } catch {
      setRefusal(NOT_ANSWERING);
    }
  }

  return (
    <form
      className="form form--flush"
      noValidate
      aria-label={`Edit details of ${professional.displayName}`}
      onSubmit={(event) => void handleSubmit(event)}
    >
      <ProfessionalFields
        state={fields}
        emailLocked={!professional.organization.viewerCanManageProfessionals}
      />
      <Refusal refusal={refusal} />
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={loading}>
          {loading ? 'Saving…' : 'Save changes'}
        </Button>
        <Button onPress={onDone} isDisabled={loading}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
