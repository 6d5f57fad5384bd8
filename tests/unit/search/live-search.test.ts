import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type DeskDatabase } from '../../../renderer/db/database';
import { LiveSearch } from '../../../renderer/search/live-search';
import { WorkspaceIndex } from '../../../shared/search/workspace-index';
import { putDecision, sampleWorkspace } from '../../bench/search-workspace';

let db: DeskDatabase;
let counter = 0;
afterEach(async () => {
  await db?.delete();
});

const ids = (live: LiveSearch, query: string) => live.search(query).flatMap((group) => group.hits.map((hit) => hit.id));

describe('the live search of an open workspace', () => {
  it('is stored when the workspace closes, and a cold start loads it instead of rebuilding it', async () => {
    db = openDatabase(`search-${++counter}-${Math.random()}`);
    const workspace = sampleWorkspace();
    const first = new LiveSearch(db, 'ws-1', workspace.ydoc);
    await first.ready;
    expect(ids(first, 'Pacific')).toEqual(['view:view-1']);
    await first.close();
    expect(typeof (await db.searchIndexes.get('ws-1'))?.data).toBe('string');

    const build = vi.spyOn(WorkspaceIndex, 'build');
    const again = new LiveSearch(db, 'ws-1', workspace.ydoc);
    await again.ready;
    expect(again.status).toBe('ready');
    expect(build).not.toHaveBeenCalled();
    expect(ids(again, 'Pacific')).toEqual(['view:view-1']);
    build.mockRestore();
    await again.close();
  });

  it('levels a stored index with what changed while the workspace was closed', async () => {
    db = openDatabase(`search-${++counter}-${Math.random()}`);
    const workspace = sampleWorkspace();
    const first = new LiveSearch(db, 'ws-1', workspace.ydoc);
    await first.ready;
    await first.close();
    putDecision(workspace.ydoc, 'dec-9', 'prop-1', 'The estuary office closes in May.');
    const again = new LiveSearch(db, 'ws-1', workspace.ydoc);
    await again.ready;
    expect(ids(again, 'estuary office')).toEqual(['decision:dec-9']);
    await again.close();
  });

  it('follows changes as they arrive, without waiting for the re-index timer when asked', async () => {
    db = openDatabase(`search-${++counter}-${Math.random()}`);
    const workspace = sampleWorkspace();
    const live = new LiveSearch(db, 'ws-1', workspace.ydoc);
    await live.ready;
    workspace.ydoc.getMap('members').delete('member-1');
    putDecision(workspace.ydoc, 'dec-9', 'prop-1', 'Kelpwater register adopted.');
    expect(ids(live, 'kelpwater')).toEqual(['decision:dec-9']);
    expect(ids(live, 'Marlowe')).toEqual([]);
    await live.close();
  });

  it('rebuilds a damaged stored index quietly, and says only that it did', async () => {
    db = openDatabase(`search-${++counter}-${Math.random()}`);
    const workspace = sampleWorkspace();
    for (const data of ['{"format":"coalition-desk-search","version":1,"index":', 42, JSON.stringify({ format: 'coalition-desk-search', version: 999 })]) {
      await db.searchIndexes.put({ workspaceId: 'ws-1', data, savedAt: new Date().toISOString() });
      const live = new LiveSearch(db, 'ws-1', workspace.ydoc);
      await live.ready;
      expect(live.status).toBe(typeof data === 'string' ? 'rebuilt' : 'ready');
      expect(ids(live, 'Pacific')).toEqual(['view:view-1']);
      await live.close();
      expect(WorkspaceIndex.load(String((await db.searchIndexes.get('ws-1'))?.data))).toBeDefined();
    }
  });
});
