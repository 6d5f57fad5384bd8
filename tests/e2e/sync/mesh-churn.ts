/**
 * Seeded randomness for the mesh test's churn: the same seed gives the same sequence of choices,
 * so a failure printed with its seed can be replayed (MESH_SEED=…). Timing still varies from run
 * to run; the choices do not.
 */
export interface Random {
  /** In [0, 1). */
  next(): number;
  int(below: number): number;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: small, fast and good enough to shuffle a test's actions. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      const item = items[int(items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
  };
}

export function seedFromEnvironment(): number {
  const given = process.env.MESH_SEED;
  if (given !== undefined && given !== '') {
    const seed = Number(given);
    if (!Number.isInteger(seed)) throw new Error(`MESH_SEED must be an integer, not ${given}`);
    return seed;
  }
  return Math.floor(Math.random() * 2 ** 31);
}

/** What a member does at one churn step; which are possible depends on whether it is online. */
export type ChurnAction = 'write' | 'leave' | 'crash' | 'rejoin' | 'write-offline';

export function chooseAction(random: Random, member: { online: boolean; kind: 'browser' | 'node' }, onlineCount: number): ChurnAction {
  if (!member.online) {
    // Browsers can write while offline (their edits merge on "Sync again"); a stopped Node member cannot.
    if (member.kind === 'browser' && random.next() < 0.35) return 'write-offline';
    return 'rejoin';
  }
  const roll = random.next();
  // Keep at least three online so edits keep flowing through the mesh during churn.
  const mayLeave = onlineCount > 3;
  if (mayLeave && roll < 0.2) return 'leave';
  if (mayLeave && member.kind === 'node' && roll < 0.32) return 'crash';
  return 'write';
}
