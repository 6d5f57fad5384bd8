import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { collectChanges, type PendingChanges } from '../../../shared/search/changed-sources';
import { WorkspaceIndex } from '../../../shared/search/workspace-index';
import { WorkspaceDoc } from '../../../shared/workspace-doc/workspace-doc';
import { action, member, minutes, putDecision, putDocument, reviseView, sampleWorkspace } from '../../bench/search-workspace';

const WORDS = ['lantern', 'harbour', 'archive', 'charter', 'mailing', 'estuary', 'délégation', 'Consensus'];
const phrase = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));

type Edit =
  | { op: 'type'; block: number; at: number; text: string }
  | { op: 'erase'; block: number }
  | { op: 'paragraph'; block: number; text: string }
  | { op: 'drop-paragraph'; block: number }
  | { op: 'member'; index: number; organisation: string }
  | { op: 'remove-member'; index: number }
  | { op: 'decision'; index: number; summary: string }
  | { op: 'view-revision'; index: number; text: string }
  | { op: 'minutes'; keyPoint: string }
  | { op: 'action'; index: number; text: string }
  | { op: 'document'; index: number; text: string }
  | { op: 'garbage'; index: number }
  | { op: 'paste'; block: number; at: number; sentences: string[] }
  | { op: 'flush' };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('type' as const), block: fc.nat(6), at: fc.nat(40), text: fc.oneof(phrase, fc.constantFrom(' ', 'x', 'é')) }),
  fc.record({ op: fc.constant('erase' as const), block: fc.nat(6) }),
  fc.record({ op: fc.constant('paragraph' as const), block: fc.nat(6), text: phrase }),
  fc.record({ op: fc.constant('drop-paragraph' as const), block: fc.nat(6) }),
  fc.record({ op: fc.constant('member' as const), index: fc.nat(4), organisation: phrase }),
  fc.record({ op: fc.constant('remove-member' as const), index: fc.nat(4) }),
  fc.record({ op: fc.constant('decision' as const), index: fc.nat(3), summary: phrase }),
  fc.record({ op: fc.constant('view-revision' as const), index: fc.nat(3), text: phrase }),
  fc.record({ op: fc.constant('minutes' as const), keyPoint: phrase }),
  fc.record({ op: fc.constant('action' as const), index: fc.nat(3), text: phrase }),
  fc.record({ op: fc.constant('document' as const), index: fc.nat(2), text: phrase }),
  fc.record({ op: fc.constant('garbage' as const), index: fc.nat(3) }),
  // Long enough that the block is cut into chunks (passage-chunks.ts), and edits then land in one of them.
  fc.record({ op: fc.constant('paste' as const), block: fc.nat(6), at: fc.nat(3000), sentences: fc.array(phrase, { minLength: 150, maxLength: 400 }) }),
  fc.constant({ op: 'flush' as const }),
);

function textOf(workspace: WorkspaceDoc, block: number): Y.XmlText | undefined {
  const body = workspace.body('doc-charter');
  if (body.length === 0) return undefined;
  const paragraph = body.get(block % body.length);
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : undefined;
  return text instanceof Y.XmlText ? text : undefined;
}

function perform(workspace: WorkspaceDoc, step: Edit): void {
  const { ydoc } = workspace;
  const body = workspace.body('doc-charter');
  switch (step.op) {
    case 'type': {
      const text = textOf(workspace, step.block);
      text?.insert(Math.min(step.at, text.length), step.text);
      return;
    }
    case 'paste': {
      const text = textOf(workspace, step.block);
      text?.insert(Math.min(step.at, text.length), step.sentences.join('. ') + '. ');
      return;
    }
    case 'erase': {
      const text = textOf(workspace, step.block);
      if (text && text.length > 0) text.delete(0, Math.min(text.length, 8));
      return;
    }
    case 'paragraph': {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(step.text)]);
      body.insert(Math.min(step.block, body.length), [paragraph]);
      return;
    }
    case 'drop-paragraph':
      if (body.length > 0) body.delete(step.block % body.length, 1);
      return;
    case 'member':
      workspace.putMember(member(step.index, { organisation: step.organisation }));
      return;
    case 'remove-member':
      ydoc.getMap('members').delete(`member-${step.index}`);
      return;
    case 'decision':
      putDecision(ydoc, `dec-${step.index}`, 'prop-1', step.summary);
      return;
    case 'view-revision':
      reviseView(ydoc, `rev-${step.index}`, 'view-1', '', step.text);
      return;
    case 'minutes':
      ydoc.getMap('minutes').set('meet-1', minutes('meet-1', [{ keyPoints: [step.keyPoint] }]));
      return;
    case 'action':
      ydoc.getMap('actions').set(`act-${step.index}`, action(`act-${step.index}`, step.text));
      return;
    case 'document':
      putDocument(workspace, `doc-extra-${step.index}`, `Extra ${step.text}`.slice(0, 100), [step.text]);
      return;
    case 'garbage':
      // A peer's malformed record: never indexed, and it displaces the good one it overwrote.
      ydoc.getMap('decisions').set(`dec-${step.index}`, { nonsense: true });
      return;
    case 'flush':
      return;
  }
}

function searchIds(index: WorkspaceIndex, query: string): string[] {
  return index
    .search(query, { perKind: 1000 })
    .flatMap((group) => group.hits.map((hit) => hit.id))
    .sort();
}

describe('the search index kept up to date from Y.Doc changes', () => {
  it('holds the same records, fields and results as a rebuild from scratch, under random edits', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 40 }), fc.boolean(), (edits, viaStorage) => {
        const workspace = sampleWorkspace();
        let live = WorkspaceIndex.build(workspace.ydoc);
        let pending: PendingChanges = new Map();
        workspace.ydoc.on('afterTransaction', (transaction: Y.Transaction) => collectChanges(transaction, pending));
        for (const step of edits) {
          perform(workspace, step);
          if (step.op === 'flush') {
            live.apply(workspace.ydoc, pending);
            pending = new Map();
            // Half the runs also go through storage and back at each flush, as a cold start does.
            if (viaStorage) live = WorkspaceIndex.load(live.serialise(Y.encodeStateVector(workspace.ydoc)))!.index;
          }
        }
        live.apply(workspace.ydoc, pending);
        const fresh = WorkspaceIndex.build(workspace.ydoc);
        expect(live.ids()).toEqual(fresh.ids());
        for (const id of fresh.ids()) expect(live.fields(id)).toEqual(fresh.fields(id));
        for (const query of [...WORDS, 'arch', 'harbor', 'mailing archive', 'charter lantern']) expect(searchIds(live, query)).toEqual(searchIds(fresh, query));
      }),
      { numRuns: 150 },
    );
  });

  it('reconciles a stored index with a doc that changed while it was not watched', () => {
    const workspace = sampleWorkspace();
    const stored = WorkspaceIndex.build(workspace.ydoc).serialise(Y.encodeStateVector(workspace.ydoc));
    workspace.ydoc.getMap('members').delete('member-1');
    putDecision(workspace.ydoc, 'dec-2', 'prop-1', 'The estuary office closes.');
    workspace.body('doc-report').delete(0, 1);
    const loaded = WorkspaceIndex.load(stored)!.index;
    expect(loaded.reconcile(workspace.ydoc)).toEqual({ added: 1, replaced: 0, removed: 2 });
    expect(loaded.ids()).toEqual(WorkspaceIndex.build(workspace.ydoc).ids());
  });
});
