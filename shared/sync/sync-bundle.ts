import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { z } from 'zod';
import { entityId, isoDateTime, MAX_NAME_LENGTH } from '../validation';
import { deflate, inflateBounded } from './deflate';
import { seal, unseal } from './workspace-key';

/**
 * A sync file (`.coalition`): a workspace's changes carried by USB stick or email between members
 * who are never online together (docs/decisions/0012-sync-files.md). Layout, version 1:
 *
 *   magic (8) ‖ version (1) ‖ header length (4, big-endian) ‖ header (JSON) ‖ sealed ‖ SHA-256 (32)
 *
 * The header is only what a reader needs before it can decrypt (the workspace id, the sealed
 * length); it is AES-GCM's additional data, so it cannot be changed. The sealed part is the
 * deflated payload: who made the file and when, their state vector, and a Yjs update (V2). The
 * trailing digest has no key: it tells a damaged file apart from a wrong secret.
 */
export const SYNC_FILE_EXTENSION = '.coalition';
export const SYNC_FILE_MIME_TYPE = 'application/vnd.coalition-desk.sync';
export const SYNC_FILE_VERSION = 1;
/** Larger than any workspace we have measured by far (a 260,000-edit charter is ~300 KB). */
export const MAX_SYNC_FILE_BYTES = 64 * 1024 * 1024;
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

// PNG's trick: the high byte catches 7-bit mail transport, the newline catches line-ending rewrites.
const MAGIC = Uint8Array.of(0x89, 0x43, 0x44, 0x53, 0x59, 0x4e, 0x43, 0x0a); // \x89CDSYNC\n
const PREFIX_BYTES = MAGIC.length + 1 + 4;
const DIGEST_BYTES = 32;
const MAX_HEADER_BYTES = 4096;

export type SyncFileError =
  | 'not-a-sync-file'
  | 'future-version'
  | 'too-large'
  | 'truncated'
  | 'corrupted'
  | 'other-workspace'
  | 'wrong-secret'
  | 'too-large-unpacked';

const HeaderSchema = z.object({ workspaceId: entityId, sealedBytes: z.number().int().positive() }).strict();
export type SyncFileHeader = z.infer<typeof HeaderSchema> & { version: number };

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

export type Decoded<T> = { ok: true; value: T } | { ok: false; error: SyncFileError };
const refuse = (error: SyncFileError): { ok: false; error: SyncFileError } => ({ ok: false, error });

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

function encodeHeader(workspaceId: string, sealedBytes: number): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify({ workspaceId, sealedBytes }));
  const prefix = new Uint8Array(PREFIX_BYTES + json.length);
  prefix.set(MAGIC, 0);
  prefix[MAGIC.length] = SYNC_FILE_VERSION;
  new DataView(prefix.buffer).setUint32(MAGIC.length + 1, json.length);
  prefix.set(json, PREFIX_BYTES);
  return prefix;
}

async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes.slice().buffer));
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
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

/** What can be read without the key: enough to tell which workspace's secret opens the file. */
export function readSyncFileHeader(bytes: Uint8Array): Decoded<SyncFileHeader> {
  if (bytes.length > MAX_SYNC_FILE_BYTES) return refuse('too-large');
  if (bytes.length < MAGIC.length || !sameBytes(bytes.subarray(0, MAGIC.length), MAGIC)) return refuse('not-a-sync-file');
  if (bytes.length < PREFIX_BYTES) return refuse('truncated');
  const version = bytes[MAGIC.length] ?? 0;
  if (version > SYNC_FILE_VERSION) return refuse('future-version');
  if (version !== SYNC_FILE_VERSION) return refuse('corrupted');
  const headerBytes = new DataView(bytes.buffer, bytes.byteOffset).getUint32(MAGIC.length + 1);
  if (headerBytes > MAX_HEADER_BYTES) return refuse('corrupted');
  if (bytes.length < PREFIX_BYTES + headerBytes) return refuse('truncated');
  let parsed: z.ZodSafeParseResult<z.infer<typeof HeaderSchema>>;
  try {
    parsed = HeaderSchema.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + headerBytes))));
  } catch {
    return refuse('corrupted');
  }
  if (!parsed.success) return refuse('corrupted');
  const expected = PREFIX_BYTES + headerBytes + parsed.data.sealedBytes + DIGEST_BYTES;
  if (bytes.length < expected) return refuse('truncated');
  if (bytes.length > expected) return refuse('corrupted');
  return { ok: true, value: { ...parsed.data, version } };
}

/** The bundle in a file, once it is shown to be whole, of this workspace, and sealed with its key. */
export async function decodeSyncFile(
  bytes: Uint8Array,
  expect: { workspaceId: string; key: CryptoKey; maxUnpackedBytes?: number },
): Promise<Decoded<SyncBundle>> {
  const header = readSyncFileHeader(bytes);
  if (!header.ok) return header;
  const digestAt = bytes.length - DIGEST_BYTES;
  if (!sameBytes(await sha256(bytes.subarray(0, digestAt)), bytes.subarray(digestAt))) return refuse('corrupted');
  if (header.value.workspaceId !== expect.workspaceId) return refuse('other-workspace');
  const sealedAt = digestAt - header.value.sealedBytes;
  const compressed = await unseal(expect.key, bytes.subarray(sealedAt, digestAt), bytes.subarray(0, sealedAt));
  if (!compressed) return refuse('wrong-secret');
  const inflated = await inflateBounded(compressed, expect.maxUnpackedBytes ?? MAX_UNPACKED_BYTES);
  if (!inflated.ok) return refuse(inflated.error === 'too-large' ? 'too-large-unpacked' : 'corrupted');
  const bundle = decodePayload(inflated.bytes);
  return bundle ? { ok: true, value: bundle } : refuse('corrupted');
}
