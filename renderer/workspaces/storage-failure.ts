/**
 * Why a write to this device's storage failed, read from the errors' names (docs/decisions/0023):
 * - `full`: the disk or the origin's quota. Chromium aborts the transaction with a
 *   QuotaExceededError (an empty message on a full disk); Dexie wraps it as an AbortError, a
 *   DatabaseClosedError or a BulkError whose `inner` / `failures` hold it.
 * - `io`: the disk refused the write for another or an unstated reason: UnknownError (Chromium's
 *   "Internal error …"), or DataError "Failed to write blobs (IOError)" for a large value — which is
 *   what a full disk gives when a change is big, so a disk-full wording there counts as `full`.
 * - `unavailable`: anything else (the database closed, a private mode without storage).
 */
export type StorageFailureReason = 'full' | 'io' | 'unavailable';

interface ErrorLike {
  name: string;
  message: string;
}

const DISK_FULL_WORDING = /no space|disk (is )?full|full disk|ENOSPC|quota/i;
const IO_WORDING = /\bIO ?error\b|failed to write blobs|internal error/i;

/** The error and every error it wraps, outermost first (Dexie's `inner`, `failures`, and `cause`). */
function chainOf(error: unknown, seen = new Set<unknown>()): ErrorLike[] {
  if (error === null || typeof error !== 'object' || seen.has(error)) return [];
  seen.add(error);
  const record = error as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  const own: ErrorLike[] = typeof record.name === 'string' ? [{ name: record.name, message: typeof record.message === 'string' ? record.message : '' }] : [];
  const failures = Array.isArray(record.failures) ? record.failures : [];
  return [...own, ...chainOf(record.inner, seen), ...chainOf(record.cause, seen), ...failures.flatMap((failure: unknown) => chainOf(failure, seen))];
}

export function storageFailureReason(error: unknown): StorageFailureReason {
  const chain = chainOf(error);
  // Firefox names a full localStorage NS_ERROR_DOM_QUOTA_REACHED.
  if (chain.some((link) => link.name === 'QuotaExceededError' || link.name === 'NS_ERROR_DOM_QUOTA_REACHED')) return 'full';
  const io = chain.filter((link) => link.name === 'UnknownError' || link.name === 'NotReadableError' || (link.name === 'DataError' && IO_WORDING.test(link.message)));
  if (io.some((link) => DISK_FULL_WORDING.test(link.message))) return 'full';
  return io.length > 0 ? 'io' : 'unavailable';
}

export function storageFailureMessage(error: unknown): string {
  const chain = chainOf(error);
  return chain.length > 0 ? chain.map((link) => `${link.name}: ${link.message}`).join(' ← ') : String(error);
}
