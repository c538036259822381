import { useId, type ReactNode } from 'react';

/** What a form says about one field: the problem, and what to do about it. */
export interface FieldProblem {
  message: string;
  hint?: string | null;
}

/** Props the field hands to its control, so label, description and error stay wired up. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface FormFieldProps {
  label: string;
  /** Shown after the label in lighter text, e.g. "optional". */
  labelNote?: string;
  /** Help that applies before anything goes wrong, read out with the field. */
  description?: ReactNode;
  problem?: FieldProblem | null;
  /** Ids of text outside the field that also describes it (an intro paragraph). */
  describedBy?: string;
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * Label, control, description and error of one field. The error is tied to the control with
 * aria-describedby and aria-invalid, so focusing the field reads out what is wrong with it.
 */
export function FormField({
  label,
  labelNote,
  description,
  problem,
  describedBy,
  children,
}: FormFieldProps) {
  const id = useId();
  const descriptionId = `${id}-description`;
  const problemId = `${id}-problem`;
  const describedByIds = [
    describedBy,
    problem ? problemId : undefined,
    description ? descriptionId : undefined,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div className="form__field">
      <label htmlFor={id}>
        {label}
        {labelNote ? <span className="form__label-note"> ({labelNote})</span> : null}
      </label>
      {description ? (
        <p id={descriptionId} className="form__field-description">
          {description}
        </p>
      ) : null}
      {children({
        id,
        'aria-invalid': problem ? true : undefined,
        'aria-describedby': describedByIds || undefined,
      })}
      {problem ? (
        <div id={problemId} className="form__field-problem">
          <p className="form__field-problem-message">{problem.message}</p>
          {problem.hint ? <p className="form__field-problem-hint">{problem.hint}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
