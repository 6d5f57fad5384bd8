import type { Editor } from '@tiptap/react';
import { useEffect } from 'react';
import type { SearchTarget } from '../../shared/search/search-record';
import { revealElement } from './reveal-element';
import { revealPassage } from './reveal-passage';
import { takeReveal, useRevealVersion, type PendingReveal } from './reveal-target';

/**
 * On a screen that can show it, takes the place a search result opened and goes there. `accept`
 * returns what to do with a target this screen shows, or undefined for one it does not.
 */
export function useReveal(workspaceId: string, accept: (target: SearchTarget, reveal: PendingReveal) => (() => void) | undefined, ready = true): void {
  const version = useRevealVersion();
  useEffect(() => {
    if (!ready) return;
    let action: (() => void) | undefined;
    takeReveal((reveal) => reveal.workspaceId === workspaceId && (action = accept(reveal.target, reveal)) !== undefined);
    action?.();
    // `accept` is read at the moment a reveal arrives; re-running on its identity would add nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version, workspaceId, ready]);
}

/** A document result: the matched word selected in the editor, in the block it was found in. */
export function useRevealPassage(editor: Editor | null, workspaceId: string, documentId: string): void {
  useReveal(
    workspaceId,
    (target, reveal) => {
      if (!editor || (target.kind !== 'passage' && target.kind !== 'document') || target.documentId !== documentId) return undefined;
      return () => (target.kind === 'passage' ? revealPassage(editor, target.block, reveal.match, target.chunk) : revealPassage(editor, undefined, reveal.match));
    },
    editor !== null,
  );
}

/** A result on a list screen: its item brought into view and focused, or the screen's heading. */
export function useRevealItem(workspaceId: string, kind: SearchTarget['kind'], idOf: (target: SearchTarget) => string | undefined, fallbackSelector: string): void {
  useReveal(workspaceId, (target) => (target.kind === kind ? () => revealElement(idOf(target), fallbackSelector) : undefined));
}
