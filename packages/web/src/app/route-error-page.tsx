import { isRouteErrorResponse, useRouteError } from 'react-router';

/**
 * Last line of defence for rendering errors. The usual cause in production is a page chunk that
 * no longer exists after a deploy, which a reload fixes.
 */
export function RouteErrorPage() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : null;

  return (
    <div className="page-center">
      <div className="error-state" role="alert">
        <h1 className="error-state__title">Something went wrong</h1>
        <p>This page could not be shown. Reloading usually helps.</p>
        {detail ? <p className="muted">{detail}</p> : null}
        <button
          type="button"
          className="button button--primary"
          onClick={() => window.location.reload()}
        >
          Reload
        </button>
      </div>
    </div>
  );
}
