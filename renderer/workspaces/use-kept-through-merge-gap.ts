import { useState } from 'react';

/**
 * A workspace record as last seen under `key`, kept through a merge that briefly leaves it
 * without a value. When two members both changed a record offline, Yjs can apply the co-author's
 * deletion of our version (their app relays our change back with it) a message before their own
 * version arrives; for those milliseconds the record reads as missing. Acting on that would tear
 * down the open document's editor (caret, focus, undo history) or join the workspace a second
 * time under a new member record.
 */
export function useKeptThroughMergeGap<T>(found: T | undefined, key: string | undefined): T | undefined {
  const [kept, setKept] = useState(found !== undefined && key !== undefined ? { key, value: found } : undefined);
  // Adjusting state while rendering, as React documents for values derived from earlier renders.
  if (found !== undefined && key !== undefined && (kept?.value !== found || kept.key !== key)) setKept({ key, value: found });
  return found ?? (kept !== undefined && kept.key === key ? kept.value : undefined);
}
