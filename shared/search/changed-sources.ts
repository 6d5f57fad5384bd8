import type * as Y from 'yjs';
import { BODY_PREFIX } from '../workspace-doc/workspace-doc';
import { nameOf, rootOf } from '../workspace-doc/body-changes';
import { isSearchSource, WHOLE_KEY, WHOLE_SOURCES } from './workspace-records';

/** Source → keys whose records may have changed. Collected per transaction, folded until the index catches up. */
export type PendingChanges = Map<string, Set<string>>;

function add(pending: PendingChanges, source: string, key: string): void {
  let keys = pending.get(source);
  if (!keys) pending.set(source, (keys = new Set()));
  keys.add(key);
}

/**
 * Notes what a transaction touched, without reading any record: this runs on every keystroke,
 * so it only walks the changed types up to their roots (cached by name) and adds keys to sets.
 */
export function collectChanges(transaction: Y.Transaction, pending: PendingChanges): void {
  for (const [type, keys] of transaction.changed) {
    const root = rootOf(type);
    const name = nameOf(root, transaction.doc);
    if (!isSearchSource(name)) continue;
    if (name.startsWith(BODY_PREFIX) || (WHOLE_SOURCES as readonly string[]).includes(name) || root !== type) {
      add(pending, name, WHOLE_KEY);
      continue;
    }
    for (const key of keys) if (key !== null) add(pending, name, key);
  }
}

export function mergeChanges(into: PendingChanges, from: PendingChanges): void {
  for (const [source, keys] of from) for (const key of keys) add(into, source, key);
}
