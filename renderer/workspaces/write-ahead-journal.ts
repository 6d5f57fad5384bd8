import { base64ToBytes, bytesToBase64 } from '../../shared/integrity/base64';

/**
 * Changes not yet confirmed by IndexedDB, kept in synchronous storage. An IndexedDB transaction
 * still in flight when the window closes is aborted; the journal is written before the keystroke
 * returns, so the next start can replay it.
 */
export interface WriteAheadJournal {
  add(update: Uint8Array): number;
  remove(ids: readonly number[]): void;
  entries(): Array<{ id: number; update: Uint8Array }>;
}

type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** One storage key per entry, so adding and removing cost the same however long the journal is. */
export function storageJournal(storage: JournalStorage, prefix: string): WriteAheadJournal {
  let nextId = Date.now() * 1000;
  return {
    add(update) {
      const id = nextId++;
      try {
        storage.setItem(`${prefix}:${id}`, bytesToBase64(update));
      } catch {
        // A full or missing storage only weakens the crash guarantee; IndexedDB still gets every write.
      }
      return id;
    },
    remove(ids) {
      for (const id of ids) storage.removeItem(`${prefix}:${id}`);
    },
    entries() {
      const found: Array<{ id: number; update: Uint8Array }> = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (!key?.startsWith(`${prefix}:`)) continue;
        const id = Number(key.slice(prefix.length + 1));
        const data = storage.getItem(key);
        // An entry that cannot be decoded was not written by us; leave it out.
        const update = data === null ? undefined : base64ToBytes(data);
        if (Number.isSafeInteger(id) && update) found.push({ id, update });
      }
      return found.sort((a, b) => a.id - b.id);
    },
  };
}

export function memoryJournal(): WriteAheadJournal {
  const entries = new Map<number, Uint8Array>();
  let nextId = 1;
  return {
    add(update) {
      entries.set(nextId, update);
      return nextId++;
    },
    remove(ids) {
      ids.forEach((id) => entries.delete(id));
    },
    entries() {
      return [...entries].map(([id, update]) => ({ id, update }));
    },
  };
}
