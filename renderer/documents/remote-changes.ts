import { Extension } from '@tiptap/core';
import { isRemoteChange } from './collaboration';

/**
 * A co-author's change reaches the editor as a replacement of the whole document (y-prosemirror
 * rebuilds it from Yjs). Their own app already turned their typed addresses into links; scanning
 * the whole document for links again on every remote keystroke grows with the document's length.
 */
export const RemoteChangesAsTheyCome = Extension.create({
  name: 'remoteChangesAsTheyCome',
  dispatchTransaction({ transaction, next }) {
    if (isRemoteChange(transaction)) transaction.setMeta('preventAutolink', true);
    next(transaction);
  },
});
