import type { ReactNode } from 'react';

/** One reason an action is blocked or was refused: what is wrong and what to do instead. */
export interface Reason {
  message: string;
  hint?: string | null;
}

export interface RefusalProps<R extends Reason> {
  /** The server's answer, or null before anything was tried. */
  refusal: (Reason & { reasons?: readonly R[] | null }) | null;
  /** A way out beside a reason (a button handing a role over), when there is one. */
  renderFix?: (reason: R) => ReactNode;
  id?: string;
}

/**
 * What the server said when it refused a change: its message and hint, and every further reason
 * it gave. Rendered into a live region that is always present, so the words are announced.
 */
export function Refusal<R extends Reason>({ refusal, renderFix, id }: RefusalProps<R>) {
  // The payload repeats its first reason as the message; listing it again would say it twice.
  const others = (refusal?.reasons ?? []).filter(
    (reason, index) => index > 0 || reason.message !== refusal?.message,
  );
  return (
    <div id={id} className="refusal" role="alert" aria-atomic="true">
      {refusal ? (
        <div className="refusal__box">
          <p className="refusal__message">{refusal.message}</p>
          {refusal.hint ? <p className="refusal__hint">{refusal.hint}</p> : null}
          {others.length > 0 ? (
            <ul className="refusal__reasons">
              {others.map((reason) => (
                <li key={reason.message}>
                  <span className="refusal__reason-message">{reason.message}</span>
                  {reason.hint ? <span className="refusal__hint"> {reason.hint}</span> : null}
                  {renderFix?.(reason)}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/**
 * What a disabled button's aria-describedby should name: the words of each reason (message and
 * hint), not the fix buttons beside them, which have names of their own.
 */
export function reasonIds(id: string, reasons: readonly Reason[]): string | undefined {
  if (reasons.length === 0) return undefined;
  return reasons.map((_, index) => `${id}-${index}`).join(' ');
}

export interface BlockedReasonsProps<R extends Reason> {
  /** Prefix of the ids `reasonIds` gives the disabled button. */
  id: string;
  reasons: readonly R[];
  renderFix?: (reason: R) => ReactNode;
  /**
   * Reasons whose message another action on the page already states: only their hint (what to
   * do for this action) is shown, so the same sentence is not read out twice.
   */
  isStatedElsewhere?: (reason: R) => boolean;
}

/**
 * Why an action is unavailable, shown next to its disabled button before anyone clicks it (the
 * button points at each reason with aria-describedby, see `reasonIds`), each with its fix.
 */
export function BlockedReasons<R extends Reason>({
  id,
  reasons,
  renderFix,
  isStatedElsewhere,
}: BlockedReasonsProps<R>) {
  if (reasons.length === 0) return null;
  return (
    <ul className="blocked-reasons">
      {reasons.map((reason, index) => {
        const fix = renderFix?.(reason);
        return (
          <li key={reason.message} className="blocked-reason">
            <div id={`${id}-${index}`}>
              {isStatedElsewhere?.(reason) && reason.hint ? null : (
                <p className="blocked-reason__message">{reason.message}</p>
              )}
              {reason.hint ? <p className="blocked-reason__hint">{reason.hint}</p> : null}
            </div>
            {fix ? <div className="blocked-reason__fix">{fix}</div> : null}
          </li>
        );
      })}
    </ul>
  );
}
