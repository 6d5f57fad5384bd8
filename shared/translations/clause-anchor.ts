import * as Y from 'yjs';
import { base64ToBytes, bytesToBase64 } from '../integrity/base64';

/**
 * A clause held as a Yjs relative position on its body's top-level children (base64). It names the
 * block's own item, so it follows insertions and deletions around it on every replica, and tells
 * a deleted block apart from its neighbour.
 */
export function clauseAnchor(body: Y.XmlFragment, index: number): string {
  return bytesToBase64(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(body, index, 0)));
}

function decode(anchor: string): Y.RelativePosition | undefined {
  const bytes = base64ToBytes(anchor);
  if (!bytes) return undefined;
  try {
    return Y.decodeRelativePosition(bytes);
  } catch {
    return undefined;
  }
}

/** The block itself, or undefined once it was deleted (or the anchor is not one of this body's blocks). */
export function resolveClauseBlock(body: Y.XmlFragment, anchor: string): Y.XmlElement | Y.XmlText | undefined {
  const doc = body.doc;
  const position = decode(anchor);
  if (!doc || !position?.item) return undefined;
  let id: Y.ID | null = position.item;
  let item: Y.Item | undefined;
  // An undone deletion brings the block back as a new item: follow it, as Yjs's own positions do.
  for (let hops = 0; id !== null && hops < 64; hops += 1) {
    if (Y.getState(doc.store, id.client) <= id.clock) return undefined;
    const struct = Y.getItem(doc.store, id);
    if (!(struct instanceof Y.Item)) return undefined;
    item = struct;
    id = struct.redone;
  }
  if (!item || item.deleted || item.parent !== body || !(item.content instanceof Y.ContentType)) return undefined;
  const block = item.content.type;
  return block instanceof Y.XmlElement || block instanceof Y.XmlText ? block : undefined;
}

/** The block's current index in `body`, or undefined once it was deleted. */
export function resolveClauseAnchor(body: Y.XmlFragment, anchor: string): number | undefined {
  const block = resolveClauseBlock(body, anchor);
  const index = block === undefined ? -1 : body.toArray().indexOf(block);
  return index === -1 ? undefined : index;
}
