/**
 * Whether closing or reloading the tab now would make the browser ask first: a page asks by
 * cancelling the beforeunload event.
 */
export function leavingAsksFirst(): boolean {
  return !window.dispatchEvent(new Event('beforeunload', { cancelable: true }));
}
