import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { LoadingState } from '../ui/loading-state';
import { AppLayout } from './app-layout';
import { SIGN_IN_PATH } from './paths';
import { RouteErrorPage } from './route-error-page';

// Each page is its own chunk: a person signing in downloads the form, not the portal behind it.
const SignInPage = lazy(() =>
  import('../features/auth/sign-in-page').then((module) => ({ default: module.SignInPage })),
);
const HomePage = lazy(() =>
  import('../features/home/home-page').then((module) => ({ default: module.HomePage })),
);
const NotFoundPage = lazy(() =>
  import('./not-found-page').then((module) => ({ default: module.NotFoundPage })),
);

export const appRoutes: RouteObject[] = [
  {
    errorElement: <RouteErrorPage />,
    children: [
      {
        path: SIGN_IN_PATH,
        element: (
          <Suspense
            fallback={
              <div className="page-center">
                <LoadingState label="Loading…" />
              </div>
            }
          >
            <SignInPage />
          </Suspense>
        ),
      },
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
