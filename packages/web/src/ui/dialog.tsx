import type { ReactNode } from 'react';
import {
  Dialog as AriaDialog,
  Heading,
  Modal as AriaModal,
  ModalOverlay,
} from 'react-aria-components';

export interface DialogProps {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  title: string;
  /** 'alertdialog' for a question that interrupts (are you sure?). */
  role?: 'dialog' | 'alertdialog';
  /** Wider for a form of several fields. */
  size?: 'small' | 'medium' | 'large';
  /** Escape and a click outside close it, unless something is in flight. */
  isDismissable?: boolean;
  children: ReactNode | ((close: () => void) => ReactNode);
}

/**
 * A modal dialog on React Aria's: focus moves in and stays in, the page behind is hidden from
 * screen readers, Escape closes it, and focus returns to what opened it.
 */
export function Dialog({
  isOpen,
  onOpenChange,
  title,
  role = 'dialog',
  size = 'medium',
  isDismissable = true,
  children,
}: DialogProps) {
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      isDismissable={isDismissable}
      isKeyboardDismissDisabled={!isDismissable}
    >
      <AriaModal className={`modal modal--${size}`}>
        <AriaDialog className="dialog" role={role}>
          {({ close }) => (
            <>
              <Heading slot="title" className="dialog__title">
                {title}
              </Heading>
              {typeof children === 'function' ? children(close) : children}
            </>
          )}
        </AriaDialog>
      </AriaModal>
    </ModalOverlay>
  );
}
