import { toHexString } from 'lib0/buffer';
import { z } from 'zod';
import { DialableLanAddressSchema, LanIPv4Schema, LanPortSchema } from './lan-address';

/**
 * What a desktop app hosting a meeting on the LAN announces over mDNS, and what the main
 * process and the renderer exchange about it. See docs/decisions/0007-lan-hosting.md.
 */

/** DNS-SD service type: `_coalition-desk._tcp.local`. */
export const LAN_SERVICE_TYPE = 'coalition-desk';
/** Bumped when the meaning of the announcement changes; hosts of another version are not offered. */
export const LAN_PROTOCOL_VERSION = '1';
/** Tried first so a saved LAN address keeps working from one meeting to the next; any free port otherwise. */
export const LAN_PREFERRED_PORT = 4445;

export const LAN_TAG_LENGTH = 16;
export const LanWorkspaceTagSchema = z.string().regex(/^[0-9a-f]{16}$/, 'must be 16 lowercase hex digits');

/**
 * The tag a host announces for its workspace: 64 bits of SHA-256 over the y-webrtc room name
 * (itself a hash of the workspace id). It lets members' apps recognise their workspace without
 * revealing its name or id, and cannot be turned back into either.
 */
export async function lanWorkspaceTag(roomName: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`coalition-desk/lan-tag/v1/${roomName}`));
  return toHexString(new Uint8Array(digest, 0, LAN_TAG_LENGTH / 2));
}

/** The TXT record of an announcement: protocol version and workspace tag, nothing else. */
export interface LanTxt {
  v: string;
  ws: string;
}

export function encodeLanTxt(workspaceTag: string): LanTxt {
  return { v: LAN_PROTOCOL_VERSION, ws: LanWorkspaceTagSchema.parse(workspaceTag) };
}

const LanTxtSchema = z.object({ v: z.literal(LAN_PROTOCOL_VERSION), ws: LanWorkspaceTagSchema });

/** The workspace tag of a TXT record from the network, or null when it is not one of ours (or not this version). */
export function decodeLanTxt(txt: unknown): { workspaceTag: string } | null {
  if (typeof txt !== 'object' || txt === null) return null;
  // Own properties only: the record is attacker-controlled and may name "__proto__" or "constructor".
  const own = (key: string): unknown => (Object.hasOwn(txt, key) ? (txt as Record<string, unknown>)[key] : undefined);
  const parsed = LanTxtSchema.safeParse({ v: own('v'), ws: own('ws') });
  return parsed.success ? { workspaceTag: parsed.data.ws } : null;
}

// ---- What the main process reports to the renderer (validated on both sides of the IPC) ----

/** A network this computer could host on. */
export const LanAddressSchema = z.object({
  interfaceName: z.string().max(64),
  address: LanIPv4Schema,
});
export type LanAddress = z.infer<typeof LanAddressSchema>;

export const LanHostingProblemSchema = z.enum(['no-lan-address', 'address-unavailable', 'server-failed']);
export type LanHostingProblem = z.infer<typeof LanHostingProblemSchema>;

export const LanHostingStatusSchema = z.discriminatedUnion('hosting', [
  z.object({
    hosting: z.literal(false),
    /** Why the last attempt to start hosting failed, if it did. */
    problem: LanHostingProblemSchema.optional(),
  }),
  z.object({
    hosting: z.literal(true),
    url: z.string().max(64),
    address: LanIPv4Schema,
    port: LanPortSchema,
    workspaceTag: LanWorkspaceTagSchema,
    /** False when the server runs but mDNS could not announce it: members can still type the address. */
    announced: z.boolean(),
    clientCount: z.number().int().min(0),
  }),
]);
export type LanHostingStatus = z.infer<typeof LanHostingStatusSchema>;

export const LanHostingRequestSchema = z
  .object({
    workspaceTag: LanWorkspaceTagSchema,
    /** One of this computer's LAN addresses; null picks the most likely one. */
    address: LanIPv4Schema.nullable(),
  })
  .strict();
export type LanHostingRequest = z.infer<typeof LanHostingRequestSchema>;

export const DiscoveredLanHostSchema = z.object({
  /** Stable while the host keeps announcing: its mDNS instance name. */
  id: z.string().min(1).max(63),
  url: z.string().max(64),
  address: DialableLanAddressSchema,
  port: LanPortSchema,
  workspaceTag: LanWorkspaceTagSchema,
});
export type DiscoveredLanHost = z.infer<typeof DiscoveredLanHostSchema>;
export const DiscoveredLanHostsSchema = z.array(DiscoveredLanHostSchema).max(32);
