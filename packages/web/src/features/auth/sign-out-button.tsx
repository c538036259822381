import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { SIGN_IN_PATH } from '../../app/paths';
import { graphql } from '../../gql';

const SignOutMutation = graphql(`
  mutation SignOutButton_signOut {
    signOut {
      ok
      error {
        code
        message
      }
    }
  }
`);

export function SignOutButton() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut, { loading }] = useMutation(SignOutMutation);
  const [problem, setProblem] = useState<string | null>(null);

  async function handleClick() {
    setProblem(null);
    try {
      const { data } = await signOut();
      const payload = data?.signOut;
      if (!payload?.ok) {
        setProblem(payload?.error?.message ?? 'Signing out did not work. Please try again.');
        return;
      }
    } catch {
      setProblem('Foyer is not answering, so you are still signed in. Please try again.');
      return;
    }
    // Leave the signed-in pages before emptying the cache: cleared while they are still mounted,
    // their queries would refetch for a session that no longer exists.
    await navigate(SIGN_IN_PATH, { replace: true });
    await client.clearStore();
  }

  return (
    <div className="sign-out">
      <button
        type="button"
        className="button button--secondary"
        onClick={() => void handleClick()}
        disabled={loading}
      >
        {loading ? 'Signing out…' : 'Sign out'}
      </button>
      <p className="sign-out__problem" aria-live="polite">
        {problem}
      </p>
    </div>
  );
}
