import { useId, type ReactNode, type Ref } from 'react';
import type { FieldProblem } from './form-field';

export interface SelectOption<T extends string = string> {
  value: T;
  label: string;
}

export interface SelectFieldProps<T extends string> {
  label: string;
  labelNote?: string;
  value: T;
  options: readonly SelectOption<T>[];
  onChange: (value: T) => void;
  description?: ReactNode;
  problem?: FieldProblem | null;
  name?: string;
  isDisabled?: boolean;
  selectRef?: Ref<HTMLSelectElement>;
  /** Label beside the control instead of above it (toolbars). */
  inline?: boolean;
}

/**
 * A native <select>: every browser and screen reader knows it, phones open their own picker, and
 * a short fixed list (a role, a status, a language) needs nothing more.
 */
export function SelectField<T extends string>({
  label,
  labelNote,
  value,
  options,
  onChange,
  description,
  problem,
  name,
  isDisabled,
  selectRef,
  inline = false,
}: SelectFieldProps<T>) {
  const id = useId();
  const descriptionId = description ? `${id}-description` : undefined;
  const problemId = problem ? `${id}-problem` : undefined;
  const describedBy = [problemId, descriptionId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={inline ? 'form__field form__field--inline' : 'form__field'}>
      {/* The note stays outside the label, so the field's name is just its label. */}
      <span className="form__label-row">
        <label htmlFor={id}>{label}</label>
        {labelNote ? <span className="form__label-note">({labelNote})</span> : null}
      </span>
      {description ? (
        <p id={descriptionId} className="form__field-description">
          {description}
        </p>
      ) : null}
      <span className="select">
        <select
          ref={selectRef}
          id={id}
          name={name}
          value={value}
          disabled={isDisabled}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value as T)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </span>
      {problem ? (
        <div id={problemId} className="form__field-problem">
          <p className="form__field-problem-message">{problem.message}</p>
          {problem.hint ? <p className="form__field-problem-hint">{problem.hint}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
