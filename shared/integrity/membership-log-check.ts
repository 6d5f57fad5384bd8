import { admissionTokenHash } from './admission-token';
import { verifyJoinRequest } from './join-request';
import { MembershipEntrySchema, membershipEntryHash, verifyMembershipSignature, type MembershipEntry } from './membership-entry';
import type { CheckedEntry } from './membership-log-state';

export type UncheckedReason = 'malformed' | 'wrong-workspace' | 'key-mismatch' | 'bad-signature' | 'bad-genesis';

function joinRequestOf(entry: MembershipEntry) {
  return entry.kind === 'admission' || entry.kind === 'member-key' ? entry.content.request : undefined;
}

/**
 * The checks that need no log state (schema, the key being the entry's hash, the signature by the
 * key it names, the joiner's own signature); whether that key was the author's is the fold's job.
 */
export async function checkEntries(
  raw: readonly { key: string; value: unknown }[],
  workspaceId: string,
): Promise<{ checked: CheckedEntry[]; unchecked: { key: string; reason: UncheckedReason }[] }> {
  const results = await Promise.all(
    raw.map(async ({ key, value }): Promise<CheckedEntry | { key: string; reason: UncheckedReason }> => {
      const parsed = MembershipEntrySchema.safeParse(value);
      if (!parsed.success) return { key, reason: 'malformed' };
      const entry = parsed.data;
      if (entry.workspaceId !== workspaceId) return { key, reason: 'wrong-workspace' };
      const hash = await membershipEntryHash(entry);
      if (hash !== key) return { key, reason: 'key-mismatch' };
      if (entry.kind === 'genesis') {
        const { founder } = entry.content;
        if (entry.parents.length > 0 || founder.memberId !== entry.authorId || founder.publicKey !== entry.signerKey) return { key, reason: 'bad-genesis' };
      } else if (entry.parents.length === 0) return { key, reason: 'malformed' };
      if (!(await verifyMembershipSignature(entry))) return { key, reason: 'bad-signature' };
      const request = joinRequestOf(entry);
      const requestValid = request ? await verifyJoinRequest(request) : false;
      const presentedTokenHash = request?.token ? await admissionTokenHash(workspaceId, request.token) : null;
      return { hash, entry, requestValid, presentedTokenHash };
    }),
  );
  const checked = new Map<string, CheckedEntry>();
  const unchecked: { key: string; reason: UncheckedReason }[] = [];
  for (const result of results) {
    if ('entry' in result) checked.set(result.hash, result);
    else unchecked.push(result);
  }
  return { checked: [...checked.values()], unchecked };
}
