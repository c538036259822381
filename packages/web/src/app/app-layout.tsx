import { useQuery } from '@apollo/client/react';
import { Suspense } from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { SignOutButton } from '../features/auth/sign-out-button';
import { graphql } from '../gql';
import { ErrorState } from '../ui/error-state';
import { LoadingState } from '../ui/loading-state';
import { SIGN_IN_PATH, type SignInLocationState } from './paths';

// The sign-in page fetches this same document after a successful sign-in, so the layout finds the
// new viewer in the cache instead of asking again.
const AppLayoutViewerQuery = graphql(`
  query AppLayout_viewer {
    viewer {
      id
      displayName
    }
  }
`);

/**
 * Frame of every signed-in page. It is also the gate: a visitor without a session never sees a
 * signed-in page, whichever address they opened.
 */
export function AppLayout() {
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(AppLayoutViewerQuery);

  if (loading && !data) {
    return (
      <div className="page-center">
        <LoadingState label="Loading your account…" />
      </div>
    );
  }

  if (error) {
    return (
      <div className="page-center">
        <ErrorState
          title="Foyer is not answering"
          message="We could not check your session. Check your connection, then try again."
          onRetry={() => void refetch().catch(() => undefined)}
        />
      </div>
    );
  }

  const viewer = data?.viewer;
  if (!viewer) {
    const from = `${location.pathname}${location.search}${location.hash}`;
    const state: SignInLocationState = { from };
    return <Navigate to={SIGN_IN_PATH} replace state={state} />;
  }

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to="/" className="app-header__brand">
            Foyer
          </Link>
          <div className="app-header__session">
            <span className="app-header__viewer">
              <span className="visually-hidden">Signed in as </span>
              {viewer.displayName}
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Suspense fallback={<LoadingState label="Loading page…" />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
