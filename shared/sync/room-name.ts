import { toHexString } from 'lib0/buffer';
import { toBase64Url } from '../integrity/base64';

/**
 * The y-webrtc room for a workspace: a hash of its random id, so neither the coalition's name nor
 * the workspace id is visible to a signaling server, and nobody can guess the room from the name.
 */
export async function roomNameFor(workspaceId: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`coalition-desk/room/v1/${workspaceId}`));
  return `cd-${toHexString(new Uint8Array(digest))}`;
}

/** A fresh workspace secret: 256 random bits, base64url. It is y-webrtc's password for the room. */
export function newWorkspaceSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return toBase64Url(bytes);
}
