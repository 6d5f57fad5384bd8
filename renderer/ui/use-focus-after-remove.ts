import { useCallback, useLayoutEffect, useRef } from 'react';

/** Marks each item's Remove button in a list that uses useFocusAfterRemove. */
export const REMOVE_BUTTON = { 'data-remove-button': '' } as const;

/**
 * After "Remove" on a list item, focus moves to the next item's Remove button, else the previous
 * one's, else the list's heading, instead of dropping to the page body (where a keyboard user would
 * start again from the top). It waits for the list to have really shrunk, since some lists change
 * only once the shared document has been written.
 */
function removeButtons(root: HTMLElement | null): HTMLElement[] {
  return [...(root?.querySelectorAll<HTMLElement>('[data-remove-button]') ?? [])];
}

export function useFocusAfterRemove<List extends HTMLElement, Heading extends HTMLElement>() {
  const list = useRef<List>(null);
  const heading = useRef<Heading>(null);
  const pending = useRef<{ index: number; count: number }>(undefined);

  useLayoutEffect(() => {
    const removal = pending.current;
    if (!removal) return;
    const left = removeButtons(list.current);
    if (left.length >= removal.count) return;
    pending.current = undefined;
    (left[Math.min(removal.index, left.length - 1)] ?? heading.current)?.focus();
  });

  /** Call from the Remove button's click, before the item goes. */
  const removing = useCallback((index: number) => {
    pending.current = { index, count: removeButtons(list.current).length };
  }, []);

  return { list, heading, removing };
}
