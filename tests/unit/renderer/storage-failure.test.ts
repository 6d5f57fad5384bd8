import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { storageFailureMessage, storageFailureReason } from '../../../renderer/workspaces/storage-failure';

// The shapes Chromium 156 and Dexie 4.4 give (docs/decisions/0023-storage-failures.md): Chromium's
// DOMException, wrapped by Dexie as it wraps them.
const dom = (name: string, message = '') => new DOMException(message, name);

describe('why a write to storage failed', () => {
  it('reads a full disk from the names, however deep Dexie wraps it', () => {
    // A transaction Chromium aborted on a full disk: QuotaExceededError with an empty message.
    expect(storageFailureReason(new Dexie.AbortError(dom('QuotaExceededError')))).toBe('full');
    expect(storageFailureReason(dom('QuotaExceededError'))).toBe('full');
    // Opening the database on a full disk.
    const open = new Dexie.OpenFailedError(dom('QuotaExceededError', 'Encountered full disk while opening backing store for indexedDB.open.'));
    expect(storageFailureReason(new Dexie.DatabaseClosedError(open))).toBe('full');
    expect(storageFailureReason(new Dexie.BulkError('bulkAdd failed', { 0: dom('QuotaExceededError') }))).toBe('full');
    // A full localStorage, in Chromium and in Firefox.
    expect(storageFailureReason(dom('QuotaExceededError', "Setting the value of 'k' exceeded the quota."))).toBe('full');
    expect(storageFailureReason(dom('NS_ERROR_DOM_QUOTA_REACHED'))).toBe('full');
  });

  it('calls a disk error an IO error, and a disk error that says the disk is full "full"', () => {
    // What a full disk gives Chromium for a large value, which it writes as a blob file.
    expect(storageFailureReason(new Dexie.AbortError(dom('DataError', 'Failed to write blobs (IOError)')))).toBe('io');
    expect(storageFailureReason(new Dexie.UnknownError(dom('UnknownError', 'Internal error committing transaction.')))).toBe('io');
    expect(storageFailureReason(dom('UnknownError', 'IO error: .../000005.log: No space left on device (ChromeMethodBFE: 15::Append::8)'))).toBe('full');
  });

  it('does not take a message that mentions a quota for a full disk unless its name says so', () => {
    expect(storageFailureReason(new Error('quota of members reached'))).toBe('unavailable');
    expect(storageFailureReason(new Dexie.DatabaseClosedError())).toBe('unavailable');
    expect(storageFailureReason(dom('InvalidStateError', 'The database connection is closing.'))).toBe('unavailable');
    expect(storageFailureReason('a string')).toBe('unavailable');
  });

  it('names every wrapped error in the message kept for the record', () => {
    expect(storageFailureMessage(new Dexie.AbortError(dom('QuotaExceededError')))).toBe('AbortError: QuotaExceededError  ← QuotaExceededError: ');
  });
});
