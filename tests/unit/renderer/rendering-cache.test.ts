import { describe, expect, it } from 'vitest';
import { forgetRendering, readRendering, RENDERING_BUDGET_CHARS, saveRendering } from '../../../renderer/documents/rendering-cache';

/** localStorage's contract, with an optional quota in characters like a browser's. */
function storage(quota = Infinity) {
  const items = new Map<string, string>();
  const used = () => [...items].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      const before = items.get(key);
      items.set(key, value);
      if (used() > quota) {
        if (before === undefined) items.delete(key);
        else items.set(key, before);
        throw new DOMException('full', 'QuotaExceededError');
      }
    },
    removeItem: (key: string) => void items.delete(key),
  };
}

const paragraph = (text: string) => ({ kind: 'paragraph', inlines: [{ kind: 'text', text, bold: false, italic: false, strike: false, code: false, href: null }] });
const rendering = (text: string, savedAt: number) => ({ title: 'Charter', blocks: [paragraph(text)], savedAt });

describe('the cached renderings of documents', () => {
  it('keeps the text’s language and direction, and drops a language that is not a tag', () => {
    const store = storage();
    saveRendering(store, 'w1', 'd1', { ...rendering('Adhésion', 1), lang: 'fr', dir: 'ltr' });
    expect(readRendering(store, 'w1', 'd1')).toMatchObject({ lang: 'fr', dir: 'ltr' });
    store.setItem('coalition-desk:rendering:w1:d2', JSON.stringify({ ...rendering('x', 2), lang: 'fr" onclick="x', dir: 'up' }));
    const damaged = readRendering(store, 'w1', 'd2');
    expect(damaged?.title).toBe('Charter');
    expect(damaged).not.toHaveProperty('lang');
    expect(damaged).not.toHaveProperty('dir');
  });

  it('reads back what was saved, per workspace and document', () => {
    const store = storage();
    expect(saveRendering(store, 'w1', 'd1', rendering('Mission and goals', 1))).toBe(true);
    expect(readRendering(store, 'w1', 'd1')).toEqual(rendering('Mission and goals', 1));
    expect(readRendering(store, 'w1', 'd2')).toBeNull();
    expect(readRendering(store, 'w2', 'd1')).toBeNull();
  });

  it('keeps the newest within the budget and forgets the oldest', () => {
    const store = storage();
    const big = 'x'.repeat(Math.floor(RENDERING_BUDGET_CHARS / 3));
    saveRendering(store, 'w', 'oldest', rendering(big, 1));
    saveRendering(store, 'w', 'older', rendering(big, 2));
    saveRendering(store, 'w', 'newer', rendering(big, 3));
    expect(readRendering(store, 'w', 'oldest')).toBeNull();
    expect(readRendering(store, 'w', 'older')?.savedAt).toBe(2);
    expect(readRendering(store, 'w', 'newer')?.savedAt).toBe(3);
    const total = [...store.items.values()].reduce((sum, value) => sum + value.length, 0);
    expect(total).toBeLessThan(RENDERING_BUDGET_CHARS + 1_000);
  });

  it('does not cache a document too long for the budget, and drops its stale rendering', () => {
    const store = storage();
    saveRendering(store, 'w', 'd', rendering('short', 1));
    expect(saveRendering(store, 'w', 'd', rendering('x'.repeat(RENDERING_BUDGET_CHARS), 2))).toBe(false);
    expect(readRendering(store, 'w', 'd')).toBeNull();
  });

  it('gives up quietly on a full storage, leaving no half-written entry', () => {
    const store = storage(200);
    expect(saveRendering(store, 'w', 'd', rendering('y'.repeat(500), 1))).toBe(false);
    expect(readRendering(store, 'w', 'd')).toBeNull();
  });

  it('ignores damaged entries and a damaged index', () => {
    const store = storage();
    store.setItem('coalition-desk:rendering:w:d', '{"title": 5');
    expect(readRendering(store, 'w', 'd')).toBeNull();
    store.setItem('coalition-desk:rendering:w:d', JSON.stringify({ title: 'T', blocks: 'not a list', savedAt: 1 }));
    expect(readRendering(store, 'w', 'd')).toBeNull();
    store.setItem('coalition-desk:rendering:index', '[{"key": "elsewhere", "size": 1e9, "savedAt": 1}, 7');
    expect(saveRendering(store, 'w', 'd', rendering('fresh', 2))).toBe(true);
    expect(readRendering(store, 'w', 'd')?.blocks).toEqual([paragraph('fresh')]);
  });

  it('forgets one document, leaving the others and the budget bookkeeping right', () => {
    const store = storage();
    saveRendering(store, 'w', 'a', rendering('first', 1));
    saveRendering(store, 'w', 'b', rendering('second', 2));
    forgetRendering(store, 'w', 'a');
    forgetRendering(store, 'w', 'never-cached');
    expect(readRendering(store, 'w', 'a')).toBeNull();
    expect(readRendering(store, 'w', 'b')?.savedAt).toBe(2);
    expect(JSON.parse(store.getItem('coalition-desk:rendering:index') ?? '[]')).toEqual([expect.objectContaining({ key: 'coalition-desk:rendering:w:b' })]);
  });

  it('survives a storage that throws on every call', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(readRendering(broken, 'w', 'd')).toBeNull();
    expect(saveRendering(broken, 'w', 'd', rendering('text', 1))).toBe(false);
    expect(() => forgetRendering(broken, 'w', 'd')).not.toThrow();
  });
});
