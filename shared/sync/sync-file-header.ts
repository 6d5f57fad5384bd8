import { z } from 'zod';
import { entityId } from '../validation';

/**
 * The part of a sync file that can be read without the key (docs/decisions/0012-sync-files.md):
 *
 *   magic (8) ‖ version (1) ‖ header length (4, big-endian) ‖ header (JSON) ‖ sealed ‖ SHA-256 (32)
 *
 * Only what a reader needs before it can decrypt: which workspace's secret opens the file, and
 * how long the sealed part is. It has no Yjs in it, so the main process can read it too.
 */
export const SYNC_FILE_EXTENSION = '.coalition';
export const SYNC_FILE_MIME_TYPE = 'application/vnd.coalition-desk.sync';
export const SYNC_FILE_VERSION = 1;
/** Far larger than any workspace we have measured (a 260,000-edit charter makes a file of ~200 KB). */
export const MAX_SYNC_FILE_BYTES = 64 * 1024 * 1024;

// PNG's trick: the high byte catches 7-bit mail transport, the newline catches line-ending rewrites.
const MAGIC = Uint8Array.of(0x89, 0x43, 0x44, 0x53, 0x59, 0x4e, 0x43, 0x0a); // \x89CDSYNC\n
export const PREFIX_BYTES = MAGIC.length + 1 + 4;
export const DIGEST_BYTES = 32;
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

export type Decoded<T> = { ok: true; value: T } | { ok: false; error: SyncFileError };
export const refuse = (error: SyncFileError): { ok: false; error: SyncFileError } => ({ ok: false, error });

export function encodeHeader(workspaceId: string, sealedBytes: number): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify({ workspaceId, sealedBytes }));
  const prefix = new Uint8Array(PREFIX_BYTES + json.length);
  prefix.set(MAGIC, 0);
  prefix[MAGIC.length] = SYNC_FILE_VERSION;
  new DataView(prefix.buffer).setUint32(MAGIC.length + 1, json.length);
  prefix.set(json, PREFIX_BYTES);
  return prefix;
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
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
