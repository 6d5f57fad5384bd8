import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { snippetOf } from '../../../shared/search/snippet';
import { SEARCH_INDEX_VERSION, WorkspaceIndex } from '../../../shared/search/workspace-index';
import { sampleWorkspace } from '../../bench/search-workspace';

const marked = (segments: { text: string; mark: boolean }[]) => segments.filter((segment) => segment.mark).map((segment) => segment.text);

describe('search results', () => {
  const workspace = sampleWorkspace();
  const index = WorkspaceIndex.build(workspace.ydoc);

  it('groups hits by kind, in the fixed order of kinds, each opening its place', () => {
    const groups = index.search('mailing list');
    expect(groups.map((group) => group.kind)).toEqual(['document', 'proposal', 'position', 'decision', 'meeting', 'minutes']);
    expect(groups[0]?.hits[0]?.target).toEqual({ kind: 'passage', documentId: 'doc-charter', block: 1 });
    expect(groups.find((group) => group.kind === 'decision')?.hits[0]?.target).toEqual({ kind: 'proposal', proposalId: 'prop-1', itemId: 'dec-1' });
  });

  it('matches by prefix and with a typo, and folds case and accents', () => {
    expect(index.search('lightho')[0]?.hits.map((hit) => hit.id)).toEqual(['minutes:meet-1:meet-1-item-0']);
    expect(index.search('lighthuse')[0]?.hits.map((hit) => hit.id)).toEqual(['minutes:meet-1:meet-1-item-0']);
    expect(index.search('ESTUÁRY')[0]?.hits.map((hit) => hit.id)).toEqual(['member:member-1']);
  });

  it('finds each kind: views by their latest revision, minutes by key points and next steps, actions, members', () => {
    const kinds = (query: string) => index.search(query).map((group) => group.kind);
    expect(kinds('Pacific')).toEqual(['view']);
    expect(kinds('draft migration')).toEqual(['minutes']);
    expect(kinds('backups')).toEqual(['action']);
    expect(kinds('Marlowe')).toEqual(['member']);
    expect(kinds('workshops')).toEqual(['document', 'meeting', 'minutes']);
    expect(index.search('')).toEqual([]);
  });

  it('marks every matched word in the snippet and cuts a long text around the first one', () => {
    const text = `${'filler '.repeat(40)}the Lighthouse archive, then lighthouses again ${'tail '.repeat(60)}`;
    const snippet = snippetOf(text, new Set(['lighthouse', 'lighthouses']));
    expect(marked(snippet.segments)).toEqual(['Lighthouse', 'lighthouses']);
    expect(snippet.firstMatch).toBe('Lighthouse');
    expect(snippet.segments[0]?.text.startsWith('…')).toBe(true);
    expect(snippet.segments.at(-1)?.text.endsWith('…')).toBe(true);
    expect(snippet.segments.map((segment) => segment.text).join('').length).toBeLessThan(170);
  });

  it('keeps markup in records as plain text in snippets', () => {
    const snippet = snippetOf('<img src=x onerror=alert(1)> archive', new Set(['archive']));
    expect(snippet.segments).toEqual([
      { text: '<img src=x onerror=alert(1)> ', mark: false },
      { text: 'archive', mark: true },
    ]);
  });
});

describe('a very long paragraph', () => {
  it('is indexed in chunks, so typing in it re-indexes one chunk and the passage still opens in its block', () => {
    const workspace = sampleWorkspace();
    const sentences = Array.from({ length: 2000 }, (_, index) => `Clause ${index} keeps the harbour ledger number ${index * 7} open.`);
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText(sentences.join(' '));
    paragraph.insert(0, [text]);
    workspace.body('doc-report').insert(1, [paragraph]);
    const index = WorkspaceIndex.build(workspace.ydoc);
    const chunks = index.ids().filter((id) => id.startsWith('passage:doc-report:1:'));
    expect(chunks.length).toBeGreaterThan(20);

    const pending = new Map([['body:doc-report', new Set([''])]]);
    text.insert(text.toString().indexOf('Clause 1000 '), 'Seaweed ');
    const result = index.apply(workspace.ydoc, pending);
    expect(result.replaced + result.added + result.removed).toBeLessThanOrEqual(3);
    expect(index.ids()).toEqual(WorkspaceIndex.build(workspace.ydoc).ids());
    const hit = index.search('seaweed')[0]?.hits[0];
    expect(hit?.target).toMatchObject({ kind: 'passage', documentId: 'doc-report', block: 1 });
    expect(hit?.snippet.firstMatch).toBe('Seaweed');
  });
});

describe('a stored index', () => {
  const workspace = sampleWorkspace();
  const stored = WorkspaceIndex.build(workspace.ydoc).serialise(Y.encodeStateVector(workspace.ydoc));

  it('loads and answers as the index it was saved from', () => {
    const loaded = WorkspaceIndex.load(stored);
    expect(loaded?.index.search('Pacific')[0]?.hits[0]?.id).toBe('view:view-1');
  });

  it('is refused, for a rebuild, when it is damaged or stamped with another version', () => {
    const parsed = JSON.parse(stored) as Record<string, unknown>;
    const damaged = [
      stored.slice(0, stored.length / 2),
      '',
      'null',
      JSON.stringify({ ...parsed, version: SEARCH_INDEX_VERSION + 1 }),
      JSON.stringify({ ...parsed, format: 'something-else' }),
      JSON.stringify({ ...parsed, index: { serializationVersion: 99 } }),
      JSON.stringify({ ...parsed, index: { ...(parsed.index as object), documentIds: 'broken' } }),
    ];
    for (const text of damaged) expect(WorkspaceIndex.load(text), text.slice(0, 80)).toBeUndefined();
  });
});
