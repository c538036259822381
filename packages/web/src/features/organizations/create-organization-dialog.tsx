import { useMutation } from '@apollo/client/react';
import {
  MANDATORY_CONTACT_ROLES,
  ORGANIZATION_KIND_LABELS,
  REGION_LABELS,
  REGIONS,
  ROLE_LABELS,
  type MandatoryContactRole,
  type OrganizationKind,
  type Region,
} from '@foyer/shared';
import { useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import type { CreateOrganizationDialog_CreateMutation } from '../../gql/graphql';
import { Button } from '../../ui/button';
import { Checkbox } from '../../ui/checkbox';
import { Dialog } from '../../ui/dialog';
import type { FieldProblem } from '../../ui/form-field';
import { FormProblem } from '../../ui/form-problem';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import {
  CONTACT_INPUT_KEYS,
  FIELD_ORDER,
  initialValues,
  isCreateOrganizationField,
  toCreateOrganizationInput,
  validateCreateOrganization,
  type CreateOrganizationField,
  type CreateOrganizationProblems,
  type CreateOrganizationValues,
  type PersonValues,
} from './create-organization-form';
import { ServedByPartnerField } from './served-by-partner-field';

const CreateOrganizationMutation = graphql(`
  mutation CreateOrganizationDialog_create($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      organization {
        id
        name
        kind
        accountNumber
        region
      }
      error {
        code
        message
        hint
        field
      }
    }
  }
`);

export type CreatedOrganization = NonNullable<
  CreateOrganizationDialog_CreateMutation['createOrganization']['organization']
>;

export interface CreateOrganizationDialogProps {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  /** Called once the organization exists, with the name of its administrator. */
  onCreated: (organization: CreatedOrganization, administratorName: string) => void;
}

/** The organization, its first administrator and its mandatory contacts, in one modal form. */
export function CreateOrganizationDialog({
  isOpen,
  onOpenChange,
  onCreated,
}: CreateOrganizationDialogProps) {
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      title="Create organization"
      size="large"
      // Escape closes it as it closes any dialog, except while the creation is on its way.
      isDismissable={!busy}
    >
      {(close) => (
        <CreateOrganizationForm
          onBusyChange={setBusy}
          onCancel={close}
          onCreated={(organization, administratorName) => {
            close();
            onCreated(organization, administratorName);
          }}
        />
      )}
    </Dialog>
  );
}

interface CreateOrganizationFormProps {
  /** The creation is on its way: the dialog may not be dismissed meanwhile. */
  onBusyChange: (busy: boolean) => void;
  onCancel: () => void;
  onCreated: CreateOrganizationDialogProps['onCreated'];
}

/** Customers are created most often. There is one vendor organization, made on the first start. */
const KIND_OPTIONS = (['CUSTOMER', 'PARTNER'] as const).map((kind) => ({
  value: kind,
  label: ORGANIZATION_KIND_LABELS[kind],
}));

const REGION_OPTIONS: { value: Region | ''; label: string }[] = [
  { value: '', label: 'Choose a region' },
  ...REGIONS.map((region) => ({ value: region, label: REGION_LABELS[region] })),
];

const NOT_ANSWERING: FieldProblem = {
  message: 'Foyer is not answering right now.',
  hint: 'Check your connection and try again in a moment. Nothing was created.',
};

function CreateOrganizationForm({
  onBusyChange,
  onCancel,
  onCreated,
}: CreateOrganizationFormProps) {
  const [busy, setBusyState] = useState(false);
  const setBusy = (next: boolean) => {
    setBusyState(next);
    onBusyChange(next);
  };
  const [values, setValues] = useState<CreateOrganizationValues>(initialValues);
  const [problems, setProblems] = useState<CreateOrganizationProblems>({});
  const [formProblem, setFormProblem] = useState<FieldProblem | null>(null);
  const [create] = useMutation(CreateOrganizationMutation);
  const fields = useRef(new Map<CreateOrganizationField, HTMLElement>());
  const isCustomer = values.kind === 'CUSTOMER';

  /** A callback ref that lets a problem, local or from the server, move focus to its field. */
  const register = (field: CreateOrganizationField) => (element: HTMLElement | null) => {
    if (element) fields.current.set(field, element);
    else fields.current.delete(field);
  };

  function focusFirst(found: CreateOrganizationProblems) {
    const first = FIELD_ORDER.find((field) => found[field]);
    if (first) requestAnimationFrame(() => fields.current.get(first)?.focus());
  }

  /**
   * Applies a change. A field already showing a problem is checked again as it is edited, so the
   * message goes away as soon as the value is right, not only on the next submit.
   */
  function change(field: CreateOrganizationField, next: CreateOrganizationValues) {
    setValues(next);
    if (problems[field]) {
      setProblems((current) => ({ ...current, [field]: validateCreateOrganization(next)[field] }));
    }
  }

  /** Checks a field when the person leaves it, once there is something to check. */
  function blur(field: CreateOrganizationField, value: string) {
    if (!value.trim()) return;
    const found = validateCreateOrganization(values)[field];
    setProblems((current) => ({ ...current, [field]: found }));
  }

  function setPersonValue(
    person: 'administrator' | MandatoryContactRole,
    key: keyof PersonValues,
    value: string,
  ) {
    if (person === 'administrator') {
      change(`administrator.${key}`, {
        ...values,
        administrator: { ...values.administrator, [key]: value },
      });
    } else {
      change(`${CONTACT_INPUT_KEYS[person]}.${key}`, {
        ...values,
        contacts: { ...values.contacts, [person]: { ...values.contacts[person], [key]: value } },
      });
    }
  }

  function setSameAsAdministrator(role: MandatoryContactRole, same: boolean) {
    setValues({
      ...values,
      contacts: {
        ...values.contacts,
        [role]: { ...values.contacts[role], sameAsAdministrator: same },
      },
    });
    if (same) {
      // The contact's own fields are gone, and so are their problems.
      const prefix = `${CONTACT_INPUT_KEYS[role]}.`;
      setProblems((current) =>
        Object.fromEntries(Object.entries(current).filter(([field]) => !field.startsWith(prefix))),
      );
    }
  }

  function fieldIsShown(field: CreateOrganizationField): boolean {
    if (field === 'servedByPartnerId') return isCustomer;
    const role = MANDATORY_CONTACT_ROLES.find((candidate) =>
      field.startsWith(`${CONTACT_INPUT_KEYS[candidate]}.`),
    );
    return !role || !values.contacts[role].sameAsAdministrator;
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setFormProblem(null);
    const found = validateCreateOrganization(values);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirst(found);
      return;
    }

    setBusy(true);
    try {
      const { data } = await create({
        variables: { input: toCreateOrganizationInput(values) },
        update: (cache, { data: result }) => {
          // Every cached page of the list (and of the partner pickers) may now be out of order;
          // dropping them makes the list on screen fetch its page again, with the newcomer.
          if (!result?.createOrganization.organization) return;
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'organizations' });
          cache.gc();
        },
      });
      const payload = data?.createOrganization;
      if (payload?.organization) {
        const { firstName, lastName } = values.administrator;
        onCreated(payload.organization, `${firstName.trim()} ${lastName.trim()}`);
        return;
      }
      const error = payload?.error;
      const problem = {
        message: error?.message ?? 'The organization could not be created. Please try again.',
        hint: error?.hint,
      };
      if (error?.field && isCreateOrganizationField(error.field) && fieldIsShown(error.field)) {
        const fromServer = { [error.field]: problem };
        setProblems(fromServer);
        focusFirst(fromServer);
      } else {
        setFormProblem(problem);
      }
    } catch {
      setFormProblem(NOT_ANSWERING);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="create-organization" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <p className="create-organization__intro muted">
        The organization, its first administrator and its mandatory contacts are created together.
        Every field is required unless marked optional.
      </p>

      <fieldset className="create-organization__section">
        <legend>Organization</legend>
        <div className="form__row">
          <SelectField
            label="Kind"
            name="kind"
            value={values.kind}
            options={KIND_OPTIONS}
            selectRef={register('kind')}
            onChange={(kind: OrganizationKind) => setValues({ ...values, kind })}
          />
          <SelectField
            label="Region"
            name="region"
            value={values.region}
            options={REGION_OPTIONS}
            problem={problems.region}
            selectRef={register('region')}
            onChange={(region) => change('region', { ...values, region })}
          />
        </div>
        <TextField
          label="Name"
          name="name"
          autoComplete="off"
          value={values.name}
          problem={problems.name}
          inputRef={register('name')}
          onChange={(name) => change('name', { ...values, name })}
          onBlur={() => blur('name', values.name)}
        />
        <div className="form__row">
          <TextField
            label="Account number"
            name="accountNumber"
            autoComplete="off"
            description="Letters, digits and dashes; unique across Foyer."
            value={values.accountNumber}
            problem={problems.accountNumber}
            inputRef={register('accountNumber')}
            onChange={(accountNumber) => change('accountNumber', { ...values, accountNumber })}
            onBlur={() => blur('accountNumber', values.accountNumber)}
          />
          <TextField
            label="E-mail domain"
            labelNote="optional"
            name="emailDomain"
            autoComplete="off"
            description="Access requests from this domain reach the organization."
            placeholder="example.com"
            value={values.emailDomain}
            problem={problems.emailDomain}
            inputRef={register('emailDomain')}
            onChange={(emailDomain) => change('emailDomain', { ...values, emailDomain })}
            onBlur={() => blur('emailDomain', values.emailDomain)}
          />
        </div>
        {isCustomer ? (
          <ServedByPartnerField
            value={values.servedByPartnerId}
            problem={problems.servedByPartnerId}
            fieldRef={register('servedByPartnerId')}
            onChange={(servedByPartnerId) =>
              change('servedByPartnerId', { ...values, servedByPartnerId })
            }
          />
        ) : null}
      </fieldset>

      <fieldset className="create-organization__section">
        <legend>Administrator</legend>
        <p className="form__aside">
          Manages the organization’s people. Everyone created here starts as invited: send their
          invitations from the organization’s accounts.
        </p>
        <PersonFields
          prefix="administrator"
          values={values.administrator}
          problems={problems}
          register={register}
          onChange={(key, value) => setPersonValue('administrator', key, value)}
          onBlur={blur}
        />
      </fieldset>

      <fieldset className="create-organization__section">
        <legend>Mandatory contacts</legend>
        <p className="form__aside">
          Each contact role is held by exactly one person. Unless you name someone else, the
          administrator holds it.
        </p>
        {MANDATORY_CONTACT_ROLES.map((role) => {
          const contact = values.contacts[role];
          return (
            <div key={role} className="create-organization__contact">
              <Checkbox
                isSelected={!contact.sameAsAdministrator}
                onChange={(someoneElse) => setSameAsAdministrator(role, !someoneElse)}
              >
                Someone else is the {ROLE_LABELS[role]}
              </Checkbox>
              {contact.sameAsAdministrator ? null : (
                <fieldset className="create-organization__person">
                  <legend>{ROLE_LABELS[role]}</legend>
                  <PersonFields
                    prefix={CONTACT_INPUT_KEYS[role]}
                    values={contact}
                    problems={problems}
                    register={register}
                    onChange={(key, value) => setPersonValue(role, key, value)}
                    onBlur={blur}
                  />
                </fieldset>
              )}
            </div>
          );
        })}
      </fieldset>

      <FormProblem problem={formProblem} />

      <div className="dialog__actions create-organization__actions">
        <Button onPress={onCancel} isDisabled={busy}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" isPending={busy}>
          {busy ? 'Creating…' : 'Create organization'}
        </Button>
      </div>
    </form>
  );
}

interface PersonFieldsProps {
  prefix: 'administrator' | (typeof CONTACT_INPUT_KEYS)[MandatoryContactRole];
  values: PersonValues;
  problems: CreateOrganizationProblems;
  register: (field: CreateOrganizationField) => (element: HTMLElement | null) => void;
  onChange: (key: keyof PersonValues, value: string) => void;
  onBlur: (field: CreateOrganizationField, value: string) => void;
}

interface PersonField {
  key: keyof PersonValues;
  label: string;
  optional?: boolean;
  type?: string;
}

const PERSON_FIELDS: PersonField[] = [
  { key: 'firstName', label: 'First name' },
  { key: 'lastName', label: 'Last name' },
  { key: 'email', label: 'E-mail', type: 'email' },
  { key: 'jobTitle', label: 'Job title', optional: true },
  { key: 'phone', label: 'Phone', optional: true, type: 'tel' },
];

/** First and last name, e-mail, job title and phone of one person the form creates. */
function PersonFields({ prefix, values, problems, register, onChange, onBlur }: PersonFieldsProps) {
  return (
    <div className="create-organization__fields">
      {PERSON_FIELDS.map(({ key, label, optional, type = 'text' }) => {
        const field: CreateOrganizationField = `${prefix}.${key}`;
        return (
          <TextField
            key={key}
            label={label}
            labelNote={optional ? 'optional' : undefined}
            name={field}
            type={type}
            // Other people's details: the browser would offer the vendor's own.
            autoComplete="off"
            value={values[key]}
            problem={problems[field]}
            inputRef={register(field)}
            onChange={(value) => onChange(key, value)}
            onBlur={() => onBlur(field, values[key])}
          />
        );
      })}
    </div>
  );
}
