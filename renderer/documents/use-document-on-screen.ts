import { useState } from 'react';
import type { DocumentMeta } from '../../shared/documents/document-meta';

/**
 * The record of the document on screen, kept through a merge that briefly leaves it without one.
 * When two members both changed a record offline, Yjs can apply the co-author's deletion of our
 * version (their app relays our change back with it) a message before their own version arrives.
 * For those milliseconds the document reads as missing, and showing that would tear down the
 * editor with its caret, focus and undo history, then build a new one.
 */
export function useDocumentOnScreen(documents: readonly DocumentMeta[], documentId: string | undefined): DocumentMeta | undefined {
  const found = documentId === undefined ? undefined : documents.find((meta) => meta.id === documentId);
  const [kept, setKept] = useState(found);
  // Adjusting state while rendering, as React documents for values derived from earlier renders.
  if (found && found !== kept) setKept(found);
  return found ?? (kept?.id === documentId ? kept : undefined);
}
