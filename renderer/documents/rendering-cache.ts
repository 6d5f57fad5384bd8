/**
 * The last rendering of each recently opened document, in synchronous storage, so a cold start
 * can paint the text before IndexedDB, Yjs and the editor are ready (decision 0009). It is a
 * cache: the live editor replaces it, and anything unreadable is ignored.
 */
export interface CachedRendering {
  title: string;
  /** The body as export blocks (shared/documents/body-blocks), built into DOM nodes, never parsed as HTML. */
  blocks: unknown[];
  savedAt: number;
  /** The text's language and direction, for the picture's `lang` and `dir` (absent when undeclared). */
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

type CacheStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'coalition-desk:rendering:';
const INDEX_KEY = `${PREFIX}index`;
/** Far below the origin's quota, which the write-ahead journal must always find room in. */
export const RENDERING_BUDGET_CHARS = 1_500_000;
const MAX_ENTRIES = 12;

type IndexEntry = { key: string; size: number; savedAt: number };

const keyOf = (workspaceId: string, documentId: string) => `${PREFIX}${workspaceId}:${documentId}`;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The shape of a BCP 47 tag: enough to keep markup out of an attribute; the app checked the tag itself when saving. */
const LANGUAGE_TAG = /^[A-Za-z0-9]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;

// Hand-checked rather than with zod: this runs in the boot chunk, before the app's libraries load.
function parseRendering(text: string | null): CachedRendering | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (!isRecord(value) || typeof value.title !== 'string' || !Array.isArray(value.blocks) || typeof value.savedAt !== 'number') return null;
    const rendering: CachedRendering = { title: value.title, blocks: value.blocks as unknown[], savedAt: value.savedAt };
    if (typeof value.lang === 'string' && LANGUAGE_TAG.test(value.lang)) rendering.lang = value.lang;
    if (value.dir === 'ltr' || value.dir === 'rtl') rendering.dir = value.dir;
    return rendering;
  } catch {
    return null;
  }
}

function parseIndex(text: string | null): IndexEntry[] {
  try {
    const value: unknown = JSON.parse(text ?? '[]');
    if (!Array.isArray(value)) return [];
    return value.filter(
      (entry): entry is IndexEntry => isRecord(entry) && typeof entry.key === 'string' && entry.key.startsWith(PREFIX) && typeof entry.size === 'number' && typeof entry.savedAt === 'number',
    );
  } catch {
    return [];
  }
}

export function readRendering(storage: CacheStorage, workspaceId: string, documentId: string): CachedRendering | null {
  try {
    return parseRendering(storage.getItem(keyOf(workspaceId, documentId)));
  } catch {
    return null;
  }
}

/** Keeps the newest renderings within the budget; a full storage drops the oldest, never the journal. */
export function saveRendering(storage: CacheStorage, workspaceId: string, documentId: string, rendering: CachedRendering): boolean {
  const key = keyOf(workspaceId, documentId);
  const text = JSON.stringify(rendering);
  try {
    const others = parseIndex(storage.getItem(INDEX_KEY)).filter((entry) => entry.key !== key);
    if (text.length > RENDERING_BUDGET_CHARS / 2) {
      storage.removeItem(key);
      storage.setItem(INDEX_KEY, JSON.stringify(others));
      return false;
    }
    const kept: IndexEntry[] = [{ key, size: text.length, savedAt: rendering.savedAt }];
    let used = text.length;
    for (const entry of [...others].sort((a, b) => b.savedAt - a.savedAt)) {
      if (kept.length < MAX_ENTRIES && used + entry.size <= RENDERING_BUDGET_CHARS) {
        kept.push(entry);
        used += entry.size;
      } else {
        storage.removeItem(entry.key);
      }
    }
    storage.setItem(key, text);
    storage.setItem(INDEX_KEY, JSON.stringify(kept));
    return true;
  } catch {
    // Storage full or unavailable: the cache only speeds up the next start.
    try {
      storage.removeItem(key);
    } catch {
      // nothing more to free
    }
    return false;
  }
}

/** Drops a document's rendering (its text changed while it was not on screen); cheap when there is none. */
export function forgetRendering(storage: CacheStorage, workspaceId: string, documentId: string): void {
  const key = keyOf(workspaceId, documentId);
  try {
    if (storage.getItem(key) === null) return;
    storage.removeItem(key);
    storage.setItem(INDEX_KEY, JSON.stringify(parseIndex(storage.getItem(INDEX_KEY)).filter((entry) => entry.key !== key)));
  } catch {
    // nothing to forget
  }
}
