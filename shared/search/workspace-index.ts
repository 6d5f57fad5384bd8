import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import type * as Y from 'yjs';
import { z } from 'zod';
import { bytesToBase64 } from '../integrity/base64';
import type { PendingChanges } from './changed-sources';
import { SEARCH_KINDS, StoredFieldsSchema, type SearchKind, type SearchRecord, type StoredFields } from './search-record';
import { foldTerm, tokenize } from './search-terms';
import { snippetOf, type Snippet } from './snippet';
import { allSourceKeys, recordsAt } from './workspace-records';

/**
 * Bumped whenever what is indexed or how changes (fields, tokenizer, record ids): a stored index
 * with another stamp is rebuilt, never read.
 */
export const SEARCH_INDEX_FORMAT = 'coalition-desk-search';
export const SEARCH_INDEX_VERSION = 2;

type Indexed = StoredFields & { id: string };

const OPTIONS: Options<Indexed> = {
  fields: ['title', 'text'],
  storeFields: ['kind', 'title', 'text', 'target'],
  tokenize,
  // Discarded records are cleaned out in the background; small batches keep each step short.
  autoVacuum: { batchSize: 200, batchWait: 20, minDirtCount: 20, minDirtFactor: 0.1 },
  processTerm: (term) => {
    const folded = foldTerm(term);
    return folded === '' ? null : folded;
  },
  searchOptions: {
    // Earlier words of a query are whole; only the one being typed is a prefix.
    prefix: (_term, index, terms) => index === terms.length - 1,
    // One typo in five letters, two at most: wider fuzziness costs more than it finds.
    fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
    maxFuzzy: 2,
    boost: { title: 2 },
    combineWith: 'AND',
  },
};

const ownerKey = (source: string, key: string): string => `${source}\u0000${key}`;
const sourceOf = (owner: string): string => owner.slice(0, owner.indexOf('\u0000'));

/** MiniSearch's own payload, checked as far as its loader does not check it; each hit's fields are parsed again when read. */
const MiniSearchPayloadSchema = z.object({
  documentCount: z.number().int().min(0),
  nextId: z.number().int().min(0),
  documentIds: z.record(z.string(), z.unknown()),
  fieldIds: z.record(z.string(), z.number()),
  fieldLength: z.record(z.string(), z.unknown()),
  averageFieldLength: z.array(z.number()),
  storedFields: z.record(z.string(), z.unknown()),
  dirtCount: z.number().optional(),
  index: z.array(z.tuple([z.string(), z.record(z.string(), z.unknown())])),
  serializationVersion: z.number(),
});

const StoredIndexSchema = z.object({
  format: z.literal(SEARCH_INDEX_FORMAT),
  version: z.literal(SEARCH_INDEX_VERSION),
  stateVector: z.string(),
  owned: z.array(z.tuple([z.string(), z.array(z.string())])),
  index: MiniSearchPayloadSchema,
});

export interface SearchHit {
  id: string;
  kind: SearchKind;
  title: string;
  /** The title with matched words marked. */
  titleSnippet: Snippet;
  target: StoredFields['target'];
  score: number;
  snippet: Snippet;
}

export interface SearchGroup {
  kind: SearchKind;
  hits: SearchHit[];
}

export interface ApplyResult {
  added: number;
  replaced: number;
  removed: number;
}

function sameFields(stored: Record<string, unknown> | undefined, record: SearchRecord): boolean {
  if (!stored) return false;
  return stored.kind === record.kind && stored.title === record.title && stored.text === record.text && JSON.stringify(stored.target) === JSON.stringify(record.target);
}

/** One workspace's search index: MiniSearch plus which records each place in the Y.Doc owns. */
export class WorkspaceIndex {
  private constructor(
    private readonly mini: MiniSearch<Indexed>,
    /** `source\0key` → ids of the records it produced, so a change there can drop the ones that went. */
    private readonly owned: Map<string, string[]>,
  ) {}

  static empty(): WorkspaceIndex {
    return new WorkspaceIndex(new MiniSearch(OPTIONS), new Map());
  }

  static build(ydoc: Y.Doc): WorkspaceIndex {
    const index = WorkspaceIndex.empty();
    index.apply(ydoc, allSourceKeys(ydoc));
    return index;
  }

  /**
   * A stored index, or undefined when it cannot be used: not JSON, another format or version, or
   * a MiniSearch payload that does not load. The caller rebuilds; nothing is shown as an error.
   */
  static load(serialised: string): { index: WorkspaceIndex; stateVector: string } | undefined {
    try {
      const stored = StoredIndexSchema.safeParse(JSON.parse(serialised));
      if (!stored.success) return undefined;
      const mini = MiniSearch.loadJS<Indexed>(stored.data.index as Parameters<typeof MiniSearch.loadJS>[0], OPTIONS);
      return { index: new WorkspaceIndex(mini, new Map(stored.data.owned)), stateVector: stored.data.stateVector };
    } catch {
      return undefined;
    }
  }

  serialise(ydocStateVector: Uint8Array): string {
    return JSON.stringify({
      format: SEARCH_INDEX_FORMAT,
      version: SEARCH_INDEX_VERSION,
      stateVector: bytesToBase64(ydocStateVector),
      owned: [...this.owned],
      index: this.mini.toJSON(),
    });
  }

  get size(): number {
    return this.mini.documentCount;
  }

  /** Re-reads the given keys and re-indexes only the records whose text or target changed. */
  apply(ydoc: Y.Doc, changes: PendingChanges): ApplyResult {
    const result: ApplyResult = { added: 0, replaced: 0, removed: 0 };
    for (const [source, keys] of changes) for (const key of keys) this.applyKey(recordsAt(ydoc, source, key), ownerKey(source, key), result);
    return result;
  }

  /** Brings a loaded index level with the doc: every key now in the doc, and every key it still owns. */
  reconcile(ydoc: Y.Doc): ApplyResult {
    const changes = allSourceKeys(ydoc);
    for (const owner of this.owned.keys()) {
      const source = sourceOf(owner);
      const keys = changes.get(source) ?? new Set<string>();
      keys.add(owner.slice(source.length + 1));
      changes.set(source, keys);
    }
    return this.apply(ydoc, changes);
  }

  private applyKey(records: SearchRecord[], owner: string, result: ApplyResult): void {
    const ids = new Set(records.map((record) => record.id));
    for (const id of this.owned.get(owner) ?? []) {
      if (ids.has(id) || !this.mini.has(id)) continue;
      this.mini.discard(id);
      result.removed++;
    }
    for (const record of records) {
      const fields: Indexed = { id: record.id, kind: record.kind, title: record.title, text: record.text, target: record.target };
      if (!this.mini.has(record.id)) {
        this.mini.add(fields);
        result.added++;
      } else if (!sameFields(this.mini.getStoredFields(record.id), record)) {
        this.mini.replace(fields);
        result.replaced++;
      }
    }
    if (records.length === 0) this.owned.delete(owner);
    else this.owned.set(owner, [...ids]);
  }

  /** Stored fields of one record, parsed: a stored index is local data, and local data can be damaged. */
  fields(id: string): StoredFields | undefined {
    const parsed = StoredFieldsSchema.safeParse(this.mini.getStoredFields(id));
    return parsed.success ? parsed.data : undefined;
  }

  /** Every record id with its stored fields, for comparing two indexes. */
  ids(): string[] {
    return [...this.owned.values()].flat().sort();
  }

  search(query: string, options: { perKind?: number } = {}): SearchGroup[] {
    if (query.trim() === '') return [];
    const perKind = options.perKind ?? 5;
    const byKind = new Map<SearchKind, SearchHit[]>();
    for (const result of this.mini.search(query)) {
      // Snippets only for hits that will be shown: a short prefix can match every record.
      const shown = byKind.get(result.kind as SearchKind)?.length ?? 0;
      if (shown >= perKind) continue;
      const hit = toHit(result);
      if (!hit) continue;
      const hits = byKind.get(hit.kind) ?? [];
      hits.push(hit);
      byKind.set(hit.kind, hits);
    }
    return SEARCH_KINDS.flatMap((kind) => {
      const hits = byKind.get(kind);
      return hits ? [{ kind, hits }] : [];
    });
  }
}

function toHit(result: SearchResult): SearchHit | undefined {
  const fields = StoredFieldsSchema.safeParse(result);
  if (!fields.success) return undefined;
  const terms = new Set(result.terms);
  const { kind, title, text, target } = fields.data;
  return { id: String(result.id), kind, title, titleSnippet: snippetOf(title, terms), target, score: result.score, snippet: snippetOf(text, terms) };
}
