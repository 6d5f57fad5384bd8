import * as Y from 'yjs';
import { ALREADY_STORED } from './workspace-persistence';

/**
 * Several windows of one workspace on the same machine: each window writes its own changes to the
 * log and tells the others, which apply them without writing them again.
 */
export function connectWindows(workspaceId: string, doc: Y.Doc): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(`coalition-desk:workspace:${workspaceId}`);
  const send = (update: Uint8Array, origin: unknown): void => {
    if (origin !== ALREADY_STORED) channel.postMessage(update);
  };
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (!(event.data instanceof Uint8Array)) return;
    try {
      Y.transact(doc, () => Y.applyUpdateV2(doc, event.data as Uint8Array), ALREADY_STORED);
    } catch (error) {
      console.warn('Ignored an unreadable update from another window', error);
    }
  };
  doc.on('updateV2', send);
  return () => {
    doc.off('updateV2', send);
    channel.close();
  };
}
