import { describe, expect, it } from 'vitest';
import { storageJournal } from '../../../renderer/workspaces/write-ahead-journal';

/** A Storage with the browser's semantics, so the journal is tested against the interface it uses. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

describe('write-ahead journal', () => {
  it('returns what was added, in order, until it is removed', () => {
    const storage = memoryStorage();
    const journal = storageJournal(storage, 'j:w1');
    const a = journal.add(new Uint8Array([1, 2, 3]));
    const b = journal.add(new Uint8Array([4]));
    expect(journal.entries().map((entry) => [...entry.update])).toEqual([[1, 2, 3], [4]]);
    journal.remove([a]);
    expect(journal.entries()).toEqual([{ id: b, update: new Uint8Array([4]) }]);
  });

  it('keeps workspaces apart and ignores foreign or corrupt keys', () => {
    const storage = memoryStorage();
    storageJournal(storage, 'j:w1').add(new Uint8Array([1]));
    storageJournal(storage, 'j:w2').add(new Uint8Array([2]));
    storage.setItem('j:w1:not-a-number', 'AAAA');
    storage.setItem('j:w1:12', '%%% not base64');
    expect(storageJournal(storage, 'j:w1').entries().map((entry) => [...entry.update])).toEqual([[1]]);
  });

  it('survives a storage that refuses writes', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const journal = storageJournal(storage, 'j:w1');
    expect(() => journal.add(new Uint8Array([1]))).not.toThrow();
  });
});
