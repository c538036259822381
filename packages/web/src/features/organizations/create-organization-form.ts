import type { MandatoryContactRole, OrganizationKind, Region } from '@foyer/shared';
import type { CreateOrganizationInput, ProfessionalFieldsInput } from '../../gql/graphql';
import type { FieldProblem } from '../../ui/form-field';

export interface PersonValues {
  firstName: string;
  lastName: string;
  email: string;
  jobTitle: string;
  phone: string;
}

export interface ContactValues extends PersonValues {
  /** The administrator holds this role too (what the API does when the contact is left out). */
  sameAsAdministrator: boolean;
}

export interface CreateOrganizationValues {
  kind: OrganizationKind;
  name: string;
  accountNumber: string;
  region: Region | '';
  emailDomain: string;
  administrator: PersonValues;
  contacts: Record<MandatoryContactRole, ContactValues>;
  /** For a customer: the id of the partner serving it, or '' for none. */
  servedByPartnerId: string;
}

/** Where each mandatory contact goes in CreateOrganizationInput, and so in the API's `field`. */
export const CONTACT_INPUT_KEYS = {
  BILLING_CONTACT: 'billingContact',
  CUSTOMER_CARE_CONTACT: 'customerCareContact',
  SHIPPING_CONTACT: 'shippingContact',
} as const satisfies Record<MandatoryContactRole, keyof CreateOrganizationInput>;

type ContactKey = (typeof CONTACT_INPUT_KEYS)[MandatoryContactRole];
type PersonKey = 'administrator' | ContactKey;

const CONTACTS = Object.entries(CONTACT_INPUT_KEYS) as [MandatoryContactRole, ContactKey][];
type PersonField = keyof PersonValues;

/**
 * A field's name exactly as the API reports it in `UserError.field` ("accountNumber",
 * "administrator.email"), so a server refusal lands on the same field as a local check.
 */
export type CreateOrganizationField =
  | 'kind'
  | 'name'
  | 'accountNumber'
  | 'region'
  | 'emailDomain'
  | 'servedByPartnerId'
  | `${PersonKey}.${PersonField}`;

export type CreateOrganizationProblems = Partial<Record<CreateOrganizationField, FieldProblem>>;

/** Fields in the order the form shows them: the first one with a problem gets the focus. */
export const FIELD_ORDER: readonly CreateOrganizationField[] = [
  'kind',
  'name',
  'accountNumber',
  'region',
  'emailDomain',
  'servedByPartnerId',
  ...(['administrator', ...Object.values(CONTACT_INPUT_KEYS)] as PersonKey[]).flatMap((person) =>
    (['firstName', 'lastName', 'email', 'jobTitle', 'phone'] as const).map(
      (field) => `${person}.${field}` as const,
    ),
  ),
];

export function emptyPerson(): PersonValues {
  return { firstName: '', lastName: '', email: '', jobTitle: '', phone: '' };
}

export function initialValues(): CreateOrganizationValues {
  const contact = (): ContactValues => ({ ...emptyPerson(), sameAsAdministrator: true });
  return {
    kind: 'CUSTOMER',
    name: '',
    accountNumber: '',
    region: '',
    emailDomain: '',
    administrator: emptyPerson(),
    contacts: {
      BILLING_CONTACT: contact(),
      CUSTOMER_CARE_CONTACT: contact(),
      SHIPPING_CONTACT: contact(),
    },
    servedByPartnerId: '',
  };
}

export function isCreateOrganizationField(field: string): field is CreateOrganizationField {
  return (FIELD_ORDER as readonly string[]).includes(field);
}

// The same rules as the API's input validation (packages/server organization.inputs.ts and
// professional.inputs.ts), so most mistakes are caught before a round trip; the server stays the
// authority and its answer is shown on the same field.
const ACCOUNT_NUMBER = /^[A-Za-z0-9][A-Za-z0-9-]{1,39}$/;
const DOMAIN = /^(?=.{3,253}$)[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()./-]{4,40}$/;

/** Every problem of the form as it stands; an empty object means it may be sent. */
export function validateCreateOrganization(
  values: CreateOrganizationValues,
): CreateOrganizationProblems {
  const problems: CreateOrganizationProblems = {};
  const name = values.name.trim();
  if (name.length < 2 || name.length > 200) {
    problems.name = { message: 'Enter the organization’s name (2 to 200 characters).' };
  }
  if (!ACCOUNT_NUMBER.test(values.accountNumber.trim())) {
    problems.accountNumber = {
      message: 'Use 2 to 40 letters, digits or dashes for the account number.',
      hint: 'It must start with a letter or a digit, e.g. NW-10442.',
    };
  }
  if (!values.region) problems.region = { message: 'Choose the organization’s region.' };
  const domain = values.emailDomain.trim();
  if (domain && !DOMAIN.test(domain)) {
    problems.emailDomain = {
      message: 'Enter a domain such as example.com.',
      hint: 'Only the part after the @, without “www” or “https://”.',
    };
  }
  Object.assign(problems, validatePerson('administrator', values.administrator));
  for (const [role, key] of CONTACTS) {
    const contact = values.contacts[role];
    if (!contact.sameAsAdministrator) Object.assign(problems, validatePerson(key, contact));
  }
  return problems;
}

/** The mutation's input: trimmed, optional fields left out when empty. */
export function toCreateOrganizationInput(
  values: CreateOrganizationValues,
): CreateOrganizationInput {
  const input: CreateOrganizationInput = {
    kind: values.kind,
    name: values.name.trim(),
    accountNumber: values.accountNumber.trim(),
    // validateCreateOrganization refuses an empty region before this is called.
    region: values.region as Region,
    emailDomain: values.emailDomain.trim() || null,
    administrator: toPersonInput(values.administrator),
    servedByPartnerId:
      values.kind === 'CUSTOMER' && values.servedByPartnerId ? values.servedByPartnerId : null,
  };
  for (const [role, key] of CONTACTS) {
    const contact = values.contacts[role];
    if (!contact.sameAsAdministrator) input[key] = toPersonInput(contact);
  }
  return input;
}

function validatePerson(key: PersonKey, person: PersonValues): CreateOrganizationProblems {
  const problems: CreateOrganizationProblems = {};
  const firstName = person.firstName.trim();
  const lastName = person.lastName.trim();
  const email = person.email.trim();
  const phone = person.phone.trim();
  if (!firstName || firstName.length > 100) {
    problems[`${key}.firstName`] = { message: 'Enter a first name (up to 100 characters).' };
  }
  if (!lastName || lastName.length > 100) {
    problems[`${key}.lastName`] = { message: 'Enter a last name (up to 100 characters).' };
  }
  if (!EMAIL.test(email) || email.length > 254) {
    problems[`${key}.email`] = { message: 'Enter a valid e-mail address, like name@example.com.' };
  }
  if (person.jobTitle.trim().length > 120) {
    problems[`${key}.jobTitle`] = {
      message: 'The job title is too long (120 characters at most).',
    };
  }
  if (phone && !PHONE.test(phone)) {
    problems[`${key}.phone`] = {
      message: 'Enter a phone number with digits, spaces and + ( ) - only.',
    };
  }
  return problems;
}

function toPersonInput(person: PersonValues): ProfessionalFieldsInput {
  return {
    firstName: person.firstName.trim(),
    lastName: person.lastName.trim(),
    email: person.email.trim(),
    jobTitle: person.jobTitle.trim() || null,
    phone: person.phone.trim() || null,
  };
}
