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

interface StoredEntry {
  id: number;
  data: string;
}

function encode(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function decode(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

export function storageJournal(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>, key: string): WriteAheadJournal {
  const read = (): StoredEntry[] => {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(key) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter((entry): entry is StoredEntry => typeof entry?.id === 'number' && typeof entry?.data === 'string') : [];
    } catch {
      return [];
    }
  };
  const write = (entries: StoredEntry[]): void => {
    try {
      if (entries.length === 0) storage.removeItem(key);
      else storage.setItem(key, JSON.stringify(entries));
    } catch {
      // A full or missing storage only weakens the crash guarantee; IndexedDB still gets every write.
    }
  };
  let nextId = Date.now() * 1000;
  return {
    add(update) {
      const id = nextId++;
      write([...read(), { id, data: encode(update) }]);
      return id;
    },
    remove(ids) {
      const gone = new Set(ids);
      write(read().filter((entry) => !gone.has(entry.id)));
    },
    entries() {
      return read().flatMap((entry) => {
        try {
          return [{ id: entry.id, update: decode(entry.data) }];
        } catch {
          return [];
        }
      });
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
