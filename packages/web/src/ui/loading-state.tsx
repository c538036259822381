export interface LoadingStateProps {
  label: string;
}

/** A polite status message; screen readers announce it without stealing focus. */
export function LoadingState({ label }: LoadingStateProps) {
  return (
    <div className="loading-state" role="status">
      <span className="loading-state__spinner" aria-hidden="true" />
      {label}
    </div>
  );
}
