import { toBase64Url } from './base64';
import { canonicalJson } from './canonical-json';
import { sha256Hex } from './digest';

/** A one-time admission token for an invite: 256 random bits, base64url. Only its hash enters the log. */
export function newAdmissionToken(): string {
  return toBase64Url(globalThis.crypto.getRandomValues(new Uint8Array(32)));
}

/** Bound to the workspace so a token hash from one workspace's log means nothing in another's. */
export function admissionTokenHash(workspaceId: string, token: string): Promise<string> {
  return sha256Hex(canonicalJson({ kind: 'admission-token', workspaceId, token }));
}
