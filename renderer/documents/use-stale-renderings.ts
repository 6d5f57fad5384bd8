import { useEffect } from 'react';
import type * as Y from 'yjs';
import { bodyChanges } from '../../shared/workspace-doc/body-changes';
import type { OpenWorkspace } from '../workspaces/workspace-service';
import { forgetRendering } from './rendering-cache';

/**
 * A document's cached rendering (decision 0009) goes stale when its text changes while it is not
 * on screen (a co-author typing in it, another window): it is dropped, so a cold start never
 * shows outdated text. The document on screen keeps its own rendering current.
 */
export function useForgetStaleRenderings(open: OpenWorkspace, shownDocumentId: string | undefined): void {
  useEffect(() => {
    const onTransaction = (transaction: Y.Transaction) => {
      for (const documentId of bodyChanges(transaction).documentIds) {
        if (documentId !== shownDocumentId) forgetRendering(window.localStorage, open.id, documentId);
      }
    };
    const ydoc = open.workspace.ydoc;
    ydoc.on('afterTransaction', onTransaction);
    return () => ydoc.off('afterTransaction', onTransaction);
  }, [open, shownDocumentId]);
}
