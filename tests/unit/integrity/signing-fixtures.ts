import type { Member } from '../../../shared/members/member';
import type { JsonObject } from '../../../shared/integrity/canonical-json';
import { exportPublicKey, generateSigningKeyPair } from '../../../shared/integrity/signing-key';
import { signEntry, type SignedEntry, type UnsignedEntry } from '../../../shared/integrity/signed-entry';
import { verifyEntries, type Verified } from '../../../shared/integrity/verify-entry';

export const WORKSPACE = 'ws-harbour';

let counter = 0;
export function member(id: string, fields: Partial<Member> = {}): Member {
  counter += 1;
  return {
    id,
    name: `Invented Person ${id}`,
    email: '',
    organisation: 'Lantern Collective',
    stakeholderGroup: 'civil-society',
    region: '',
    timeZone: 'UTC',
    role: 'member',
    joinedAt: new Date(Date.UTC(2025, 0, 1, 0, 0, counter)).toISOString(),
    ...fields,
  };
}

/** Key pairs per member id, generated on demand; keyOf is what verifyEntries needs. */
export class Keyring {
  private readonly pairs = new Map<string, CryptoKeyPair>();
  private readonly publicKeys = new Map<string, string>();

  async add(memberId: string): Promise<CryptoKeyPair> {
    const pair = await generateSigningKeyPair();
    this.pairs.set(memberId, pair);
    this.publicKeys.set(memberId, await exportPublicKey(pair.publicKey));
    return pair;
  }

  async addAll(ids: readonly string[]): Promise<void> {
    for (const id of ids) await this.add(id);
  }

  keyOf = (memberId: string): string | undefined => this.publicKeys.get(memberId);

  privateKey(memberId: string): CryptoKey {
    const pair = this.pairs.get(memberId);
    if (!pair) throw new Error(`no key for ${memberId}`);
    return pair.privateKey;
  }

  async sign<C extends JsonObject>(entry: UnsignedEntry<C>, signer: string = entry.authorId): Promise<SignedEntry<C>> {
    return signEntry(this.privateKey(signer), entry);
  }

  async verify(entries: readonly SignedEntry[]): Promise<Verified<SignedEntry>[]> {
    const report = await verifyEntries(
      entries.map((entry) => ({ key: entry.id, value: entry })),
      { workspaceId: WORKSPACE, keyOf: this.keyOf },
    );
    if (report.unverified.length > 0) throw new Error(`unexpected unverified: ${JSON.stringify(report.unverified)}`);
    return report.verified;
  }
}

export function unwrap<T>(parsed: { ok: true; value: T } | { ok: false; errors: unknown }): T {
  if (!parsed.ok) throw new Error(`expected ok, got ${JSON.stringify(parsed.errors)}`);
  return parsed.value;
}
