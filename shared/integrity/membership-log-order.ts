import type { CheckedEntry } from './membership-log-state';

export type StructuralReason = 'foreign-root' | 'time-before-parent';

export interface OrderedLog {
  /** Every entry whose ancestry is complete and reaches the root: parents first, concurrent ones by rank. */
  order: CheckedEntry[];
  /** Position in `order`: the seniority of the member an admission at that position binds. */
  position: ReadonlyMap<string, number>;
  ancestors: ReadonlyMap<string, ReadonlySet<string>>;
  /** Waiting for a parent this replica has not received yet; they take effect once it arrives. */
  pending: string[];
  structural: { hash: string; reason: StructuralReason }[];
  /** What a new entry should name as its parents. */
  heads: string[];
  /** The latest claimed time among the heads: a new entry may not claim an earlier one. */
  headsAt: string | null;
}

/** The documented rank among entries that are ready at the same time: earlier claimed time, then smaller hash. */
export function rank(a: CheckedEntry, b: CheckedEntry): number {
  const difference = Date.parse(a.entry.at) - Date.parse(b.entry.at);
  if (difference !== 0) return difference;
  return a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0;
}

/**
 * A deterministic topological order (Kahn's algorithm, ties by rank): the same set of entries
 * gives the same order on every replica, whatever order they arrived in.
 */
export function orderEntries(entries: readonly CheckedEntry[], root: string): OrderedLog {
  const byHash = new Map(entries.map((checked) => [checked.hash, checked]));
  const children = new Map<string, string[]>();
  const waitingOn = new Map<string, number>();
  for (const checked of entries) {
    const parents = checked.entry.parents;
    waitingOn.set(checked.hash, parents.length);
    for (const parent of parents) children.set(parent, [...(children.get(parent) ?? []), checked.hash]);
  }
  const rootEntry = byHash.get(root);
  const structural: OrderedLog['structural'] = [];
  for (const checked of entries) if (checked.entry.parents.length === 0 && checked.hash !== root) structural.push({ hash: checked.hash, reason: 'foreign-root' });

  const order: CheckedEntry[] = [];
  const ancestors = new Map<string, ReadonlySet<string>>();
  const foreign = new Set<string>();
  let ready: CheckedEntry[] = rootEntry ? [rootEntry] : [];
  while (ready.length > 0) {
    ready.sort(rank);
    const next = ready.shift() as CheckedEntry;
    const parents = next.entry.parents;
    const seen = new Set<string>();
    for (const parent of parents) {
      seen.add(parent);
      for (const ancestor of ancestors.get(parent) ?? []) seen.add(ancestor);
    }
    ancestors.set(next.hash, seen);
    if (parents.some((parent) => foreign.has(parent))) {
      foreign.add(next.hash);
      structural.push({ hash: next.hash, reason: 'foreign-root' });
    } else {
      order.push(next);
      const latestParent = Math.max(...parents.map((parent) => Date.parse(byHash.get(parent)?.entry.at ?? '')));
      if (parents.length > 0 && Date.parse(next.entry.at) < latestParent) structural.push({ hash: next.hash, reason: 'time-before-parent' });
    }
    for (const child of children.get(next.hash) ?? []) {
      const left = (waitingOn.get(child) ?? 0) - 1;
      waitingOn.set(child, left);
      const childEntry = byHash.get(child);
      if (left === 0 && childEntry) ready.push(childEntry);
    }
    // A non-root genesis never enters the order, so its descendants are released as foreign.
    if (ready.length === 0) ready = releaseForeign(entries, ancestors, foreign, waitingOn, children, byHash);
  }

  const placed = new Set([...ancestors.keys()]);
  const pending = entries.filter((checked) => !placed.has(checked.hash) && checked.entry.parents.length > 0).map((checked) => checked.hash).sort();
  const hasChild = new Set(order.flatMap((checked) => checked.entry.parents));
  const heads = order.filter((checked) => !hasChild.has(checked.hash)).map((checked) => checked.hash).sort();
  const headTimes = order.filter((checked) => heads.includes(checked.hash)).map((checked) => checked.entry.at);
  const headsAt = headTimes.sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1) ?? null;
  return { order, position: new Map(order.map((checked, index) => [checked.hash, index])), ancestors, pending, structural, heads, headsAt };
}

/** Entries below another genesis: marked foreign so they are reported, never pending forever. */
function releaseForeign(
  entries: readonly CheckedEntry[],
  ancestors: Map<string, ReadonlySet<string>>,
  foreign: Set<string>,
  waitingOn: Map<string, number>,
  children: ReadonlyMap<string, string[]>,
  byHash: ReadonlyMap<string, CheckedEntry>,
): CheckedEntry[] {
  const ready: CheckedEntry[] = [];
  for (const checked of entries) {
    if (checked.entry.parents.length !== 0 || ancestors.has(checked.hash)) continue;
    ancestors.set(checked.hash, new Set());
    foreign.add(checked.hash);
    for (const child of children.get(checked.hash) ?? []) {
      const left = (waitingOn.get(child) ?? 0) - 1;
      waitingOn.set(child, left);
      const childEntry = byHash.get(child);
      if (left === 0 && childEntry) ready.push(childEntry);
    }
  }
  return ready;
}
