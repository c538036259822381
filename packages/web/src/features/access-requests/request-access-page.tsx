import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { SIGN_IN_PATH } from '../../app/paths';
import { graphql } from '../../gql';
import { AuthCard } from '../../ui/auth-card';
import { FormField, type FieldProblem } from '../../ui/form-field';
import { FormProblem } from '../../ui/form-problem';

const RequestAccessMutation = graphql(`
  mutation RequestAccessPage_requestAccess($input: RequestAccessInput!) {
    requestAccess(input: $input) {
      ok
      message
      error {
        code
        message
        hint
        field
      }
    }
  }
`);

/** Same limits as the server's input class, so most mistakes are caught before sending. */
const MAX_NAME_LENGTH = 100;
const MAX_ACCOUNT_NUMBER_LENGTH = 40;
const MAX_MESSAGE_LENGTH = 2000;

const FIELDS = ['accountNumber', 'firstName', 'lastName', 'email', 'message'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;
type Problems = Partial<Record<Field, FieldProblem>>;

const EMPTY: Values = { accountNumber: '', firstName: '', lastName: '', email: '', message: '' };

/**
 * Public form for someone who has no sign-in yet. The server answers the same whether or not the
 * organization exists, so the page shows its message as given and never guesses.
 */
export function RequestAccessPage() {
  const [requestAccess] = useMutation(RequestAccessMutation);
  const [values, setValues] = useState<Values>(EMPTY);
  const [checked, setChecked] = useState(false);
  const [serverProblems, setServerProblems] = useState<Problems>({});
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [answer, setAnswer] = useState<string | null>(null);
  const refs = useRef<Partial<Record<Field, HTMLInputElement | HTMLTextAreaElement | null>>>({});
  const answerHeadingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (answer) answerHeadingRef.current?.focus();
  }, [answer]);

  const problems: Problems = { ...serverProblems, ...(checked ? checkValues(values) : {}) };

  function change(field: Field, value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
    setServerProblems(({ [field]: _fixed, ...others }) => others);
  }

  function focusField(field: Field) {
    refs.current[field]?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setChecked(true);
    setProblem(null);
    const found = checkValues(values);
    const firstInvalid = FIELDS.find((field) => found[field]);
    if (firstInvalid) {
      focusField(firstInvalid);
      return;
    }

    setSubmitting(true);
    try {
      const { data } = await requestAccess({
        variables: {
          input: {
            accountNumber: values.accountNumber.trim() || null,
            firstName: values.firstName.trim(),
            lastName: values.lastName.trim(),
            email: values.email.trim(),
            message: values.message.trim() || null,
          },
        },
      });
      const payload = data?.requestAccess;
      if (payload?.ok) {
        setAnswer(
          payload.message ??
            'Thank you. If your organization uses Foyer, its administrators will review your request.',
        );
        return;
      }
      const error = payload?.error;
      const message = error?.message ?? 'Your request could not be sent. Please try again.';
      const field = asField(error?.field);
      if (field) {
        setServerProblems({ [field]: { message, hint: error?.hint } });
        focusField(field);
      } else {
        setProblem({ message, hint: error?.hint });
      }
    } catch {
      setProblem({
        message: 'Foyer is not answering right now.',
        hint: 'Check your connection and try again in a moment. Nothing was sent.',
      });
    } finally {
      setSubmitting(false);
    }
  }

  const headingId = 'request-access-heading';

  if (answer) {
    return (
      <AuthCard labelledBy={headingId} size="wide">
        <title>Request sent · Foyer</title>
        <div role="status">
          <h1 id={headingId} ref={answerHeadingRef} tabIndex={-1}>
            Request sent
          </h1>
          <p className="request-access__answer">{answer}</p>
        </div>
        <p className="auth-card__alt">
          <Link to={SIGN_IN_PATH}>Back to sign in</Link>
        </p>
      </AuthCard>
    );
  }

  const fieldRef = (field: Field) => (element: HTMLInputElement | HTMLTextAreaElement | null) => {
    refs.current[field] = element;
  };

  return (
    <AuthCard labelledBy={headingId} size="wide">
      <title>Request access · Foyer</title>
      <h1 id={headingId}>Request access</h1>
      <p className="form__intro">
        Tell us who you are and your organization&rsquo;s administrators will be asked to let you
        in. You will hear back by e-mail.
      </p>
      <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <FormField
          label="Account number"
          labelNote="optional"
          description="Your organization’s Foyer account number, if you know it — or we match your e-mail’s domain."
          problem={problems.accountNumber}
        >
          {(control) => (
            <input
              {...control}
              ref={fieldRef('accountNumber')}
              name="accountNumber"
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={values.accountNumber}
              onChange={(event) => change('accountNumber', event.target.value)}
            />
          )}
        </FormField>
        <div className="form__row">
          <FormField label="First name" problem={problems.firstName}>
            {(control) => (
              <input
                {...control}
                ref={fieldRef('firstName')}
                name="firstName"
                type="text"
                autoComplete="given-name"
                required
                value={values.firstName}
                onChange={(event) => change('firstName', event.target.value)}
              />
            )}
          </FormField>
          <FormField label="Last name" problem={problems.lastName}>
            {(control) => (
              <input
                {...control}
                ref={fieldRef('lastName')}
                name="lastName"
                type="text"
                autoComplete="family-name"
                required
                value={values.lastName}
                onChange={(event) => change('lastName', event.target.value)}
              />
            )}
          </FormField>
        </div>
        <FormField
          label="Work e-mail"
          description="The answer, and your invitation if approved, go to this address."
          problem={problems.email}
        >
          {(control) => (
            <input
              {...control}
              ref={fieldRef('email')}
              name="email"
              type="email"
              autoComplete="email"
              required
              value={values.email}
              onChange={(event) => change('email', event.target.value)}
            />
          )}
        </FormField>
        <FormField
          label="Message"
          labelNote="optional"
          description="Anything your administrators should know, such as your team or why you need access."
          problem={problems.message}
        >
          {(control) => (
            <textarea
              {...control}
              ref={fieldRef('message')}
              name="message"
              rows={4}
              value={values.message}
              onChange={(event) => change('message', event.target.value)}
            />
          )}
        </FormField>
        <FormProblem problem={problem} />
        <button type="submit" className="button button--primary" disabled={submitting}>
          {submitting ? 'Sending…' : 'Send request'}
        </button>
      </form>
      <p className="auth-card__alt">
        Already have a sign-in? <Link to={SIGN_IN_PATH}>Back to sign in</Link>
      </p>
    </AuthCard>
  );
}

function checkValues(values: Values): Problems {
  const problems: Problems = {};
  if (values.accountNumber.trim().length > MAX_ACCOUNT_NUMBER_LENGTH) {
    problems.accountNumber = {
      message: `The account number is too long (${MAX_ACCOUNT_NUMBER_LENGTH} characters at most). Leave it empty if you do not know it.`,
    };
  }
  const firstName = values.firstName.trim();
  if (!firstName || firstName.length > MAX_NAME_LENGTH) {
    problems.firstName = {
      message: `Enter your first name (up to ${MAX_NAME_LENGTH} characters).`,
    };
  }
  const lastName = values.lastName.trim();
  if (!lastName || lastName.length > MAX_NAME_LENGTH) {
    problems.lastName = { message: `Enter your last name (up to ${MAX_NAME_LENGTH} characters).` };
  }
  const email = values.email.trim();
  if (!email) {
    problems.email = { message: 'Enter your work e-mail address.' };
  } else if (!/^[^\s@]+@[^\s@]+$/.test(email)) {
    problems.email = { message: 'Enter a valid e-mail address, like name@example.com.' };
  }
  if (values.message.trim().length > MAX_MESSAGE_LENGTH) {
    problems.message = {
      message: `Shorten the message to ${MAX_MESSAGE_LENGTH} characters or fewer (${values.message.trim().length} now).`,
    };
  }
  return problems;
}

/** The server names input fields as the input class does, sometimes under `input.`. */
function asField(field: string | null | undefined): Field | undefined {
  const name = field?.replace(/^input\./, '');
  return FIELDS.find((candidate) => candidate === name);
}
