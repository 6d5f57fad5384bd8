import fc from 'fast-check';
import * as Y from 'yjs';
import { LifecycleDoc } from '../../../shared/documents/lifecycle-doc';
import { planRestore } from '../../../shared/integrity/archive-restore';
import { IntegrityDoc } from '../../../shared/integrity/integrity-doc';
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveLifecycle, lifecycleRecord, type Lifecycle, type LifecycleOptions } from '../../../shared/documents/lifecycle-log';
import { isAllowedStep, LIFECYCLE_STAGES, type LifecycleStage, type TransitionContent } from '../../../shared/documents/lifecycle-stage';
import { prepareTransition } from '../../../shared/documents/lifecycle-transition';
import { unsignedEntry, type SignedEntry } from '../../../shared/integrity/signed-entry';
import { verifyEntries, type Verified } from '../../../shared/integrity/verify-entry';
import type { MemberRole } from '../../../shared/members/member';
import { Keyring, unwrap, WORKSPACE } from '../integrity/signing-fixtures';

const DOC = 'doc-charter';
const T0 = Date.UTC(2026, 5, 1, 9, 0, 0);
const minutes = (n: number) => new Date(T0 + n * 60_000);
const DIGEST = 'a'.repeat(64);
const ROLES: Record<string, MemberRole> = { amara: 'coordinator', ko: 'chair', lin: 'member', obs: 'observer' };
const keyring = new Keyring();
beforeAll(() => keyring.addAll(['amara', 'ko', 'lin', 'obs', 'eve']));

const options = (extra: Partial<LifecycleOptions> = {}): LifecycleOptions => ({
  documentId: DOC,
  storedStatus: undefined,
  roleOf: (id) => ROLES[id],
  adoptingDecisions: new Map([['decision-1', 'proposal-1']]),
  ...extra,
});

let sequence = 0;
function content(from: LifecycleStage, to: LifecycleStage, previousId: string | null, at: Date): TransitionContent {
  return {
    from,
    to,
    previousId,
    reviewEndsAt: to === 'in-review' ? new Date(at.getTime() + 3 * 86_400_000).toISOString() : null,
    proposalId: to === 'consensus-call' || to === 'adopted' ? 'proposal-1' : null,
    decisionId: to === 'adopted' ? 'decision-1' : null,
    adoptedTextDigest: to === 'adopted' ? DIGEST : null,
  };
}

async function signed(author: string, body: TransitionContent, at: Date, signer = author): Promise<SignedEntry> {
  sequence += 1;
  return keyring.sign(unsignedEntry('document-transition', { workspaceId: WORKSPACE, subjectId: DOC, authorId: author, now: at, id: `t-${sequence}` }, body), signer);
}

async function verified(entries: readonly SignedEntry[]): Promise<Verified<SignedEntry>[]> {
  const report = await verifyEntries(entries.map((entry) => ({ key: entry.id, value: entry })), { workspaceId: WORKSPACE, keyOf: keyring.keyOf });
  return report.verified;
}

/** The honest path, as the app builds it: each step prepared from the lifecycle derived so far. */
async function honestChain(steps: readonly { to: LifecycleStage; by: 'amara' | 'ko' }[]): Promise<{ entries: SignedEntry[]; lifecycle: Lifecycle }> {
  const entries: SignedEntry[] = [];
  let lifecycle = deriveLifecycle([], options());
  for (const [index, step] of steps.entries()) {
    const now = minutes(index * 10);
    const prepared = prepareTransition(
      { to: step.to, reviewEndsAt: new Date(now.getTime() + 86_400_000).toISOString(), proposalId: 'proposal-1', adoptedTextDigest: DIGEST },
      { lifecycle, actorId: step.by, actorRole: ROLES[step.by], adoptingDecisions: options().adoptingDecisions, workspaceId: WORKSPACE, documentId: DOC, now, id: `h-${index}-${(sequence += 1)}` },
    );
    entries.push(await keyring.sign(unwrap(prepared)));
    lifecycle = deriveLifecycle(await verified(entries), options());
  }
  return { entries, lifecycle };
}

/** A random walk along the allowed steps. */
const walk = fc.array(fc.tuple(fc.nat(), fc.constantFrom<'amara' | 'ko'>('amara', 'ko')), { maxLength: 8 }).map((choices) => {
  let stage: LifecycleStage = 'draft';
  return choices.map(([pick, by]) => {
    const next = LIFECYCLE_STAGES.filter((to) => isAllowedStep(stage, to));
    stage = next[pick % next.length] ?? 'draft';
    return { to: stage, by };
  });
});

/** Entries no honest install applies: by members without the role, forged with another key, or out of order. */
const junk = fc.array(
  fc.record({
    kind: fc.constantFrom('unauthorised', 'forged', 'wrong-from', 'dangling'),
    author: fc.constantFrom('lin', 'obs'),
    to: fc.constantFrom(...LIFECYCLE_STAGES),
    link: fc.nat(),
    minute: fc.integer({ min: -30, max: 120 }),
  }),
  { maxLength: 6 },
);

describe('document lifecycle from a log of signed transitions', () => {
  it('an honest walk ends where the walk ends, with every step in the history', async () => {
    await fc.assert(
      fc.asyncProperty(walk, async (steps) => {
        const { lifecycle } = await honestChain(steps);
        expect(lifecycle.stage).toBe(steps.at(-1)?.to ?? 'draft');
        expect(lifecycle.history.map((step) => step.to)).toEqual(steps.map((step) => step.to));
        expect(lifecycle.ignored).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it('entries by members without the role, forgeries and out-of-order steps change nothing and are flagged', async () => {
    await fc.assert(
      fc.asyncProperty(walk, junk, async (steps, extras) => {
        const { entries, lifecycle } = await honestChain(steps);
        const links = [null, ...entries.map((entry) => entry.id)];
        const bad: SignedEntry[] = [];
        for (const extra of extras) {
          const previousId = links[extra.link % links.length] ?? null;
          const stageAfter = previousId === null ? 'draft' : lifecycle.history.find((step) => step.id === previousId)?.to ?? 'draft';
          const at = minutes(extra.minute);
          if (extra.kind === 'unauthorised') bad.push(await signed(extra.author, content(stageAfter, extra.to, previousId, at), at));
          // Claims to be the coordinator, signed with Eve's key: verification drops it.
          if (extra.kind === 'forged') bad.push(await signed('amara', content(stageAfter, extra.to, previousId, at), at, 'eve'));
          // Only below a signed step: the first step itself names where the chain starts.
          if (extra.kind === 'wrong-from' && entries.length > 0) {
            const below = entries[extra.link % entries.length]?.id ?? null;
            const after = lifecycle.history.find((step) => step.id === below)?.to ?? 'draft';
            const from = LIFECYCLE_STAGES.find((stage) => stage !== after) ?? 'draft';
            bad.push(await signed('amara', content(from, extra.to, below, at), at));
          }
          if (extra.kind === 'dangling') bad.push(await signed('ko', content(stageAfter, extra.to, 'no-such-transition', at), at));
        }
        const withJunk = deriveLifecycle(await verified([...bad, ...entries]), options());
        expect(withJunk.stage).toBe(lifecycle.stage);
        expect(withJunk.history).toEqual(lifecycle.history);
        // Every signed one that verified is listed as ignored; forgeries never verify at all.
        expect(withJunk.ignored.length).toBe((await verified(bad)).length);
        expect(withJunk.ignored.length).toBe(bad.length - extras.filter((extra) => extra.kind === 'forged').length);
      }),
      { numRuns: 25 },
    );
  });

  it('is the same whatever order the entries arrive in', async () => {
    await fc.assert(
      fc.asyncProperty(walk.filter((steps) => steps.length > 0), fc.nat(), async (steps, seed) => {
        const { entries, lifecycle } = await honestChain(steps);
        const shuffled = [...entries].sort((a, b) => ((a.id.charCodeAt(a.id.length - 1) * 31 + seed) % 7) - ((b.id.charCodeAt(b.id.length - 1) * 31 + seed) % 7));
        expect(deriveLifecycle(await verified(shuffled), options()).history).toEqual(lifecycle.history);
      }),
      { numRuns: 15 },
    );
  });
});

describe('lifecycle rules', () => {
  it('two officers moving at once: the earlier step stands, the other is listed as concurrent', async () => {
    const first = await signed('amara', content('draft', 'in-review', null, minutes(1)), minutes(1));
    const second = await signed('ko', content('draft', 'in-review', null, minutes(2)), minutes(2));
    const lifecycle = deriveLifecycle(await verified([second, first]), options());
    expect(lifecycle.history.map((step) => step.id)).toEqual([first.id]);
    expect(lifecycle.ignored).toMatchObject([{ id: second.id, reason: 'concurrent' }]);
  });

  it('a role counts as held when the transition was signed', async () => {
    const entry = await signed('ko', content('draft', 'in-review', null, minutes(5)), minutes(5));
    const roleOf = (id: string, at: Date) => (id === 'ko' && at.getTime() >= minutes(10).getTime() ? 'chair' : id === 'ko' ? 'member' : undefined);
    expect(deriveLifecycle(await verified([entry]), options({ roleOf })).ignored).toMatchObject([{ reason: 'not-allowed' }]);
    const later = await signed('ko', content('draft', 'in-review', null, minutes(11)), minutes(11));
    expect(deriveLifecycle(await verified([later]), options({ roleOf })).stage).toBe('in-review');
  });

  it('adoption needs the decision that adopted the proposal under consensus call', async () => {
    const review = await signed('amara', content('draft', 'in-review', null, minutes(1)), minutes(1));
    const call = await signed('amara', content('in-review', 'consensus-call', review.id, minutes(2)), minutes(2));
    const adopt = await signed('amara', { ...content('consensus-call', 'adopted', call.id, minutes(3)), decisionId: 'decision-of-another-proposal' }, minutes(3));
    const lifecycle = deriveLifecycle(await verified([review, call, adopt]), options());
    expect(lifecycle.stage).toBe('consensus-call');
    expect(lifecycle.ignored).toMatchObject([{ id: adopt.id, reason: 'unknown-decision' }]);
  });

  it('a review ending before the step into it is incomplete', async () => {
    const review = await signed('amara', { ...content('draft', 'in-review', null, minutes(10)), reviewEndsAt: minutes(5).toISOString() }, minutes(10));
    expect(deriveLifecycle(await verified([review]), options()).ignored).toMatchObject([{ reason: 'incomplete' }]);
  });

  it('an old document starts from its stored status', async () => {
    const lifecycle = deriveLifecycle([], options({ storedStatus: 'in-review' }));
    expect(lifecycle).toMatchObject({ stage: 'in-review', startedFrom: 'in-review', history: [] });
    const call = await signed('amara', content('in-review', 'consensus-call', null, minutes(1)), minutes(1));
    expect(deriveLifecycle(await verified([call]), options({ storedStatus: 'in-review' })).stage).toBe('consensus-call');
  });

  it('a stored status rewritten after the first signed step changes nothing', async () => {
    const review = await signed('amara', content('draft', 'in-review', null, minutes(1)), minutes(1));
    const lifecycle = deriveLifecycle(await verified([review]), options({ storedStatus: 'adopted' }));
    expect(lifecycle).toMatchObject({ stage: 'in-review', startedFrom: 'draft', ignored: [] });
  });

  it('prepareTransition refuses members without the role, a past review end and a skipped step', () => {
    const lifecycle = deriveLifecycle([], options());
    const context = { lifecycle, adoptingDecisions: new Map<string, string>(), workspaceId: WORKSPACE, documentId: DOC, now: minutes(0) };
    expect(prepareTransition({ to: 'in-review', reviewEndsAt: minutes(60).toISOString() }, { ...context, actorId: 'lin', actorRole: 'member' })).toEqual({
      ok: false,
      errors: { _form: 'errors.notAllowedToMoveDocument' },
    });
    expect(prepareTransition({ to: 'in-review', reviewEndsAt: minutes(-1).toISOString() }, { ...context, actorId: 'ko', actorRole: 'chair' })).toEqual({
      ok: false,
      errors: { reviewEndsAt: 'errors.reviewEndInPast' },
    });
    expect(prepareTransition({ to: 'adopted' }, { ...context, actorId: 'ko', actorRole: 'chair' })).toEqual({ ok: false, errors: { _form: 'errors.stepNotAllowed' } });
  });

  it('lists the record for exports, oldest first', async () => {
    const { lifecycle } = await honestChain([{ to: 'in-review', by: 'amara' }, { to: 'consensus-call', by: 'ko' }]);
    expect(lifecycleRecord(lifecycle, (id) => `Name of ${id}`)).toMatchObject([
      { by: 'Name of amara', from: 'draft', to: 'in-review' },
      { by: 'Name of ko', from: 'in-review', to: 'consensus-call', proposalId: 'proposal-1' },
    ]);
  });
});

describe('a removed stage change', () => {
  it('is written back from the archive and flagged, like a removed position', async () => {
    const ydoc = new Y.Doc();
    const entry = await signed('amara', content('draft', 'in-review', null, minutes(1)), minutes(1));
    new LifecycleDoc(ydoc).record(entry as SignedEntry<TransitionContent>);
    const [archived] = await verified([entry]);
    const integrity = new IntegrityDoc(ydoc);
    ydoc.getMap('documentTransitions').delete(entry.id);
    const plan = planRestore({ archive: [{ entry: archived!, receivedAt: minutes(1).toISOString() }], current: integrity.rawLogs(), detectedBy: 'ko', now: minutes(2) });
    integrity.applyRestore(plan);
    expect(plan.flags).toMatchObject([{ entryKind: 'document-transition', subjectId: DOC, reason: 'removed' }]);
    expect(deriveLifecycle(await verified(integrity.log('documentTransitions').raw().map((raw) => raw.value as SignedEntry)), options()).stage).toBe('in-review');
  });
});
