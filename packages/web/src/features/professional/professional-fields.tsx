import { useRef, useState, type RefObject } from 'react';
import type { FieldProblem } from '../../ui/form-field';
import { SelectField, type SelectOption } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';

/** The profile fields an administrator fills in when adding someone, and edits later. */
export interface ProfessionalFieldValues {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  jobTitle: string;
  preferredLanguage: string;
}

export type ProfessionalFieldName = keyof ProfessionalFieldValues;

export const EMPTY_PROFESSIONAL_FIELDS: ProfessionalFieldValues = {
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  jobTitle: '',
  preferredLanguage: 'en',
};

/** Languages Foyer's e-mails and content come in; the server accepts any language tag. */
export const LANGUAGE_OPTIONS: readonly SelectOption[] = [
  { value: 'en', label: 'English' },
  { value: 'fr', label: 'French' },
  { value: 'de', label: 'German' },
  { value: 'es', label: 'Spanish' },
  { value: 'it', label: 'Italian' },
  { value: 'nl', label: 'Dutch' },
  { value: 'pt-BR', label: 'Portuguese (Brazil)' },
  { value: 'ja', label: 'Japanese' },
];

export function languageLabel(tag: string): string {
  return LANGUAGE_OPTIONS.find((option) => option.value === tag)?.label ?? tag;
}

const FIELD_ORDER: readonly ProfessionalFieldName[] = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'jobTitle',
  'preferredLanguage',
];

// The same limits the server's input classes enforce, checked here so a person learns of a typo
// as they leave the field rather than after a round trip; the server still has the last word.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()./-]{4,40}$/;

export function checkProfessionalField(
  name: ProfessionalFieldName,
  values: ProfessionalFieldValues,
): FieldProblem | null {
  const value = values[name].trim();
  switch (name) {
    case 'firstName':
      return value && value.length <= 100
        ? null
        : { message: 'Enter a first name (up to 100 characters).' };
    case 'lastName':
      return value && value.length <= 100
        ? null
        : { message: 'Enter a last name (up to 100 characters).' };
    case 'email':
      if (!value)
        return {
          message: 'Enter an e-mail address.',
          hint: 'The invitation and every notice go there.',
        };
      return EMAIL.test(value) && value.length <= 254
        ? null
        : { message: 'Enter a valid e-mail address, like name@example.com.' };
    case 'phone':
      return !value || PHONE.test(value)
        ? null
        : { message: 'Enter a phone number with digits, spaces and + ( ) - only.' };
    case 'jobTitle':
      return value.length <= 120
        ? null
        : { message: 'The job title is too long (120 characters at most).' };
    case 'preferredLanguage':
      return null;
  }
}

/** The server names a field by its input property, sometimes under the input ("input.email"). */
export function professionalFieldOf(
  field: string | null | undefined,
): ProfessionalFieldName | null {
  const name = field?.split('.').pop();
  return FIELD_ORDER.find((candidate) => candidate === name) ?? null;
}

type FieldRefs = Record<
  ProfessionalFieldName,
  RefObject<HTMLInputElement | HTMLSelectElement | null>
>;

/**
 * State of the profile fields: values, the problem of each, and checks that run when a field is
 * left and, for every field, on submit.
 */
export function useProfessionalFields(initial: ProfessionalFieldValues) {
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<Partial<Record<ProfessionalFieldName, FieldProblem>>>(
    {},
  );
  const refs: FieldRefs = {
    firstName: useRef<HTMLInputElement>(null),
    lastName: useRef<HTMLInputElement>(null),
    email: useRef<HTMLInputElement>(null),
    phone: useRef<HTMLInputElement>(null),
    jobTitle: useRef<HTMLInputElement>(null),
    preferredLanguage: useRef<HTMLSelectElement>(null),
  };

  function setProblem(name: ProfessionalFieldName, problem: FieldProblem | null) {
    setProblems((current) => {
      const next = { ...current };
      if (problem) next[name] = problem;
      else delete next[name];
      return next;
    });
  }

  function change(name: ProfessionalFieldName, value: string) {
    const next = { ...values, [name]: value };
    setValues(next);
    // Once a field has been flagged, it is re-checked as the person types, so the message goes
    // away as soon as the value is right instead of lingering until they leave the field.
    if (problems[name]) setProblem(name, checkProfessionalField(name, next));
  }

  function blur(name: ProfessionalFieldName) {
    // An untouched empty field is not yet an error; it becomes one on submit.
    if (!values[name].trim() && !problems[name]) return;
    setProblem(name, checkProfessionalField(name, values));
  }

  /** Checks every field; focuses the first one at fault and returns false if there is one. */
  function validateAll(): boolean {
    const found: Partial<Record<ProfessionalFieldName, FieldProblem>> = {};
    for (const name of FIELD_ORDER) {
      const problem = checkProfessionalField(name, values);
      if (problem) found[name] = problem;
    }
    setProblems(found);
    const first = FIELD_ORDER.find((name) => found[name]);
    if (first) refs[first].current?.focus();
    return !first;
  }

  /** Puts a server error on its field when it names one; false when it is the form's to show. */
  function showServerProblem(error: {
    field?: string | null;
    message: string;
    hint?: string | null;
  }) {
    const name = professionalFieldOf(error.field);
    if (!name) return false;
    setProblem(name, { message: error.message, hint: error.hint });
    refs[name].current?.focus();
    return true;
  }

  return { values, setValues, problems, refs, change, blur, validateAll, showServerProblem };
}

export type ProfessionalFieldsState = ReturnType<typeof useProfessionalFields>;

export interface ProfessionalFieldsProps {
  state: ProfessionalFieldsState;
  /** People editing themselves keep their e-mail: it is their sign-in, changed by an administrator. */
  emailLocked?: boolean;
}

export function ProfessionalFields({ state, emailLocked = false }: ProfessionalFieldsProps) {
  const { values, problems, refs, change, blur } = state;
  const languages = LANGUAGE_OPTIONS.some((option) => option.value === values.preferredLanguage)
    ? LANGUAGE_OPTIONS
    : [...LANGUAGE_OPTIONS, { value: values.preferredLanguage, label: values.preferredLanguage }];
  const text = (name: Exclude<ProfessionalFieldName, 'preferredLanguage'>) => ({
    name,
    value: values[name],
    onChange: (value: string) => change(name, value),
    onBlur: () => blur(name),
    problem: problems[name] ?? null,
    inputRef: refs[name] as RefObject<HTMLInputElement>,
  });

  return (
    <>
      <div className="form__row">
        <TextField label="First name" autoComplete="off" isRequired {...text('firstName')} />
        <TextField label="Last name" autoComplete="off" isRequired {...text('lastName')} />
      </div>
      <TextField
        label="E-mail"
        type="email"
        autoComplete="off"
        isRequired
        isReadOnly={emailLocked}
        description={emailLocked ? 'Your administrators can change it for you.' : undefined}
        {...text('email')}
      />
      <div className="form__row">
        <TextField
          label="Phone"
          labelNote="optional"
          type="tel"
          autoComplete="off"
          {...text('phone')}
        />
        <TextField
          label="Job title"
          labelNote="optional"
          autoComplete="off"
          {...text('jobTitle')}
        />
      </div>
      <SelectField
        label="Preferred language"
        name="preferredLanguage"
        description="Invitations and notices are written in it."
        value={values.preferredLanguage}
        options={languages}
        onChange={(value) => change('preferredLanguage', value)}
        problem={problems.preferredLanguage ?? null}
        selectRef={refs.preferredLanguage as RefObject<HTMLSelectElement>}
      />
    </>
  );
}
