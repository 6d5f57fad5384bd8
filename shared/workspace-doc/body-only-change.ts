import * as Y from 'yjs';
import { BODY_PREFIX } from './workspace-doc';

type SharedType = Parameters<Y.Transaction['changed']['get']>[0];

/** The shared type at the top of the document that `type` lives in. */
function rootOf(type: SharedType): SharedType {
  let at = type;
  while (at._item !== null && at._item.parent instanceof Y.AbstractType) at = at._item.parent as SharedType;
  return at;
}

const bodyRoots = new WeakMap<SharedType, boolean>();

/** By name: a body this window never opened arrives from a peer as an untyped root. */
function isBody(root: SharedType, doc: Y.Doc): boolean {
  let known = bodyRoots.get(root);
  if (known === undefined) {
    known = [...doc.share].some(([name, type]) => type === root && name.startsWith(BODY_PREFIX));
    bodyRoots.set(root, known);
  }
  return known;
}

/**
 * True when a transaction changed document text only. Typing is most transactions; work that
 * reads metadata, signed positions or views can skip them.
 */
export function changesBodiesOnly(transaction: Y.Transaction): boolean {
  for (const type of transaction.changed.keys()) if (!isBody(rootOf(type), transaction.doc)) return false;
  return true;
}
