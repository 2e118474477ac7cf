/**
 * Fluent's dialogs hide the rest of the page from assistive technologies (`aria-hidden` on `#root`) while open,
 * and their focus manager (tabster) gives it back a moment after they close. If the screen that held the dialog
 * goes away in that moment (close, then navigate at once), the attribute stays and the whole app is hidden from
 * screen readers. After a route change, when no dialog is open any more, take it back.
 */
export function releaseStaleModal(root: HTMLElement | null = document.getElementById('root')): boolean {
  if (!root || root.getAttribute('aria-hidden') !== 'true') return false;
  if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return false;
  root.removeAttribute('aria-hidden');
  return true;
}
