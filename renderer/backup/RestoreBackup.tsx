import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_BACKUP_BYTES } from '../../shared/backup/backup-archive';
import { MAX_INVITE_INPUT_LENGTH } from '../../shared/sync/invite';
import { SYNC_FILE_EXTENSION } from '../../shared/sync/sync-file-header';
import { useApp } from '../app/app-context';
import { useFormats } from '../i18n/use-formats';
import { useAutomaticBackups } from './use-automatic-backups';
import { restoreBackup, type RestoreError, type RestoreOutcome } from './workspace-restore';

const ERROR_KEYS = {
  'too-large': 'backup.restore.errors.tooLarge',
  'not-a-backup': 'backup.restore.errors.notABackup',
  damaged: 'backup.restore.errors.damaged',
  'too-many-entries': 'backup.restore.errors.tooManyEntries',
  'too-large-unpacked': 'backup.restore.errors.tooLargeUnpacked',
  'no-sync-file': 'backup.restore.errors.noSyncFile',
  'not-a-sync-file': 'backup.restore.errors.notABackup',
  'future-version': 'backup.restore.errors.futureVersion',
  truncated: 'backup.restore.errors.damaged',
  corrupted: 'backup.restore.errors.damaged',
  'wrong-secret': 'backup.restore.errors.wrongSecret',
  'not-stored': 'backup.restore.errors.notStored',
  'needs-invite': 'backup.restore.errors.needsInvite',
  'invite-invalid': 'backup.restore.errors.inviteInvalid',
  'invite-other-workspace': 'backup.restore.errors.inviteOtherWorkspace',
} as const satisfies Record<RestoreError, string>;

type Activity = { kind: 'idle' } | { kind: 'restoring' } | { kind: 'done'; outcome: RestoreOutcome } | { kind: 'failed'; message: string };

/** "Restore from a backup", on the workspace list: a backup zip or a bare sync file. */
export function RestoreBackup({ onRestored, nameOf }: { onRestored: (id: string) => void; nameOf: (workspaceId: string) => string | undefined }) {
  const { t } = useTranslation();
  const { db, workspaces } = useApp();
  const [file, setFile] = useState<File>();
  const [automatic, setAutomatic] = useState('');
  const [code, setCode] = useState('');
  const [activity, setActivity] = useState<Activity>({ kind: 'idle' });
  const automaticBackups = useAutomaticBackups();
  const formats = useFormats();
  const workspaceName = (id: string) => nameOf(id) ?? t('backup.automatic.unknownWorkspace');

  const bytesToRestore = async (): Promise<Uint8Array | RestoreOutcome> => {
    if (automatic !== '') {
      const read = await automaticBackups.read(automatic);
      if (!read.ok) throw new Error(read.reason === 'failed' ? read.message : read.reason);
      return read.value;
    }
    // The size is checked before a byte is read: a huge file is never loaded into memory.
    if (!file) return { ok: false, error: 'not-a-backup' };
    return file.size > MAX_BACKUP_BYTES ? { ok: false, error: 'too-large' } : new Uint8Array(await file.arrayBuffer());
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!file && automatic === '') return;
    setActivity({ kind: 'restoring' });
    try {
      const bytes = await bytesToRestore();
      const outcome: RestoreOutcome = bytes instanceof Uint8Array ? await restoreBackup({ db, workspaces }, bytes, code) : bytes;
      setActivity({ kind: 'done', outcome });
      if (outcome.ok) onRestored(outcome.id);
    } catch (error) {
      setActivity({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const fileName = automatic !== '' ? automatic : (file?.name ?? '');
  let message = '';
  let failed = false;
  if (activity.kind === 'restoring') message = t('backup.restore.restoring', { fileName });
  if (activity.kind === 'failed') [message, failed] = [t('backup.restore.errors.failed', { message: activity.message }), true];
  if (activity.kind === 'done') {
    const { outcome } = activity;
    if (outcome.ok) message = t(outcome.kind === 'created' ? 'backup.restore.created' : 'backup.restore.merged', { name: outcome.name, fileName });
    else [message, failed] = [t(ERROR_KEYS[outcome.error], { fileName }), true];
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="restore-heading">
      <h2 id="restore-heading">{t('backup.restore.title')}</h2>
      <p>{t('backup.restore.explanation')}</p>
      <div className="field">
        <label htmlFor="restore-file">{t('backup.restore.fileLabel')}</label>
        <input
          id="restore-file"
          type="file"
          accept={`.zip,application/zip,${SYNC_FILE_EXTENSION}`}
          onChange={(event) => {
            setFile(event.target.files?.[0]);
            setAutomatic('');
            setActivity({ kind: 'idle' });
          }}
        />
      </div>
      {automaticBackups.list.length > 0 ? (
        <div className="field">
          <label htmlFor="restore-automatic">{t('backup.automatic.restoreLabel')}</label>
          <select
            id="restore-automatic"
            value={automatic}
            onChange={(event) => {
              setAutomatic(event.target.value);
              setActivity({ kind: 'idle' });
            }}
          >
            <option value="">{t('backup.automatic.noneChosen')}</option>
            {automaticBackups.list.map((backup) => (
              <option key={backup.name} value={backup.name}>
                {t('backup.automatic.option', { name: workspaceName(backup.workspaceId), day: formats.calendarDate(backup.day) })}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="restore-invite">{t('backup.restore.inviteLabel')}</label>
        <textarea id="restore-invite" rows={2} maxLength={MAX_INVITE_INPUT_LENGTH} value={code} aria-describedby="restore-invite-hint" onChange={(event) => setCode(event.target.value)} />
        <p id="restore-invite-hint" className="hint">
          {t('backup.restore.inviteHint')}
        </p>
      </div>
      <button type="submit" disabled={(!file && automatic === '') || activity.kind === 'restoring'}>
        {t('backup.restore.button')}
      </button>
      <p role={failed ? 'alert' : 'status'} className="status-line">
        {message}
      </p>
    </form>
  );
}
