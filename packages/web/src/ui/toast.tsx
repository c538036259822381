import {
  Button as AriaButton,
  Text,
  UNSTABLE_Toast as AriaToast,
  UNSTABLE_ToastContent as ToastContent,
  UNSTABLE_ToastQueue as ToastQueue,
  UNSTABLE_ToastRegion as AriaToastRegion,
} from 'react-aria-components';

export interface ToastContentValue {
  title: string;
  description?: string;
  tone?: 'success' | 'error';
}

/**
 * One queue for the whole app: a page reports what a change did here, and the layout's region
 * shows it, so the message survives the page navigating away (after a delete, say).
 */
export const toastQueue = new ToastQueue<ToastContentValue>({ maxVisibleToasts: 3 });

/** Long enough to read two sentences; React Aria pauses the timer while hovered or focused. */
const TOAST_TIMEOUT_MS = 8000;

export function notify(content: ToastContentValue): void {
  toastQueue.add({ tone: 'success', ...content }, { timeout: TOAST_TIMEOUT_MS });
}

/** Where notifications appear: a landmark (F6 reaches it) whose toasts are announced politely. */
export function ToastRegion() {
  return (
    <AriaToastRegion queue={toastQueue} className="toast-region" aria-label="Notifications">
      {({ toast }) => (
        <AriaToast toast={toast} className={`toast toast--${toast.content.tone ?? 'success'}`}>
          <ToastContent className="toast__content">
            <Text slot="title" className="toast__title">
              {toast.content.title}
            </Text>
            {toast.content.description ? (
              <Text slot="description" className="toast__description">
                {toast.content.description}
              </Text>
            ) : null}
          </ToastContent>
          <AriaButton slot="close" className="toast__close" aria-label="Dismiss notification">
            <span aria-hidden="true">×</span>
          </AriaButton>
        </AriaToast>
      )}
    </AriaToastRegion>
  );
}
