export interface ErrorStateProps {
  title: string;
  message: string;
  /** Offered when repeating the same request has a fair chance of working. */
  onRetry?: () => void;
}

export function ErrorState({ title, message, onRetry }: ErrorStateProps) {
  return (
    <div className="error-state" role="alert">
      <h2 className="error-state__title">{title}</h2>
      <p>{message}</p>
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

/** The usual failure to load something: the server did not answer as expected, try again. */
export function LoadFailed({ what, onRetry }: { what: string; onRetry: () => Promise<unknown> }) {
  return (
    <ErrorState
      title={`${what} could not be loaded`}
      message="Foyer did not answer as expected. Check your connection, then try again."
      onRetry={() => void onRetry().catch(() => undefined)}
    />
  );
}
