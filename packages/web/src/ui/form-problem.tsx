import type { ReactNode } from 'react';
import type { FieldProblem } from './form-field';

export interface FormProblemProps {
  id?: string;
  problem: FieldProblem | null;
  /** A way out shown under the hint, such as a link to sign in. */
  action?: ReactNode;
}

/**
 * A form's own problem (not one field's): the server's message and hint. Always rendered, so
 * assistive technology is already watching the live region when text arrives.
 */
export function FormProblem({ id, problem, action }: FormProblemProps) {
  return (
    <div id={id} className="form__problem" aria-live="assertive" aria-atomic="true">
      {problem ? (
        <div className="form__problem-box">
          <p className="form__problem-message">{problem.message}</p>
          {problem.hint ? <p className="form__problem-hint">{problem.hint}</p> : null}
          {action ? <div className="form__problem-action">{action}</div> : null}
        </div>
      ) : null}
    </div>
  );
}
