import { useEffect, type RefObject } from 'react';

/**
 * Code blocks and tables scroll sideways when they are wider than the page (a phone, a long
 * command line). A region that scrolls must be reachable from the keyboard, or its hidden part
 * cannot be read without a mouse; this makes each one that overflows focusable (arrow keys then
 * scroll it), and takes that back when it no longer overflows.
 */
export function useKeyboardScrolling(ref: RefObject<HTMLElement | null>, content: unknown) {
  useEffect(() => {
    const root = ref.current;
    if (!root) return undefined;
    const update = () => {
      for (const element of Array.from(root.querySelectorAll<HTMLElement>('pre, table'))) {
        const overflows = element.scrollWidth > element.clientWidth + 1;
        if (overflows && !element.hasAttribute('tabindex')) {
          element.tabIndex = 0;
          element.dataset.keyboardScroll = '';
        } else if (!overflows && element.dataset.keyboardScroll !== undefined) {
          element.removeAttribute('tabindex');
          delete element.dataset.keyboardScroll;
        }
      }
    };
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [ref, content]);
}
