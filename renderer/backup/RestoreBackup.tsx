import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_BACKUP_BYTES } from '../../shared/backup/backup-archive';
import { MAX_INVITE_INPUT_LENGTH } from '../../shared/sync/invite';
import { SYNC_FILE_EXTENSION } from '../../shared/sync/sync-file-header';
import { useApp } from '../app/app-context';
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
export function RestoreBackup({ onRestored }: { onRestored: (id: string) => void }) {
  const { t } = useTranslation();
  const { db, workspaces } = useApp();
  const [file, setFile] = useState<File>();
  const [code, setCode] = useState('');
  const [activity, setActivity] = useState<Activity>({ kind: 'idle' });

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setActivity({ kind: 'restoring' });
    try {
      // The size is checked before a byte is read: a huge file is never loaded into memory.
      const outcome: RestoreOutcome = file.size > MAX_BACKUP_BYTES ? { ok: false, error: 'too-large' } : await restoreBackup({ db, workspaces }, new Uint8Array(await file.arrayBuffer()), code);
      setActivity({ kind: 'done', outcome });
      if (outcome.ok) onRestored(outcome.id);
    } catch (error) {
      setActivity({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const fileName = file?.name ?? '';
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
            setActivity({ kind: 'idle' });
          }}
        />
      </div>
      <div className="field">
        <label htmlFor="restore-invite">{t('backup.restore.inviteLabel')}</label>
        <textarea id="restore-invite" rows={2} maxLength={MAX_INVITE_INPUT_LENGTH} value={code} aria-describedby="restore-invite-hint" onChange={(event) => setCode(event.target.value)} />
        <p id="restore-invite-hint" className="hint">
          {t('backup.restore.inviteHint')}
        </p>
      </div>
      <button type="submit" disabled={!file || activity.kind === 'restoring'}>
        {t('backup.restore.button')}
      </button>
      <p role={failed ? 'alert' : 'status'} className="status-line">
        {message}
      </p>
    </form>
  );
}
