import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { z } from 'zod';
import { entityId, isoDateTime, MAX_NAME_LENGTH } from '../validation';
import { deflate, inflateBounded } from './deflate';
import { DIGEST_BYTES, encodeHeader, readSyncFileHeader, refuse, sameBytes, type Decoded, type SyncFileHeader } from './sync-file-header';
import { seal, unseal } from './workspace-key';

/**
 * The sealed part of a sync file (`.coalition`), docs/decisions/0012-sync-files.md: the deflated
 * payload — who made the file and when, their state vector, and a Yjs update (V2) — sealed with
 * the workspace's sync-file key, the header (sync-file-header.ts) as additional data. A trailing
 * SHA-256 of everything before it has no key: it tells a damaged file apart from a wrong secret.
 */

/** Unpacking stops here: four times the largest file, which deflate rarely exceeds on Yjs data. */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

export const SyncFileMakerSchema = z.object({ memberId: entityId, name: z.string().min(1).max(MAX_NAME_LENGTH) });
export type SyncFileMaker = z.infer<typeof SyncFileMakerSchema>;

const MetaSchema = z.object({
  maker: SyncFileMakerSchema,
  createdAt: isoDateTime,
  // 'since': only what one member lacked as of their state vector; may need earlier files first.
  scope: z.enum(['everything', 'since']),
});

export interface SyncBundle extends z.infer<typeof MetaSchema> {
  /** What the maker had when they made the file. */
  stateVector: Uint8Array;
  /** Yjs update, V2 encoding. */
  update: Uint8Array;
}

/** The bundle of a document's state: everything, or only what a peer with `since` (a state vector) lacks. */
export function bundleOf(doc: Y.Doc, meta: Omit<SyncBundle, 'stateVector' | 'update' | 'scope'>, since?: Uint8Array): SyncBundle {
  return {
    ...meta,
    scope: since ? 'since' : 'everything',
    stateVector: Y.encodeStateVector(doc),
    update: Y.encodeStateAsUpdateV2(doc, since),
  };
}

function encodePayload(bundle: SyncBundle): Uint8Array {
  const encoder = encoding.createEncoder();
  const meta: z.infer<typeof MetaSchema> = { maker: bundle.maker, createdAt: bundle.createdAt, scope: bundle.scope };
  encoding.writeVarString(encoder, JSON.stringify(meta));
  encoding.writeVarUint8Array(encoder, bundle.stateVector);
  encoding.writeVarUint8Array(encoder, bundle.update);
  return encoding.toUint8Array(encoder);
}

function decodePayload(bytes: Uint8Array): SyncBundle | undefined {
  try {
    const decoder = decoding.createDecoder(bytes);
    const meta = MetaSchema.safeParse(JSON.parse(decoding.readVarString(decoder)));
    const stateVector = decoding.readVarUint8Array(decoder);
    const update = decoding.readVarUint8Array(decoder);
    if (!meta.success || decoding.hasContent(decoder)) return undefined;
    // The same structural check as a peer's update gets before it touches the document.
    Y.decodeStateVector(stateVector);
    Y.decodeUpdateV2(update);
    return { ...meta.data, stateVector, update };
  } catch {
    return undefined;
  }
}

async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes.slice().buffer));
}

/** A file with a given sealed part: split out so tests can seal what no honest maker would. */
export async function assembleSyncFile(workspaceId: string, sealPart: (header: Uint8Array) => Promise<Uint8Array>, sealedBytes: number): Promise<Uint8Array> {
  const header = encodeHeader(workspaceId, sealedBytes);
  const sealed = await sealPart(header);
  const body = new Uint8Array(header.length + sealed.length + DIGEST_BYTES);
  body.set(header, 0);
  body.set(sealed, header.length);
  body.set(await sha256(body.subarray(0, header.length + sealed.length)), header.length + sealed.length);
  return body;
}

/** AES-GCM adds a 12-byte IV and a 16-byte tag to what it seals. */
export const SEAL_OVERHEAD_BYTES = 28;

export async function encodeSyncFile(key: CryptoKey, workspaceId: string, bundle: SyncBundle): Promise<Uint8Array> {
  const compressed = await deflate(encodePayload(bundle));
  return assembleSyncFile(workspaceId, (header) => seal(key, compressed, header), compressed.length + SEAL_OVERHEAD_BYTES);
}

/**
 * The header of a file shown to be whole (its digest matches), so a damaged workspace id is
 * reported as damage, not as another workspace. Needs no key.
 */
export async function inspectSyncFile(bytes: Uint8Array): Promise<Decoded<SyncFileHeader>> {
  const header = readSyncFileHeader(bytes);
  if (!header.ok) return header;
  const digestAt = bytes.length - DIGEST_BYTES;
  if (!sameBytes(await sha256(bytes.subarray(0, digestAt)), bytes.subarray(digestAt))) return refuse('corrupted');
  return header;
}

/** The bundle in a file, once it is shown to be whole, of this workspace, and sealed with its key. */
export async function decodeSyncFile(
  bytes: Uint8Array,
  expect: { workspaceId: string; key: CryptoKey; maxUnpackedBytes?: number },
): Promise<Decoded<SyncBundle>> {
  const header = await inspectSyncFile(bytes);
  if (!header.ok) return header;
  if (header.value.workspaceId !== expect.workspaceId) return refuse('other-workspace');
  const digestAt = bytes.length - DIGEST_BYTES;
  const sealedAt = digestAt - header.value.sealedBytes;
  const compressed = await unseal(expect.key, bytes.subarray(sealedAt, digestAt), bytes.subarray(0, sealedAt));
  if (!compressed) return refuse('wrong-secret');
  const inflated = await inflateBounded(compressed, expect.maxUnpackedBytes ?? MAX_UNPACKED_BYTES);
  if (!inflated.ok) return refuse(inflated.error === 'too-large' ? 'too-large-unpacked' : 'corrupted');
  const bundle = decodePayload(inflated.bytes);
  return bundle ? { ok: true, value: bundle } : refuse('corrupted');
}
