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
    keepFocus(element);
    element.scrollIntoView({ block: 'center' });
    element.classList.add('search-revealed');
    setTimeout(() => element.classList.remove('search-revealed'), 2500);
  };
  requestAnimationFrame(attempt);
}

const SETTLE_MS = 600;

/**
 * The screen that just opened may move focus to its own heading or to the main region once its
 * effects run; the item the member asked for wins, unless the member has moved on themselves.
 */
function keepFocus(element: HTMLElement): void {
  const until = performance.now() + SETTLE_MS;
  let moved = false;
  const byMember = () => (moved = true);
  const onFocus = (event: FocusEvent) => {
    const target = event.target;
    if (moved || performance.now() > until || !(target instanceof HTMLElement) || target === element) return;
    // Only the focus a screen gives itself (its heading or main region) is taken back.
    if (target.tabIndex === -1 && element.isConnected) element.focus({ preventScroll: true });
  };
  document.addEventListener('focusin', onFocus);
  document.addEventListener('keydown', byMember, { once: true });
  document.addEventListener('pointerdown', byMember, { once: true });
  setTimeout(() => {
    document.removeEventListener('focusin', onFocus);
    document.removeEventListener('keydown', byMember);
    document.removeEventListener('pointerdown', byMember);
  }, SETTLE_MS);
}
