import { IdentitySchema, type Identity } from '../../shared/members/identity';
import type { DeskDatabase } from '../db/database';

const IDENTITY_KEY = 'identity';

/** The local user's identity; a damaged record reads as absent, so onboarding asks again instead of crashing. */
export async function loadIdentity(db: DeskDatabase): Promise<Identity | undefined> {
  const row = await db.local.get(IDENTITY_KEY);
  const parsed = IdentitySchema.safeParse(row?.value);
  return parsed.success ? parsed.data : undefined;
}

export async function saveIdentity(db: DeskDatabase, identity: Identity): Promise<void> {
  await db.local.put({ key: IDENTITY_KEY, value: IdentitySchema.parse(identity) });
}
