import { useEffect } from 'react';

/**
 * While changes are only in this window, closing or reloading the tab asks first (the browser's
 * own "Leave site?" prompt). Web only: in the desktop app a refused unload would silently keep
 * the window open.
 */
export function useLeaveGuard(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [active]);
}
