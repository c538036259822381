import type { ReactNode, Ref } from 'react';
import {
  FieldError,
  Input,
  Label,
  Text,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components';
import type { FieldProblem } from './form-field';

export interface TextFieldProps extends Omit<
  AriaTextFieldProps,
  'className' | 'isInvalid' | 'validationBehavior' | 'children'
> {
  label: string;
  /** Shown after the label in lighter text, e.g. "optional". */
  labelNote?: string;
  description?: ReactNode;
  /** What is wrong with the value, from the form's own checks or from the server. */
  problem?: FieldProblem | null;
  inputRef?: Ref<HTMLInputElement>;
  placeholder?: string;
}

/**
 * Label, input, description and problem of one text field, wired together by React Aria: the
 * problem is announced with the field and marks it invalid. Validation is the form's (and the
 * server's) to decide, so the browser's own bubbles stay out of the way.
 */
export function TextField({
  label,
  labelNote,
  description,
  problem,
  inputRef,
  placeholder,
  ...props
}: TextFieldProps) {
  return (
    <AriaTextField
      {...props}
      className="form__field"
      isInvalid={Boolean(problem)}
      validationBehavior="aria"
    >
      {/* The note stays outside the label, so the field's name is just its label. */}
      <span className="form__label-row">
        <Label>{label}</Label>
        {labelNote ? <span className="form__label-note">({labelNote})</span> : null}
      </span>
      {description ? (
        <Text slot="description" className="form__field-description">
          {description}
        </Text>
      ) : null}
      <Input ref={inputRef} placeholder={placeholder} />
      <FieldError className="form__field-problem" elementType="div">
        {problem ? (
          <>
            <span className="form__field-problem-message">{problem.message}</span>
            {problem.hint ? <span className="form__field-problem-hint">{problem.hint}</span> : null}
          </>
        ) : null}
      </FieldError>
    </AriaTextField>
  );
}
