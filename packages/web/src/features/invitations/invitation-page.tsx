import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { MIN_PASSWORD_LENGTH, normalizeEmail } from '@foyer/shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { Link, useNavigate, useParams } from 'react-router';
import { findGraphQLError, type ExplainedError } from '../../app/graphql-errors';
import { HOME_PATH, SIGN_IN_PATH } from '../../app/paths';
import { graphql } from '../../gql';
import { AppLayout_ViewerDocument, type InvitationPage_InvitationQuery } from '../../gql/graphql';
import { AuthCard } from '../../ui/auth-card';
import { DateTime } from '../../ui/date-time';
import { ErrorState } from '../../ui/error-state';
import { FormField, type FieldProblem } from '../../ui/form-field';
import { FormProblem } from '../../ui/form-problem';
import { LoadingState } from '../../ui/loading-state';

// The viewer comes with the preview: whether someone is signed in, and as whom, decides what the
// page asks for. Looking at the preview does not use the link up.
const InvitationPageQuery = graphql(`
  query InvitationPage_invitation($token: String!) {
    invitation(token: $token) {
      email
      firstName
      lastName
      organizationName
      invitedByName
      expiresAt
      accountExists
    }
    viewer {
      id
      email
      displayName
    }
  }
`);

const AcceptInvitationMutation = graphql(`
  mutation InvitationPage_accept($token: String!, $password: String) {
    acceptInvitation(token: $token, password: $password) {
      viewer {
        id
        displayName
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

const SignOutMutation = graphql(`
  mutation InvitationPage_signOut {
    signOut {
      ok
      error {
        code
        message
        hint
      }
    }
  }
`);

type Preview = InvitationPage_InvitationQuery['invitation'];
type Viewer = NonNullable<InvitationPage_InvitationQuery['viewer']>;

const NOT_ANSWERING: FieldProblem = {
  message: 'Foyer is not answering right now.',
  hint: 'Check your connection and try again in a moment. The link stays valid until it expires.',
};

/**
 * Where the one-time link of an invitation e-mail lands. Public: the person may have no sign-in
 * yet, may be signed out, or may be signed in already (as the invited address or another one).
 */
export function InvitationPage() {
  const { token = '' } = useParams();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signingIn, setSigningIn] = useState(false);

  async function enterPortal() {
    // The page and its queries go first: emptying the cache under them would refetch a link that
    // has just been used up and flash the "no longer valid" page.
    flushSync(() => setSigningIn(true));
    try {
      // Nothing cached for an earlier session may show through; the viewer is then fetched once
      // so the signed-in layout renders from the cache.
      await client.clearStore();
      await client.query({ query: AppLayout_ViewerDocument, fetchPolicy: 'network-only' });
    } catch {
      // The layout asks again and explains a failure itself.
    }
    await navigate(HOME_PATH, { replace: true });
  }

  if (signingIn) {
    return (
      <AuthCard>
        <title>Signing you in · Foyer</title>
        <LoadingState label="Signing you in…" />
      </AuthCard>
    );
  }

  return <Invitation token={token} onAccepted={enterPortal} />;
}

interface InvitationProps {
  token: string;
  onAccepted: () => Promise<void>;
}

function Invitation({ token, onAccepted }: InvitationProps) {
  const { data, loading, error, refetch } = useQuery(InvitationPageQuery, {
    variables: { token },
  });
  const [justSignedOut, setJustSignedOut] = useState(false);
  // The server can know better than the page: the same address may belong to another sign-in.
  const [wrongAccount, setWrongAccount] = useState<FieldProblem | null>(null);

  if (loading && !data) {
    return (
      <AuthCard>
        <title>Invitation · Foyer</title>
        <LoadingState label="Opening your invitation…" />
      </AuthCard>
    );
  }

  if (error) {
    const invalid = findGraphQLError(error, 'INVITATION_INVALID');
    if (invalid) return <InvalidInvitation problem={invalid} />;
    return (
      <AuthCard>
        <title>Invitation · Foyer</title>
        <ErrorState
          title="Your invitation could not be opened"
          message="Foyer did not answer as expected. Check your connection, then try again."
          onRetry={() => void refetch().catch(() => undefined)}
        />
      </AuthCard>
    );
  }

  if (!data) return null;
  const preview = data.invitation;
  const viewer = data.viewer;
  const headingId = 'invitation-heading';
  const signedInAsInvited = viewer ? sameEmail(viewer.email, preview.email) : false;

  return (
    <AuthCard labelledBy={headingId} size="medium">
      <title>{`Join ${preview.organizationName} · Foyer`}</title>
      <h1 id={headingId} className="invitation__heading">
        {preview.invitedByName
          ? `${preview.invitedByName} invited you to join ${preview.organizationName}`
          : `You are invited to join ${preview.organizationName}`}
      </h1>
      <dl className="invitation__summary">
        <div className="invitation__summary-row">
          <dt>Invitation for</dt>
          <dd>{preview.email}</dd>
        </div>
        <div className="invitation__summary-row">
          <dt>Link expires</dt>
          <dd>
            <DateTime value={preview.expiresAt} />
          </dd>
        </div>
      </dl>
      {viewer && (!signedInAsInvited || wrongAccount) ? (
        <SignedInAsSomeoneElse
          viewer={viewer}
          preview={preview}
          explanation={wrongAccount}
          onSignedOut={() => {
            setWrongAccount(null);
            setJustSignedOut(true);
          }}
        />
      ) : (
        <AcceptForm
          token={token}
          preview={preview}
          signedIn={signedInAsInvited}
          focusOnMount={justSignedOut}
          onAccepted={onAccepted}
          onWrongAccount={setWrongAccount}
        />
      )}
    </AuthCard>
  );
}

type Mode = 'signed-in' | 'existing-account' | 'new-account';

interface AcceptFormProps {
  token: string;
  preview: Preview;
  /** Signed in as the invited address: accepting needs no password. */
  signedIn: boolean;
  focusOnMount: boolean;
  onAccepted: () => Promise<void>;
  /** The server refused the signed-in account: the page offers to sign out instead. */
  onWrongAccount: (problem: FieldProblem) => void;
}

interface PasswordValues {
  password: string;
  confirmation: string;
}

type PasswordProblems = Partial<Record<keyof PasswordValues, FieldProblem>>;

function AcceptForm({
  token,
  preview,
  signedIn,
  focusOnMount,
  onAccepted,
  onWrongAccount,
}: AcceptFormProps) {
  const mode: Mode = signedIn
    ? 'signed-in'
    : preview.accountExists
      ? 'existing-account'
      : 'new-account';
  const [accept] = useMutation(AcceptInvitationMutation);
  const [values, setValues] = useState<PasswordValues>({ password: '', confirmation: '' });
  // Client-side checks show once the person has tried to submit, then follow what they type.
  const [checked, setChecked] = useState(false);
  const [serverFieldProblem, setServerFieldProblem] = useState<FieldProblem | null>(null);
  const [problem, setProblem] = useState<(FieldProblem & { code?: string }) | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmationRef = useRef<HTMLInputElement>(null);
  const acceptRef = useRef<HTMLButtonElement>(null);
  const introId = useId();

  useEffect(() => {
    if (!focusOnMount) return;
    (passwordRef.current ?? acceptRef.current)?.focus();
  }, [focusOnMount]);

  const clientProblems = checked ? checkPasswords(mode, values) : {};
  const problems: PasswordProblems = {
    ...clientProblems,
    password: clientProblems.password ?? serverFieldProblem ?? undefined,
  };

  function change(field: keyof PasswordValues, value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
    if (field === 'password') setServerFieldProblem(null);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setChecked(true);
    setProblem(null);
    const found = checkPasswords(mode, values);
    if (found.password) {
      passwordRef.current?.focus();
      return;
    }
    if (found.confirmation) {
      confirmationRef.current?.focus();
      return;
    }

    setSubmitting(true);
    let accepted = false;
    try {
      const { data } = await accept({
        variables: { token, password: mode === 'signed-in' ? null : values.password },
      });
      const payload = data?.acceptInvitation;
      if (payload?.viewer) {
        accepted = true;
      } else {
        const error = payload?.error;
        const message =
          error?.message ?? 'Accepting the invitation did not work. Please try again.';
        if (error?.code === 'INVITATION_EMAIL_MISMATCH' && mode === 'signed-in') {
          onWrongAccount({ message, hint: error.hint });
        } else if (error?.field === 'password' && mode !== 'signed-in') {
          setServerFieldProblem({ message, hint: error.hint });
          passwordRef.current?.focus();
          passwordRef.current?.select();
        } else {
          setProblem({ code: error?.code, message, hint: error?.hint });
        }
      }
    } catch {
      setProblem(NOT_ANSWERING);
    } finally {
      if (!accepted) setSubmitting(false);
    }
    if (accepted) await onAccepted();
  }

  const problemAction =
    problem?.code === 'INVITATION_INVALID' ? <Link to={SIGN_IN_PATH}>Go to sign in</Link> : null;

  return (
    <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      {mode === 'signed-in' ? (
        <p id={introId} className="form__intro">
          You are signed in as <strong>{preview.email}</strong>. Accepting adds{' '}
          {preview.organizationName} to your Foyer sign-in.
        </p>
      ) : null}
      {mode === 'existing-account' ? (
        <>
          {/* Lets a password manager offer the saved password for this address. */}
          <UsernameForPasswordManagers email={preview.email} />
          <p id={introId} className="form__intro">
            You already have a Foyer sign-in: enter its password.
          </p>
          <FormField label="Password" problem={problems.password} describedBy={introId}>
            {(control) => (
              <input
                {...control}
                ref={passwordRef}
                name="password"
                type="password"
                autoComplete="current-password"
                required
                value={values.password}
                onChange={(event) => change('password', event.target.value)}
              />
            )}
          </FormField>
        </>
      ) : null}
      {mode === 'new-account' ? (
        <>
          <UsernameForPasswordManagers email={preview.email} />
          <p id={introId} className="form__intro">
            Create your Foyer sign-in: you will use <strong>{preview.email}</strong> and this
            password from now on.
          </p>
          <FormField
            label="Choose a password"
            description={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words are strong and easy to remember.`}
            problem={problems.password}
          >
            {(control) => (
              <input
                {...control}
                ref={passwordRef}
                name="new-password"
                type="password"
                autoComplete="new-password"
                required
                value={values.password}
                onChange={(event) => change('password', event.target.value)}
              />
            )}
          </FormField>
          <FormField label="Confirm password" problem={problems.confirmation}>
            {(control) => (
              <input
                {...control}
                ref={confirmationRef}
                name="confirm-password"
                type="password"
                autoComplete="new-password"
                required
                value={values.confirmation}
                onChange={(event) => change('confirmation', event.target.value)}
              />
            )}
          </FormField>
        </>
      ) : null}
      <FormProblem problem={problem} action={problemAction} />
      <button
        ref={acceptRef}
        type="submit"
        className="button button--primary"
        disabled={submitting}
        aria-describedby={mode === 'signed-in' ? introId : undefined}
      >
        {submitting
          ? 'Accepting…'
          : mode === 'signed-in'
            ? 'Accept and continue'
            : 'Accept invitation'}
      </button>
      {mode === 'existing-account' ? (
        <p className="form__aside">
          Forgot your password? Your company&rsquo;s administrators can help you get back in.
        </p>
      ) : null}
    </form>
  );
}

function checkPasswords(mode: Mode, values: PasswordValues): PasswordProblems {
  if (mode === 'signed-in') return {};
  if (mode === 'existing-account') {
    return values.password ? {} : { password: { message: 'Enter your Foyer password.' } };
  }
  const problems: PasswordProblems = {};
  if (values.password.length < MIN_PASSWORD_LENGTH) {
    problems.password = {
      message: values.password
        ? `Use at least ${MIN_PASSWORD_LENGTH} characters (${values.password.length} so far).`
        : 'Choose a password.',
    };
  }
  if (!values.confirmation) {
    problems.confirmation = { message: 'Enter the password again to confirm it.' };
  } else if (values.confirmation !== values.password) {
    problems.confirmation = { message: 'The two passwords do not match.' };
  }
  return problems;
}

interface SignedInAsSomeoneElseProps {
  viewer: Viewer;
  preview: Preview;
  /** The server's reason, when it refused an account the page took for the invited one. */
  explanation: FieldProblem | null;
  onSignedOut: () => void;
}

/** The server only lets the invited address accept; the way on is to sign out first. */
function SignedInAsSomeoneElse({
  viewer,
  preview,
  explanation,
  onSignedOut,
}: SignedInAsSomeoneElseProps) {
  const client = useApolloClient();
  const [signOut, { loading }] = useMutation(SignOutMutation);
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const headingId = useId();
  const signOutRef = useRef<HTMLButtonElement>(null);

  // Shown in place of the form the person was using: focus follows to the way on.
  useEffect(() => {
    if (explanation) signOutRef.current?.focus();
  }, [explanation]);

  async function handleSignOut() {
    setProblem(null);
    try {
      const { data } = await signOut();
      if (!data?.signOut.ok) {
        const error = data?.signOut.error;
        setProblem({
          message: error?.message ?? 'Signing out did not work. Please try again.',
          hint: error?.hint,
        });
        return;
      }
    } catch {
      setProblem(NOT_ANSWERING);
      return;
    }
    // Refetches the preview and the (now empty) viewer: the page then asks for a password.
    await client.resetStore().catch(() => undefined);
    onSignedOut();
  }

  return (
    <section className="invitation__other-account" aria-labelledby={headingId}>
      <h2 id={headingId}>You are signed in with another address</h2>
      {explanation ? (
        <>
          <p>{explanation.message}</p>
          {explanation.hint ? <p>{explanation.hint}</p> : null}
        </>
      ) : (
        <>
          <p>
            You are signed in as <strong>{viewer.email}</strong>, but this invitation is for{' '}
            <strong>{preview.email}</strong>. Only that address can accept it.
          </p>
          <p>Sign out to continue, then accept the invitation with that address.</p>
        </>
      )}
      <FormProblem problem={problem} />
      <button
        ref={signOutRef}
        type="button"
        className="button button--primary"
        onClick={() => void handleSignOut()}
        disabled={loading}
      >
        {loading ? 'Signing out…' : 'Sign out'}
      </button>
    </section>
  );
}

function InvalidInvitation({ problem }: { problem: ExplainedError }) {
  const headingId = 'invitation-invalid-heading';
  return (
    <AuthCard labelledBy={headingId} size="medium">
      <title>Invitation link not valid · Foyer</title>
      <h1 id={headingId}>This invitation link cannot be used</h1>
      <div className="notice notice--warning">
        <p className="notice__message">{problem.message}</p>
        {problem.hint ? <p className="notice__hint">{problem.hint}</p> : null}
      </div>
      <p className="invitation__next">
        <Link to={SIGN_IN_PATH} className="button button--primary">
          Go to sign in
        </Link>
      </p>
    </AuthCard>
  );
}

/** Lets a password manager save (or offer) the password under the invited address. */
function UsernameForPasswordManagers({ email }: { email: string }) {
  return (
    <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
  );
}

function sameEmail(a: string, b: string): boolean {
  return normalizeEmail(a) === normalizeEmail(b);
}
