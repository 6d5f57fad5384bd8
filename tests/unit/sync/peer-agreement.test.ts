import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ACKNOWLEDGE_WITHIN_MS, compareReports, overallAgreement, peerAgreement, ReportHistory, type PeerAgreement } from '../../../shared/sync/peer-agreement';
import { parseReport, reportOf, toWire } from '../../../shared/sync/state-report';

function replica(clientID: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  return doc;
}

function exchange(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

/** Both hold exactly the same changes: the same insertions and the same deletions. */
function sameContent(a: Y.Doc, b: Y.Doc): boolean {
  const vectors = (doc: Y.Doc) => [...Y.decodeStateVector(Y.encodeStateVector(doc))].sort(([x], [y]) => x - y);
  const deletes = (doc: Y.Doc) => Y.encodeSnapshot(Y.snapshot(doc));
  return JSON.stringify(vectors(a)) === JSON.stringify(vectors(b)) && Buffer.from(deletes(a)).equals(Buffer.from(deletes(b)));
}

type Step = { kind: 'insert'; who: 0 | 1; at: number; text: string } | { kind: 'delete'; who: 0 | 1; at: number; length: number } | { kind: 'send'; from: 0 | 1 };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), who: fc.constantFrom(0 as const, 1 as const), at: fc.nat(), text: fc.string({ minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant('delete' as const), who: fc.constantFrom(0 as const, 1 as const), at: fc.nat(), length: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('send' as const), from: fc.constantFrom(0 as const, 1 as const) }),
);

function play(steps: Step[]): [Y.Doc, Y.Doc] {
  const docs: [Y.Doc, Y.Doc] = [replica(1), replica(2)];
  for (const s of steps) {
    if (s.kind === 'send') exchange(docs[s.from], docs[1 - s.from] as Y.Doc);
    else {
      const text = docs[s.who].getText('charter');
      if (s.kind === 'insert') text.insert(s.at % (text.length + 1), s.text);
      else if (text.length > 0) {
        const at = s.at % text.length;
        text.delete(at, Math.min(s.length, text.length - at));
      }
    }
  }
  return docs;
}

describe('comparing what two peers have', () => {
  it('is synced both ways exactly when both hold the same changes (property)', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const [ours, theirs] = play(steps);
        const { pending, missing } = compareReports(reportOf(ours, 'a'), reportOf(theirs, 'b'));
        expect(pending === 0 && missing === 0).toBe(sameContent(ours, theirs));
      }),
      { numRuns: 300 },
    );
  });

  it('never says a peer has all our insertions when it lacks one, and counts what it lacks (property)', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const [ours, theirs] = play(steps);
        const { pending, missing } = compareReports(reportOf(ours, 'a'), reportOf(theirs, 'b'));
        const lacking = (from: Y.Doc, to: Y.Doc) => {
          let count = 0;
          Y.decodeStateVector(Y.encodeStateVector(from)).forEach((clock, client) => (count += Math.max(0, clock - (Y.decodeStateVector(Y.encodeStateVector(to)).get(client) ?? 0))));
          return count;
        };
        expect(pending).toBeGreaterThanOrEqual(lacking(ours, theirs));
        expect(missing).toBeGreaterThanOrEqual(lacking(theirs, ours));
      }),
      { numRuns: 300 },
    );
  });

  it('when only we edit, a peer that lacks anything of ours, deletions included, is never up to date (property)', () => {
    const oneWay = fc.array(
      fc.oneof(
        step.filter((s) => s.kind !== 'send' && s.who === 0),
        fc.constant<Step>({ kind: 'send', from: 0 }),
      ),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(oneWay, (steps) => {
        const [ours, theirs] = play(steps);
        const { pending, missing } = compareReports(reportOf(ours, 'a'), reportOf(theirs, 'b'));
        expect(missing).toBe(0);
        expect(pending > 0).toBe(!sameContent(ours, theirs));
      }),
      { numRuns: 300 },
    );
  });

  it('counts the operations a peer lacks, and a deletion that moves no state vector', () => {
    const ours = replica(1);
    const theirs = replica(2);
    ours.getText('charter').insert(0, 'Mission. ');
    exchange(ours, theirs);
    expect(compareReports(reportOf(ours, 'a'), reportOf(theirs, 'b'))).toEqual({ pending: 0, missing: 0 });
    ours.getText('charter').insert(9, 'Membership.');
    expect(compareReports(reportOf(ours, 'a'), reportOf(theirs, 'b'))).toEqual({ pending: 11, missing: 0 });
    exchange(ours, theirs);
    const vector = Y.encodeStateVector(ours);
    ours.getText('charter').delete(0, 9);
    expect(Y.encodeStateVector(ours)).toEqual(vector);
    expect(compareReports(reportOf(ours, 'a'), reportOf(theirs, 'b')).pending).toBe(9);
    theirs.getText('charter').insert(0, 'Hi');
    expect(compareReports(reportOf(ours, 'a'), reportOf(theirs, 'b')).missing).toBe(2);
  });

  it('gives the same digest however the two copies came by their changes', () => {
    const a = replica(1);
    a.getText('charter').insert(0, 'abcdef');
    a.getText('charter').delete(1, 1);
    a.getText('charter').delete(2, 1);
    const b = replica(2);
    // One update per change, applied in reverse: b's structs are split differently.
    const updates: Uint8Array[] = [];
    const c = replica(1);
    c.on('update', (update: Uint8Array) => updates.push(update));
    c.getText('charter').insert(0, 'abcdef');
    c.getText('charter').delete(1, 1);
    c.getText('charter').delete(2, 1);
    updates.reverse().forEach((update) => Y.applyUpdate(b, update));
    expect(reportOf(b, 'b').digest).toBe(reportOf(a, 'a').digest);
  });
});

describe('a report on the wire', () => {
  it('survives awareness JSON and refuses anything malformed', () => {
    const doc = replica(7);
    doc.getText('charter').insert(0, 'Scope');
    const report = reportOf(doc, 'peer-1');
    const back = parseReport(JSON.parse(JSON.stringify(toWire(report))));
    expect(back).toEqual(report);
    for (const bad of [undefined, null, 'x', { ...toWire(report), vector: '%%%' }, { ...toWire(report), deleted: -1 }, { ...toWire(report), digest: 'short' }, { ...toWire(report), vector: 'BQ' }]) {
      expect(parseReport(bad)).toBeUndefined();
    }
  });
});

describe('a peer that stops acknowledging', () => {
  const at = 1_000_000;
  it('is sending while our change is recent, behind once it has gone unacknowledged past the bound, synced once it has it', () => {
    const ours = replica(1);
    const theirs = replica(2);
    const history = new ReportHistory();
    ours.getText('charter').insert(0, 'Mission.');
    exchange(ours, theirs);
    history.record(reportOf(ours, 'a'), at);
    ours.getText('charter').insert(8, ' Open data.');
    const now = reportOf(ours, 'a');
    history.record(now, at + 100);
    const stale = reportOf(theirs, 'b');
    const connected = 60_000;
    expect(peerAgreement(now, stale, history, at + 200, connected)).toEqual({ state: 'sending', pending: 11, missing: 0 });
    expect(peerAgreement(now, stale, history, at + 100 + ACKNOWLEDGE_WITHIN_MS - 1, connected).state).toBe('sending');
    expect(peerAgreement(now, stale, history, at + 100 + ACKNOWLEDGE_WITHIN_MS, connected)).toEqual({ state: 'behind', pending: 11, missing: 0 });
    // A peer that connected only now is still being sent what it lacks.
    expect(peerAgreement(now, stale, history, at + 100 + ACKNOWLEDGE_WITHIN_MS, 1_000).state).toBe('sending');
    exchange(ours, theirs);
    expect(peerAgreement(now, reportOf(theirs, 'b'), history, at + 60_000, connected)).toEqual({ state: 'synced', pending: 0, missing: 0 });
  });

  it('while we keep typing, is behind only for what it has lacked longer than the bound', () => {
    const ours = replica(1);
    const theirs = replica(2);
    const updates: Uint8Array[] = [];
    ours.on('update', (update: Uint8Array) => updates.push(update));
    const history = new ReportHistory();
    const text = ours.getText('charter');
    // A keystroke every 500 ms, each acknowledged 1 s later: the peer always lacks the last two, never for long.
    for (let i = 0; i < 40; i++) {
      text.insert(text.length, 'x');
      history.record(reportOf(ours, 'a'), at + i * 500);
      if (i >= 2) Y.applyUpdate(theirs, updates[i - 2] as Uint8Array);
      const agreement = peerAgreement(reportOf(ours, 'a'), reportOf(theirs, 'b'), history, at + i * 500 + 1, 60_000);
      expect(agreement).toEqual({ state: 'sending', pending: Math.min(i + 1, 2), missing: 0 });
    }
    // It stops acknowledging: behind once the oldest unacknowledged keystroke is older than the bound.
    const stoppedAt = at + 39 * 500;
    const lastReport = reportOf(ours, 'a');
    const oldestUnacknowledged = stoppedAt - 500;
    expect(peerAgreement(lastReport, reportOf(theirs, 'b'), history, oldestUnacknowledged + ACKNOWLEDGE_WITHIN_MS - 1, 60_000).state).toBe('sending');
    expect(peerAgreement(lastReport, reportOf(theirs, 'b'), history, oldestUnacknowledged + ACKNOWLEDGE_WITHIN_MS, 60_000)).toEqual({ state: 'behind', pending: 2, missing: 0 });
  });

  it('a peer that never reports stays unknown: never synced, never called behind on no evidence', () => {
    const ours = replica(1);
    ours.getText('charter').insert(0, 'Mission.');
    const history = new ReportHistory();
    history.record(reportOf(ours, 'a'), at);
    expect(peerAgreement(reportOf(ours, 'a'), undefined, history, at + 60_000, 60_000).state).toBe('unknown');
  });
});

describe('the summary over connected peers', () => {
  const peer = (state: PeerAgreement['state']): PeerAgreement => ({ state, pending: state === 'behind' || state === 'sending' ? 1 : 0, missing: state === 'receiving' ? 1 : 0 });
  const states = fc.constantFrom<PeerAgreement['state']>('synced', 'sending', 'behind', 'receiving', 'unknown');

  it('is synced only when every peer is, and behind whenever one is (property)', () => {
    fc.assert(
      fc.property(fc.array(states, { minLength: 1, maxLength: 24 }), (list) => {
        const overall = overallAgreement(list.map(peer));
        expect(overall === 'synced').toBe(list.every((state) => state === 'synced'));
        expect(overall === 'behind').toBe(list.includes('behind'));
      }),
    );
    expect(overallAgreement([])).toBeUndefined();
  });
});
