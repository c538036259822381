import type { Ref } from 'react';
import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

export interface ButtonProps extends Omit<AriaButtonProps, 'className' | 'style' | 'isPending'> {
  variant?: ButtonVariant;
  size?: 'small' | 'medium';
  className?: string;
  ref?: Ref<HTMLButtonElement>;
  /** Its work is under way: it keeps focus, says so (aria-disabled) and ignores presses. */
  isPending?: boolean;
}

/**
 * The portal's button on React Aria's, for press handling that behaves the same for mouse, touch
 * and keyboard.
 *
 * Pending is handled here rather than with React Aria's `isPending`: that one announces the
 * button through a live-region node pointing at the button's id, and a button that disappears
 * when its work is done (a dialog's Confirm) leaves the node pointing at nothing, which
 * accessibility checkers rightly flag. The caller changes the label ("Saving…") instead.
 */
export function Button({
  variant = 'secondary',
  size = 'medium',
  className,
  isPending = false,
  onPress,
  type,
  ...props
}: ButtonProps) {
  return (
    <AriaButton
      {...props}
      // A pending submit button must not submit again, by click or by Enter in a field.
      type={isPending && type === 'submit' ? 'button' : type}
      onPress={isPending ? undefined : onPress}
      aria-disabled={isPending || undefined}
      className={buttonClassName(
        variant,
        size,
        isPending ? `button--pending ${className ?? ''}` : className,
      )}
    />
  );
}

/** For a link that looks like a button (a react-router Link, say). */
export function buttonClassName(
  variant: ButtonVariant = 'secondary',
  size: 'small' | 'medium' = 'medium',
  extra?: string,
): string {
  return ['button', `button--${variant}`, size === 'small' ? 'button--small' : null, extra?.trim()]
    .filter(Boolean)
    .join(' ');
}
