// Replays one agent of a concurrent editing trace (josephg/editing-traces format) on a Y.Doc.
//
// Each txn's patch positions refer to the document *as of its parents* (its causal version),
// while the replica may already hold concurrent edits from the other agent that are not among
// those parents. So a position is resolved against that version, not the current text:
//   - agent a writes as Yjs client 1000+a and its clock advances by exactly the inserted length
//     of each txn (+1 when the txn deletes: it then records the ranges it deleted in the Y.Map
//     'trace', since Yjs delete sets do not say who deleted what). So the clock each txn ends at
//     is known from the trace alone, and the state vector tells which txns have arrived;
//   - a character is "in the version" when its creating txn is, and "visible" there when no txn
//     of the version deleted it;
//   - an insert gets exactly the origins a replica holding only that version would have given it
//     (YATA left/right origin, tombstones skipped as Y.Text does), and is integrated from there,
//     so concurrent items in between are ordered by Yjs's own conflict resolution.
// The result is the same whatever the arrival order over the network, so both peers must end
// with the trace's endContent. Uses yjs's exported Item/ContentString/getItemCleanStart/End.
import * as Y from 'yjs';

export function analyseTrace(trace) {
  const agents = trace.numAgents;
  const vv = []; // per txn: how many txns of each agent are in its causal past, itself included
  const parentVV = [];
  const seq = []; // 1-based position of a txn in its agent's chain
  const byAgent = Array.from({ length: agents }, () => []);
  const endClock = Array.from({ length: agents }, () => [0]); // [agent][seq] → Yjs clock after it
  trace.txns.forEach((txn, index) => {
    const version = new Array(agents).fill(0);
    for (const parent of txn.parents) for (let a = 0; a < agents; a++) version[a] = Math.max(version[a], vv[parent][a]);
    if (version[txn.agent] !== byAgent[txn.agent].length) throw new Error(`txn ${index}: agent ${txn.agent} does not build on its own previous txn`);
    parentVV.push(version.slice());
    version[txn.agent]++;
    vv.push(version);
    byAgent[txn.agent].push(index);
    seq.push(byAgent[txn.agent].length);
    const clocks = endClock[txn.agent];
    clocks.push(clocks[clocks.length - 1] + clockCost(txn));
  });
  return { vv, parentVV, seq, byAgent, endClock };
}

const writesRecord = (txn) => txn.patches.some(([, del]) => del > 0) || txn.patches.every(([, , ins]) => ins.length === 0);
const clockCost = (txn) => txn.patches.reduce((sum, [, , ins]) => sum + ins.length, 0) + (writesRecord(txn) ? 1 : 0);

const CLIENT_BASE = 1000; // agent a writes as Yjs client CLIENT_BASE + a

export class TraceReplica {
  constructor(doc, trace, agent, info = analyseTrace(trace)) {
    this.doc = doc;
    this.trace = trace;
    this.agent = agent;
    this.info = info;
    this.agents = trace.numAgents;
    doc.clientID = CLIENT_BASE + agent;
    this.text = doc.getText('text');
    this.meta = doc.getMap('trace');
    this.known = new Array(this.agents).fill(0); // txns of each agent applied here
    this.deletedBy = Array.from({ length: this.agents }, () => new Map()); // [agent] client → Int32Array(clock → seq)
    this.listeners = new Set();
    this.meta.observe((event) => {
      if (event.transaction.local) return;
      for (const key of event.keysChanged) {
        const index = Number(key);
        const txn = trace.txns[index];
        const ranges = this.meta.get(key);
        for (let i = 0; i < ranges.length; i += 3) this.markDeleted(txn.agent, info.seq[index], ranges[i], ranges[i + 1], ranges[i + 2]);
      }
    });
    doc.on('update', (_update, _origin, _doc, transaction) => {
      if (transaction.local) return;
      this.refreshKnown();
      this.listeners.forEach((listener) => listener());
    });
  }

  /** Txns of an agent arrive in order (one Yjs client): the state vector says how many are here. */
  refreshKnown() {
    for (let a = 0; a < this.agents; a++) {
      const state = Y.getState(this.doc.store, CLIENT_BASE + a);
      const clocks = this.info.endClock[a];
      while (this.known[a] + 1 < clocks.length && clocks[this.known[a] + 1] <= state) this.known[a]++;
    }
  }

  /** Txns of `agent` this replica holds. */
  count(agent) {
    return this.known[agent];
  }

  markDeleted(agent, s, client, clock, length) {
    let marks = this.deletedBy[agent].get(client);
    if (!marks || marks.length < clock + length) {
      const grown = new Int32Array(Math.max(1024, (clock + length) * 2));
      if (marks) grown.set(marks);
      this.deletedBy[agent].set(client, grown);
      marks = grown;
    }
    for (let c = clock; c < clock + length; c++) if (marks[c] === 0) marks[c] = s;
  }

  /** Whether every txn this one depends on has reached this replica. */
  ready(index) {
    const version = this.info.parentVV[index];
    for (let a = 0; a < this.agents; a++) if (this.known[a] < version[a]) return false;
    return true;
  }

  /** Resolves on the next change that came from a peer. */
  whenChanged() {
    return new Promise((resolve) => {
      const listener = () => {
        this.listeners.delete(listener);
        resolve();
      };
      this.listeners.add(listener);
    });
  }

  /** Walks the text as of `version`: visit(item, offset, length, visible) per run of characters present in it. */
  walk(version, visit) {
    const limits = [];
    const marks = [];
    for (let a = 0; a < this.agents; a++) {
      limits.push(a === this.agent ? Infinity : this.info.endClock[a][version[a]]);
      marks.push(this.deletedBy.map((byAgent) => byAgent.get(CLIENT_BASE + a)));
    }
    for (let item = this.text._start; item !== null; item = item.right) {
      if (!item.countable) continue;
      const { client, clock } = item.id;
      const a = client - CLIENT_BASE;
      const limit = limits[a] ?? 0;
      const existing = Math.max(0, Math.min(item.length, limit - clock));
      if (existing === 0) continue;
      if (!item.deleted) {
        if (visit(item, 0, existing, true) === false) return;
        continue;
      }
      // Deleted here: a character is gone as of `version` only if a txn of the version deleted it.
      const deleters = marks[a];
      let runStart = 0;
      let runVisible = false;
      for (let offset = 0; offset <= existing; offset++) {
        let visible = false;
        if (offset < existing) {
          visible = true;
          for (let d = 0; d < this.agents; d++) {
            const by = deleters[d]?.[clock + offset] ?? 0;
            if (by !== 0 && by <= version[d]) visible = false;
          }
        }
        if (offset === existing || (offset > runStart && visible !== runVisible)) {
          if (visit(item, runStart, offset - runStart, runVisible) === false) return;
          runStart = offset;
        }
        runVisible = visible;
      }
    }
  }

  /** Applies txn `index` (of this replica's agent); its parents must be here (see ready). */
  apply(index) {
    const txn = this.trace.txns[index];
    if (txn.agent !== this.agent) throw new Error('not my txn');
    const s = this.info.seq[index];
    const version = this.info.parentVV[index].slice();
    version[this.agent] = s; // this txn's own earlier patches count as seen
    const deleted = [];
    const store = this.doc.store;
    this.doc.transact((tr) => {
      for (const [pos, del, ins] of txn.patches) {
        if (del > 0) {
          const ranges = [];
          let n = 0;
          this.walk(version, (item, offset, length, visible) => {
            if (!visible) return true;
            const from = Math.max(n, pos);
            const to = Math.min(n + length, pos + del);
            if (from < to) ranges.push([item.id.client, item.id.clock + offset + (from - n), to - from]);
            n += length;
            return n < pos + del;
          });
          for (const [client, clock, length] of ranges) {
            const item = Y.getItemCleanStart(tr, Y.createID(client, clock));
            Y.getItemCleanEnd(tr, store, Y.createID(client, clock + length - 1));
            if (!item.deleted) item.delete(tr);
            this.markDeleted(this.agent, s, client, clock, length);
            deleted.push(client, clock, length);
          }
        }
        if (ins.length > 0) {
          // Left origin: the last character present in the version before the pos+1-th visible
          // one (tombstones included, as Y.Text skips them); right origin: that visible character.
          let left = null;
          let right = null;
          let n = 0;
          this.walk(version, (item, offset, length, visible) => {
            if (visible && n + length > pos) {
              right = Y.createID(item.id.client, item.id.clock + offset + (pos - n));
              if (pos > n) left = Y.createID(item.id.client, item.id.clock + offset + (pos - n) - 1);
              return false;
            }
            left = Y.createID(item.id.client, item.id.clock + offset + length - 1);
            if (visible) n += length;
            return true;
          });
          const leftItem = left ? Y.getItemCleanEnd(tr, store, left) : null;
          const rightItem = right ? Y.getItemCleanStart(tr, right) : null;
          const item = new Y.Item(
            Y.createID(this.doc.clientID, Y.getState(store, this.doc.clientID)),
            leftItem,
            leftItem && leftItem.lastId,
            rightItem,
            rightItem && rightItem.id,
            this.text,
            null,
            new Y.ContentString(ins),
          );
          item.integrate(tr, 0);
        }
      }
      if (this.text._searchMarker) this.text._searchMarker.length = 0;
      if (writesRecord(txn)) this.meta.set(String(index), deleted);
    });
    const state = Y.getState(store, this.doc.clientID);
    if (state !== this.info.endClock[this.agent][s]) throw new Error(`txn ${index}: clock ${state}, expected ${this.info.endClock[this.agent][s]}`);
    this.known[this.agent] = s;
  }
}

export async function loadTrace(file) {
  const { readFileSync } = await import('node:fs');
  const { gunzipSync } = await import('node:zlib');
  return JSON.parse(gunzipSync(readFileSync(file)).toString('utf8'));
}
