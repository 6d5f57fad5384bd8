const WAIT_MS = 2000;

/**
 * Brings the item a result names into view and gives it focus, once its screen has drawn it:
 * screens render after the route changes and after their data loads, so this waits frame by
 * frame (up to a few seconds), then falls back to `fallbackSelector` (the screen's heading).
 */
export function revealElement(itemId: string | undefined, fallbackSelector?: string): void {
  const started = performance.now();
  const attempt = () => {
    const item = itemId === undefined ? null : document.querySelector<HTMLElement>(`[data-search-item="${CSS.escape(itemId)}"]`);
    const fallBack = itemId === undefined || performance.now() - started > WAIT_MS;
    const element = item ?? (fallBack && fallbackSelector ? document.querySelector<HTMLElement>(fallbackSelector) : null);
    if (!element) {
      if (performance.now() - started <= WAIT_MS + 100) requestAnimationFrame(attempt);
      return;
    }
    // A position sits in a collapsed history: open what hides it.
    for (let parent = element.parentElement; parent; parent = parent.parentElement) if (parent instanceof HTMLDetailsElement) parent.open = true;
    if (!element.hasAttribute('tabindex') && element.tabIndex < 0) element.tabIndex = -1;
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: 'center' });
    element.classList.add('search-revealed');
    setTimeout(() => element.classList.remove('search-revealed'), 2500);
  };
  requestAnimationFrame(attempt);
}
