import type { EditorView } from '@tiptap/pm/view';

/** Space kept between the caret and the window's bottom edge, as ProseMirror's own default margin. */
const BOTTOM_MARGIN = 5;

/**
 * ProseMirror scrolls the caret into the window but knows nothing of the sticky save/sync bar, so a
 * caret just under the bar counted as visible while typing went on out of sight. It does its own
 * scrolling first (nested scroll containers included); then, once it has, the window is moved by
 * what the caret still hides under the page's scroll-padding (which use-sticky-bar-height.ts keeps
 * at the bar's height). False: ProseMirror's default scrolling still runs.
 */
export function keepCaretBelowStickyBar(view: EditorView): boolean {
  queueMicrotask(() => {
    if (view.isDestroyed) return;
    let caret: { top: number; bottom: number };
    try {
      caret = view.coordsAtPos(view.state.selection.head);
    } catch {
      return; // a position not laid out (yet): nothing to measure
    }
    const hiddenAbove = Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingBlockStart) || 0;
    if (caret.top < hiddenAbove) window.scrollBy(0, caret.top - hiddenAbove);
    else if (caret.bottom > window.innerHeight - BOTTOM_MARGIN) window.scrollBy(0, caret.bottom - window.innerHeight + BOTTOM_MARGIN);
  });
  return false;
}
