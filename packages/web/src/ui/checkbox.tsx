import { useId, type ReactNode } from 'react';
import { Checkbox as AriaCheckbox } from 'react-aria-components';

export interface CheckboxProps {
  /** The checkbox's name, read out and clickable. */
  children: ReactNode;
  isSelected: boolean;
  onChange: (isSelected: boolean) => void;
  /** A sentence under the label saying what ticking it does. */
  description?: ReactNode;
  name?: string;
  isDisabled?: boolean;
}

export function Checkbox({
  children,
  isSelected,
  onChange,
  description,
  name,
  isDisabled,
}: CheckboxProps) {
  const descriptionId = useId();
  return (
    <div className="checkbox-field">
      <AriaCheckbox
        className="checkbox"
        isSelected={isSelected}
        onChange={onChange}
        name={name}
        isDisabled={isDisabled}
        aria-describedby={description ? descriptionId : undefined}
      >
        <span className="checkbox__box" aria-hidden="true">
          <svg viewBox="0 0 18 18" className="checkbox__check">
            <polyline points="3.5 9.5 7.5 13 14.5 5" />
          </svg>
        </span>
        <span className="checkbox__label">{children}</span>
      </AriaCheckbox>
      {description ? (
        <p id={descriptionId} className="checkbox-field__description">
          {description}
        </p>
      ) : null}
    </div>
  );
}
