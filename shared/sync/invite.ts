import { z } from 'zod';
import { entityId } from '../validation';
import { fromBase64Url, toBase64Url } from '../integrity/base64';
import { MAX_INVITE_INPUT_LENGTH } from './invite-length';
import { RelayUrlsSchema } from './relay-url';
import { SignalingUrlsSchema } from './signaling-url';

/**
 * An invite carries what a new member needs to join: the workspace id, its secret and where to
 * find peers. It travels as a link (`coalition://join/<code>`, or `#/join/<code>` on the web
 * edition), as the bare code, or as a QR code of the link.
 */
export { MAX_INVITE_INPUT_LENGTH };
export const INVITE_SCHEME = 'coalition:';
const CODE_PREFIX = 'CD1';

export const InviteSchema = z.object({
  workspaceId: entityId,
  workspaceName: z.string().trim().min(1).max(120),
  secret: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  signaling: SignalingUrlsSchema,
  /** The relays the inviter's copy uses (docs/decisions/0013); absent in invites made before relays. */
  relays: RelayUrlsSchema.optional(),
  /**
   * A one-time admission token and the genesis of the workspace's membership log (decision 0014):
   * the joiner presents the token to be admitted, and trusts that genesis and no rival.
   */
  admission: z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/), root: z.string().regex(/^[0-9a-f]{64}$/) }).optional(),
});
export type Invite = z.infer<typeof InviteSchema>;

export type InviteError = 'errors.inviteTooLong' | 'errors.inviteEmpty' | 'errors.inviteForeign' | 'errors.inviteGarbled' | 'errors.inviteTruncated' | 'errors.inviteInvalid';
export type DecodedInvite = { ok: true; invite: Invite } | { ok: false; error: InviteError };

// CRC-32 (IEEE): enough to tell a truncated or mistyped code from a valid one before parsing it.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function encodeInvite(invite: Invite): string {
  const valid = InviteSchema.parse(invite);
  const fields: unknown[] = [valid.workspaceId, valid.workspaceName, valid.secret, valid.signaling];
  if (valid.relays !== undefined || valid.admission !== undefined) fields.push(valid.relays ?? []);
  if (valid.admission !== undefined) fields.push([valid.admission.token, valid.admission.root]);
  const payload = new TextEncoder().encode(JSON.stringify(fields));
  const framed = new Uint8Array(payload.length + 4);
  framed.set(payload, 4);
  new DataView(framed.buffer).setUint32(0, crc32(payload));
  return `${CODE_PREFIX}.${toBase64Url(framed)}`;
}

export function inviteLink(invite: Invite): string {
  return `${INVITE_SCHEME}//join/${encodeInvite(invite)}`;
}

export function webInviteFragment(invite: Invite): string {
  return `#/join/${encodeInvite(invite)}`;
}

// What mail clients and people add around a code: invisible characters (zero-width spaces, direction
// marks), line breaks inside a long code, quotes or angle brackets around it, a full stop after it.
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\s]/gu;
const WRAPPING = /^[\s"'`“”‘’«»‹›<([]+|[\s"'`“”‘’«»‹›>)\].,;:!?…]+$/gu;

/** The code or link as it was meant, from what was pasted; what it was stays what it was (the CRC and the schema judge it). */
export function normaliseInviteInput(input: string): string {
  return input.replace(INVISIBLE, '').replace(WRAPPING, '');
}

/** Accepts a bare code, a coalition:// link, or a web link with a #/join/ fragment. */
export function decodeInvite(input: string): DecodedInvite {
  if (input.length > MAX_INVITE_INPUT_LENGTH) return { ok: false, error: 'errors.inviteTooLong' };
  const text = normaliseInviteInput(input);
  if (text === '') return { ok: false, error: 'errors.inviteEmpty' };
  const code = /(?:^|\/join\/)(CD\d+\.[A-Za-z0-9_-]*)$/.exec(text)?.[1];
  if (!code) return { ok: false, error: 'errors.inviteForeign' };
  const [prefix, body = ''] = code.split('.');
  if (prefix !== CODE_PREFIX) return { ok: false, error: 'errors.inviteForeign' };
  let framed: Uint8Array;
  try {
    framed = fromBase64Url(body);
  } catch {
    return { ok: false, error: 'errors.inviteGarbled' };
  }
  if (framed.length < 5) return { ok: false, error: 'errors.inviteTruncated' };
  const payload = framed.subarray(4);
  if (new DataView(framed.buffer, framed.byteOffset).getUint32(0) !== crc32(payload)) {
    return { ok: false, error: 'errors.inviteTruncated' };
  }
  try {
    const fields: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload));
    // Four fields before relays existed; a fifth, the relays; a sixth, [token, root], since admission.
    if (!Array.isArray(fields) || fields.length < 4 || fields.length > 6) return { ok: false, error: 'errors.inviteInvalid' };
    const [workspaceId, workspaceName, secret, signaling, relays, admission] = fields as unknown[];
    const pair = Array.isArray(admission) && admission.length === 2 ? { token: admission[0] as unknown, root: admission[1] as unknown } : admission;
    const parsed = InviteSchema.safeParse({
      workspaceId,
      workspaceName,
      secret,
      signaling,
      ...(fields.length >= 5 ? { relays } : {}),
      ...(fields.length === 6 ? { admission: pair } : {}),
    });
    return parsed.success ? { ok: true, invite: parsed.data } : { ok: false, error: 'errors.inviteInvalid' };
  } catch {
    return { ok: false, error: 'errors.inviteGarbled' };
  }
}
