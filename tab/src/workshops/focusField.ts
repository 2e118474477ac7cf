/**
 * Moves focus to the control for a DOM id: the element itself when it can take focus, otherwise the first
 * control inside it (a list, a radio group). Scrolls it into view either way.
 */
export function focusField(domId: string): void {
  const element = document.getElementById(domId);
  if (!element) return;
  const focusable = element.matches('input, textarea, select, button')
    ? element
    : element.querySelector<HTMLElement>('input:not([disabled]), textarea, select:not([disabled]), button:not([disabled])');
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  focusable?.focus({ preventScroll: true });
}
