import { useApolloClient, useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { HELP_PATH, REQUEST_ACCESS_PATH, safeReturnPath } from '../../app/paths';
import { graphql } from '../../gql';
import { AppLayout_ViewerDocument } from '../../gql/graphql';

const SignInMutation = graphql(`
  mutation SignInPage_signIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
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

interface SignInProblem {
  message: string;
  hint?: string | null;
  field?: 'email' | 'password';
}

export function SignInPage() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [signIn] = useMutation(SignInMutation);
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<SignInProblem | null>(null);
  const [values, setValues] = useState({ email: '', password: '' });
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const ids = { email: useId(), password: useId(), problem: useId() };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Stray spaces around a pasted address are not the person's fault; a password is sent as typed.
    const email = values.email.trim();
    const { password } = values;

    setSubmitting(true);
    setProblem(null);
    try {
      const { data } = await signIn({ variables: { email, password } });
      const payload = data?.signIn;
      if (!payload?.viewer) {
        const error = payload?.error;
        const field = asFormField(error?.field);
        setProblem({
          message: error?.message ?? 'Signing in did not work. Please try again.',
          hint: error?.hint,
          field,
        });
        if (field === 'email') emailRef.current?.focus();
        if (field === 'password') passwordRef.current?.select();
        return;
      }
      // Nothing cached for an earlier session may show through; then the viewer is fetched once
      // so the signed-in layout renders from the cache without a loading flash.
      await client.clearStore();
      await client.query({ query: AppLayout_ViewerDocument, fetchPolicy: 'network-only' });
      await navigate(safeReturnPath(location.state), { replace: true });
    } catch {
      setProblem({
        message: 'Foyer is not answering right now.',
        hint: 'Check your connection and try again in a moment.',
      });
    } finally {
      setSubmitting(false);
    }
  }

  const describedBy = (field: SignInProblem['field']) =>
    problem && (problem.field === field || !problem.field) ? ids.problem : undefined;

  return (
    <div className="auth-page">
      <title>Sign in · Foyer</title>
      <main className="auth-card" aria-labelledby="sign-in-heading">
        <p className="auth-card__brand">Foyer</p>
        <h1 id="sign-in-heading">Sign in</h1>
        <form className="form" onSubmit={(event) => void handleSubmit(event)}>
          <div className="form__field">
            <label htmlFor={ids.email}>E-mail</label>
            <input
              ref={emailRef}
              id={ids.email}
              name="email"
              type="email"
              autoComplete="username"
              required
              value={values.email}
              onChange={(event) => setValues({ ...values, email: event.target.value })}
              aria-invalid={problem?.field === 'email' ? true : undefined}
              aria-describedby={describedBy('email')}
            />
          </div>
          <div className="form__field">
            <label htmlFor={ids.password}>Password</label>
            <input
              ref={passwordRef}
              id={ids.password}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={values.password}
              onChange={(event) => setValues({ ...values, password: event.target.value })}
              aria-invalid={problem?.field === 'password' ? true : undefined}
              aria-describedby={describedBy('password')}
            />
          </div>
          {/* Always rendered, so assistive technology is already watching it when text arrives. */}
          <div id={ids.problem} className="form__problem" aria-live="assertive" aria-atomic="true">
            {problem ? (
              <div className="form__problem-box">
                <p className="form__problem-message">{problem.message}</p>
                {problem.hint ? <p className="form__problem-hint">{problem.hint}</p> : null}
              </div>
            ) : null}
          </div>
          <button type="submit" className="button button--primary" disabled={submitting}>
            {submitting ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
        <section className="auth-card__help" aria-labelledby="sign-in-help-heading">
          <h2 id="sign-in-help-heading">Trouble signing in?</h2>
          <p>
            Your company&rsquo;s administrators can re-send your invitation or restore your access.
            Your account manager and our support team can help as well.
          </p>
          <p>
            <Link to={HELP_PATH}>Who can help, and how to reach support</Link>
          </p>
        </section>
        <p className="auth-card__alt">
          No access yet? <Link to={REQUEST_ACCESS_PATH}>Request access</Link>
        </p>
      </main>
    </div>
  );
}

function asFormField(field: string | null | undefined): SignInProblem['field'] {
  return field === 'email' || field === 'password' ? field : undefined;
}
