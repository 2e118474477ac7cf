/** The `performance.mark` set when the first wizard screen (a workshop form with its data) is on screen. */
export const firstWizardRenderMark = 'elan:first-wizard-render';

/**
 * Marks, once per page load, the moment the first workshop form is painted: the benchmark reads it (time from
 * navigation to the first usable wizard screen). The next animation frame is after the commit has been painted.
 */
export function markFirstWizardRender(): void {
  if (typeof performance === 'undefined' || typeof requestAnimationFrame === 'undefined') return;
  if (performance.getEntriesByName(firstWizardRenderMark).length > 0) return;
  requestAnimationFrame(() => {
    if (performance.getEntriesByName(firstWizardRenderMark).length === 0) performance.mark(firstWizardRenderMark);
  });
}
