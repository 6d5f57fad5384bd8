import { useCallback } from 'react';

const HEIGHT_VARIABLE = '--sticky-bar-height';

/**
 * Keeps the page's scroll-padding equal to the sticky save/sync bar's height, so a control that
 * gets focus (by Tab, or scrolled to) stops below the bar instead of under it. The bar's height
 * changes with its content (a save failure adds a paragraph and a button), hence the observer.
 * A callback ref: the bar is a new element when the screen under it changes.
 */
export function useStickyBarHeight(): (bar: HTMLElement | null) => (() => void) | undefined {
  return useCallback((bar: HTMLElement | null) => {
    if (!bar) return undefined;
    const root = document.documentElement;
    const measure = () => root.style.setProperty(HEIGHT_VARIABLE, `${Math.ceil(bar.getBoundingClientRect().height)}px`);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(bar);
    return () => {
      observer.disconnect();
      root.style.removeProperty(HEIGHT_VARIABLE);
    };
  }, []);
}
