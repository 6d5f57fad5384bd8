import * as Y from 'yjs';
import { BODY_PREFIX } from './workspace-doc';

export type SharedType = Parameters<Y.Transaction['changed']['get']>[0];

/** The shared type at the top of the document that `type` lives in. */
export function rootOf(type: SharedType): SharedType {
  let at = type;
  while (at._item !== null && at._item.parent instanceof Y.AbstractType) at = at._item.parent as SharedType;
  return at;
}

const rootNames = new WeakMap<SharedType, string>();

/** By name: a body this window never opened arrives from a peer as an untyped root. */
export function nameOf(root: SharedType, doc: Y.Doc): string {
  let name = rootNames.get(root);
  if (name === undefined) {
    name = [...doc.share].find(([, type]) => type === root)?.[0] ?? '';
    rootNames.set(root, name);
  }
  return name;
}

/** The documents whose text a transaction changed, and whether it changed anything else. */
export function bodyChanges(transaction: Y.Transaction): { documentIds: Set<string>; other: boolean } {
  const documentIds = new Set<string>();
  let other = false;
  for (const type of transaction.changed.keys()) {
    const name = nameOf(rootOf(type), transaction.doc);
    if (name.startsWith(BODY_PREFIX)) documentIds.add(name.slice(BODY_PREFIX.length));
    else other = true;
  }
  return { documentIds, other };
}

/**
 * True when a transaction changed document text only. Typing is most transactions; work that
 * reads metadata, signed positions or views can skip them.
 */
export function changesBodiesOnly(transaction: Y.Transaction): boolean {
  return !bodyChanges(transaction).other;
}
