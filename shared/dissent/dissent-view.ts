import type { SignedEntry } from '../integrity/signed-entry';
import { byTime, entriesOfKind, type UnverifiedEntry, type Verified } from '../integrity/verify-entry';
import {
  CosignContentSchema,
  DissentContentSchema,
  DissentRevisionContentSchema,
  WithdrawalContentSchema,
  type DissentTarget,
  type ViewKind,
  type ViewState,
} from './dissent';

export interface Revision {
  entryId: string;
  title: string;
  text: string;
  at: string;
}

export interface CoSignature {
  memberId: string;
  at: string;
  entryId: string;
}

export interface DissentView extends ViewState {
  viewKind: ViewKind;
  target: DissentTarget;
  title: string;
  text: string;
  createdAt: string;
  updatedAt: string;
  /** Every version, the original first: edits are recorded, not overwritten. */
  revisions: Revision[];
  withdrawal: { at: string; reason: string; entryId: string } | null;
  coSigners: CoSignature[];
  /** Co-signatures their signers later withdrew. */
  withdrawnCoSigners: (CoSignature & { withdrawnAt: string })[];
}

export const IGNORED_REASONS = ['unknown-view', 'not-author', 'after-withdrawal', 'author-cosign'] as const;
export type IgnoredReason = (typeof IGNORED_REASONS)[number];

export interface DissentProjection {
  views: DissentView[];
  /** Validly signed entries that break the rules (an edit by someone else…): shown as flagged, not applied. */
  ignored: { entryId: string; authorId: string; reason: IgnoredReason }[];
  flagged: UnverifiedEntry[];
}

/** Folds verified dissent entries into views, in the same order on every install. */
export function projectDissents(verified: readonly Verified<SignedEntry>[]): DissentProjection {
  const created = entriesOfKind(verified, 'dissent', DissentContentSchema);
  const revisions = entriesOfKind(verified, 'dissent-revision', DissentRevisionContentSchema);
  const withdrawals = entriesOfKind(verified, 'dissent-withdrawal', WithdrawalContentSchema);
  const cosigns = entriesOfKind(verified, 'cosign', CosignContentSchema);
  const uncosigns = entriesOfKind(verified, 'cosign-withdrawal', WithdrawalContentSchema);
  const projection: DissentProjection = {
    views: [],
    ignored: [],
    flagged: [...created.unverified, ...revisions.unverified, ...withdrawals.unverified, ...cosigns.unverified, ...uncosigns.unverified],
  };
  const views = new Map<string, DissentView>();
  for (const entry of [...created.verified].sort(byTime)) {
    const { content } = entry;
    views.set(entry.id, {
      id: entry.id,
      authorId: entry.authorId,
      status: 'active',
      coSignerIds: [],
      viewKind: content.viewKind,
      target: content.target,
      title: content.title,
      text: content.text,
      createdAt: entry.at,
      updatedAt: entry.at,
      revisions: [{ entryId: entry.id, title: content.title, text: content.text, at: entry.at }],
      withdrawal: null,
      coSigners: [],
      withdrawnCoSigners: [],
    });
  }
  type Step = { entry: Verified<SignedEntry>; apply: (view: DissentView) => IgnoredReason | undefined };
  const steps: Step[] = [
    ...revisions.verified.map((entry) => ({
      entry,
      apply: (view: DissentView) => {
        if (entry.authorId !== view.authorId) return 'not-author' as const;
        if (view.withdrawal) return 'after-withdrawal' as const;
        view.revisions.push({ entryId: entry.id, title: entry.content.title, text: entry.content.text, at: entry.at });
        Object.assign(view, { title: entry.content.title, text: entry.content.text, updatedAt: entry.at });
        return undefined;
      },
    })),
    ...withdrawals.verified.map((entry) => ({
      entry,
      apply: (view: DissentView) => {
        if (entry.authorId !== view.authorId) return 'not-author' as const;
        if (view.withdrawal) return 'after-withdrawal' as const;
        view.withdrawal = { at: entry.at, reason: entry.content.reason, entryId: entry.id };
        view.status = 'withdrawn';
        return undefined;
      },
    })),
    ...cosigns.verified.map((entry) => ({
      entry,
      apply: (view: DissentView) => {
        if (entry.authorId === view.authorId) return 'author-cosign' as const;
        if (view.withdrawal) return 'after-withdrawal' as const;
        if (!view.coSigners.some((signer) => signer.memberId === entry.authorId))
          view.coSigners.push({ memberId: entry.authorId, at: entry.at, entryId: entry.id });
        return undefined;
      },
    })),
    ...uncosigns.verified.map((entry) => ({
      entry,
      apply: (view: DissentView) => {
        const signer = view.coSigners.find((candidate) => candidate.memberId === entry.authorId);
        if (!signer) return 'not-author' as const;
        view.coSigners = view.coSigners.filter((candidate) => candidate !== signer);
        view.withdrawnCoSigners.push({ ...signer, withdrawnAt: entry.at });
        return undefined;
      },
    })),
  ];
  for (const { entry, apply } of steps.sort((a, b) => byTime(a.entry, b.entry))) {
    const view = views.get(entry.subjectId);
    const reason = view ? apply(view) : 'unknown-view';
    if (reason) projection.ignored.push({ entryId: entry.id, authorId: entry.authorId, reason });
  }
  for (const view of views.values()) view.coSignerIds = view.coSigners.map((signer) => signer.memberId);
  projection.views = [...views.values()];
  return projection;
}

/** The views an export of this document must carry: on it, on its passages, and on its proposals and decisions. */
export function viewsForDocument(
  views: readonly DissentView[],
  documentId: string,
  related: { proposalIds?: readonly string[]; decisionIds?: readonly string[] } = {},
): DissentView[] {
  const proposals = new Set(related.proposalIds ?? []);
  const decisions = new Set(related.decisionIds ?? []);
  return views.filter(({ target }) => {
    switch (target.kind) {
      case 'document':
      case 'passage':
        return target.documentId === documentId;
      case 'proposal':
        return proposals.has(target.proposalId);
      case 'decision':
        return decisions.has(target.decisionId);
    }
  });
}
