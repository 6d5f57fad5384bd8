import type { JsonObject } from '../../../shared/integrity/canonical-json';
import type { SignedEntry, UnsignedEntry } from '../../../shared/integrity/signed-entry';
import type { Member } from '../../../shared/members/member';
import type { Parsed } from '../../../shared/validation';
import { Keyring, member, unwrap, WORKSPACE } from '../integrity/signing-fixtures';

export const people: Member[] = [
  member('imani', { name: 'Imani Okonkwo-Reyes', role: 'coordinator' }),
  member('lars', { name: 'Lars Tiemann' }),
  member('priya', { name: 'Priya Halvorsen', stakeholderGroup: 'academia' }),
  member('tomo', { name: 'Tomo <script>alert(1)</script> Vance', stakeholderGroup: 'government' }),
];
export const person = (id: string): Member | undefined => people.find((m) => m.id === id);

/** Prepared entries, signed by their author, collected in one log as a peer would see it. */
export class Ledger {
  readonly keyring = new Keyring();
  readonly entries: SignedEntry[] = [];
  private minute = 0;

  init(): Promise<void> {
    return this.keyring.addAll(people.map((m) => m.id));
  }

  /** A context whose clock moves one minute per entry, so order is deterministic. */
  context(memberId: string, id?: string) {
    this.minute += 1;
    return { workspaceId: WORKSPACE, member: person(memberId), now: new Date(Date.UTC(2026, 6, 1, 9, this.minute)), id };
  }

  async add<C extends JsonObject>(prepared: Parsed<UnsignedEntry<C>>): Promise<SignedEntry<C>> {
    const signed = await this.keyring.sign(unwrap(prepared));
    this.entries.push(signed);
    return signed;
  }

  verified() {
    return this.keyring.verify(this.entries);
  }
}
