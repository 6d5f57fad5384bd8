import * as Y from 'yjs';
import { ALREADY_STORED } from './workspace-persistence';

/**
 * Several windows of one workspace on the same machine: each window writes its own changes to the
 * log and tells the others, which apply them without writing them again.
 */
export function connectWindows(workspaceId: string, doc: Y.Doc): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(`coalition-desk:workspace:${workspaceId}`);
  // Posted at the end of the task, merged: co-authors on the network are sent each change first.
  let outgoing: Uint8Array[] = [];
  const post = () => {
    const updates = outgoing;
    outgoing = [];
    if (updates.length > 0) channel.postMessage(updates.length === 1 ? updates[0] : Y.mergeUpdates(updates));
  };
  const send = (update: Uint8Array, origin: unknown): void => {
    if (origin === ALREADY_STORED) return;
    if (outgoing.length === 0) queueMicrotask(post);
    outgoing.push(update);
  };
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (!(event.data instanceof Uint8Array)) return;
    try {
      Y.transact(doc, () => Y.applyUpdate(doc, event.data as Uint8Array), ALREADY_STORED);
    } catch (error) {
      console.warn('Ignored an unreadable update from another window', error);
    }
  };
  // V1, like the sync provider: Yjs then encodes each change once.
  doc.on('update', send);
  return () => {
    post();
    doc.off('update', send);
    channel.close();
  };
}
