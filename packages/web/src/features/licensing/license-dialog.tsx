import { useMutation } from '@apollo/client/react';
import { PRODUCT_CODE_PATTERN, REGISTRATION_KEY_PATTERN } from '@foyer/shared';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import type { FieldProblem } from '../../ui/form-field';
import { FormProblem } from '../../ui/form-problem';
import { TextField } from '../../ui/text-field';
import type { ListedLicense } from './licenses-page';

const AddLicenseMutation = graphql(`
  mutation LicenseDialog_add($input: AddLicenseInput!) {
    addLicense(input: $input) {
      license {
        id
        product
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

const UpdateLicenseMutation = graphql(`
  mutation LicenseDialog_update($input: UpdateLicenseInput!) {
    updateLicense(input: $input) {
      license {
        id
        product
        edition
        seats
        servicePlan
        startsOn
        endsOn
        planStatus
        daysLeft
        registrationKeyMasked
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

const FIELDS = [
  'product',
  'edition',
  'seats',
  'servicePlan',
  'startsOn',
  'endsOn',
  'registrationKey',
] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;
type Problems = Partial<Record<Field, FieldProblem>>;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const NOT_ANSWERING: FieldProblem = {
  message: 'Foyer is not answering right now.',
  hint: 'Check your connection and try again in a moment. Nothing was saved.',
};

export interface LicenseDialogProps {
  organizationId: string;
  organizationName: string;
  /** The licence to edit; null to add one. */
  license: ListedLicense | null;
  onClose: () => void;
  onSaved: (message: string) => void;
}

/** Vendor administrators add a licence or change one, with each field's problem beside it. */
export function LicenseDialog({
  organizationId,
  organizationName,
  license,
  onClose,
  onSaved,
}: LicenseDialogProps) {
  const [values, setValues] = useState<Values>(() => initialValues(license));
  const [problems, setProblems] = useState<Problems>({});
  const [formProblem, setFormProblem] = useState<FieldProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [add] = useMutation(AddLicenseMutation);
  const [update] = useMutation(UpdateLicenseMutation);
  const editing = license !== null;

  const set = (field: Field) => (value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    if (problems[field])
      setProblems((current) => ({ ...current, [field]: validate(next, editing)[field] }));
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setFormProblem(null);
    const found = validate(values, editing);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const common = {
        edition: values.edition.trim(),
        seats: Number(values.seats),
        servicePlan: values.servicePlan.trim(),
        startsOn: values.startsOn.trim(),
        endsOn: values.endsOn.trim(),
        registrationKey: values.registrationKey.trim().toUpperCase() || null,
      };
      const payload = license
        ? (await update({ variables: { input: { id: license.id, ...common } } })).data
            ?.updateLicense
        : (
            await add({
              variables: {
                input: {
                  organizationId,
                  product: values.product.trim(),
                  ...common,
                  servicePlan: common.servicePlan || null,
                },
              },
            })
          ).data?.addLicense;
      if (!payload) {
        setFormProblem(NOT_ANSWERING);
      } else if (payload.error) {
        const { field, message, hint } = payload.error;
        if (field && (FIELDS as readonly string[]).includes(field))
          setProblems({ [field as Field]: { message, hint } });
        else setFormProblem({ message, hint });
      } else {
        onSaved(
          license
            ? `The ${license.product} licence was changed`
            : `The ${values.product.trim()} licence was added`,
        );
      }
    } catch {
      setFormProblem(NOT_ANSWERING);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      isOpen
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={
        license ? `Edit the ${license.product} licence` : `Add a licence for ${organizationName}`
      }
      size="medium"
      isDismissable={!busy}
    >
      {(close) => (
        <form className="form license-form" noValidate onSubmit={(event) => void submit(event)}>
          {editing ? null : (
            <TextField
              label="Product"
              description="The product code, e.g. atlas. One licence per product."
              value={values.product}
              onChange={set('product')}
              problem={problems.product}
              autoFocus
            />
          )}
          <TextField
            label="Edition"
            value={values.edition}
            onChange={set('edition')}
            problem={problems.edition}
          />
          <TextField
            label="Seats"
            inputMode="numeric"
            value={values.seats}
            onChange={set('seats')}
            problem={problems.seats}
          />
          <TextField
            label="Service plan"
            labelNote="optional"
            description="Leave it empty for a licence without a service plan."
            value={values.servicePlan}
            onChange={set('servicePlan')}
            problem={problems.servicePlan}
          />
          <div className="license-form__dates">
            {/* The browser's date picker; its value is YYYY-MM-DD whatever the person's locale shows. */}
            <TextField
              label="Starts on"
              type="date"
              value={values.startsOn}
              onChange={set('startsOn')}
              problem={problems.startsOn}
            />
            <TextField
              label="Ends on"
              type="date"
              value={values.endsOn}
              onChange={set('endsOn')}
              problem={problems.endsOn}
            />
          </div>
          <TextField
            label="Registration key"
            labelNote="optional"
            description={
              editing
                ? 'Leave it empty to keep the current key.'
                : 'Leave it empty and Foyer generates one.'
            }
            value={values.registrationKey}
            onChange={set('registrationKey')}
            problem={problems.registrationKey}
          />
          <FormProblem problem={formProblem} />
          <div className="dialog__actions">
            <Button onPress={close} isDisabled={busy}>
              Cancel
            </Button>
            <Button type="submit" variant="primary" isPending={busy}>
              {busy ? 'Saving…' : editing ? 'Save changes' : 'Add licence'}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

function initialValues(license: ListedLicense | null): Values {
  return {
    product: license?.product ?? '',
    edition: license?.edition ?? '',
    seats: license ? String(license.seats) : '',
    servicePlan: license?.servicePlan ?? '',
    startsOn: license?.startsOn ?? '',
    endsOn: license?.endsOn ?? '',
    registrationKey: '',
  };
}

/** The same checks as the server's, so most problems show before anything is sent. */
export function validate(values: Values, editing: boolean): Problems {
  const problems: Problems = {};
  if (!editing && !PRODUCT_CODE_PATTERN.test(values.product.trim())) {
    problems.product = {
      message: 'Use a product code: lower-case letters, digits and hyphens, e.g. atlas.',
    };
  }
  if (!values.edition.trim()) problems.edition = { message: 'Enter the edition, e.g. Enterprise.' };
  if (!/^\d+$/.test(values.seats.trim()) || Number(values.seats) < 1) {
    problems.seats = { message: 'Give the number of seats: a whole number of at least 1.' };
  }
  if (values.servicePlan.trim().length > 60)
    problems.servicePlan = {
      message: 'The service plan’s name is too long (60 characters at most).',
    };
  for (const field of ['startsOn', 'endsOn'] as const) {
    if (!ISO_DAY.test(values[field].trim()))
      problems[field] = { message: 'Give the date as YYYY-MM-DD, e.g. 2030-12-31.' };
  }
  if (!problems.startsOn && !problems.endsOn && values.endsOn.trim() < values.startsOn.trim()) {
    problems.endsOn = {
      message: 'The end date is before the start date.',
      hint: 'Give an end date on or after the start date.',
    };
  }
  const key = values.registrationKey.trim().toUpperCase();
  if (key && !REGISTRATION_KEY_PATTERN.test(key)) {
    problems.registrationKey = {
      message:
        'Use 4 to 8 groups of 4 or 5 capital letters and digits joined by hyphens, e.g. NWL5-ACME-7Q4K-29XD.',
      hint: 'Or leave it empty.',
    };
  }
  return problems;
}
