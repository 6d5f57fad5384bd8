import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUP_MIME_TYPE } from '../../shared/backup/backup-archive';
import type { Member } from '../../shared/members/member';
import type { SyncFileMaker } from '../../shared/sync/sync-bundle';
import { useApp } from '../app/app-context';
import type { IntegritySnapshot } from '../integrity/workspace-integrity';
import type { OpenWorkspace } from '../workspaces/workspace-service';
import { exportWorkspace, type ExportProgress } from './workspace-export';

type Activity =
  | { kind: 'idle' }
  | { kind: 'exporting'; progress: ExportProgress | undefined }
  | { kind: 'exported'; fileName: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

/** "Export this workspace": one zip of everything, readable without the app and restorable with it. */
export function ExportWorkspace(props: { open: OpenWorkspace; snapshot: IntegritySnapshot; members: readonly Member[]; maker: SyncFileMaker }) {
  const { t, i18n } = useTranslation();
  const { db, platform } = useApp();
  const [activity, setActivity] = useState<Activity>({ kind: 'idle' });
  const run = async () => {
    setActivity({ kind: 'exporting', progress: undefined });
    try {
      const made = await exportWorkspace({ db, ...props, t, language: i18n.language, onProgress: (progress) => setActivity({ kind: 'exporting', progress }) });
      const saved = await platform.saveBytesFile(made.fileName, made.bytes, BACKUP_MIME_TYPE);
      setActivity(saved ? { kind: 'exported', fileName: made.fileName } : { kind: 'cancelled' });
    } catch (error) {
      setActivity({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  const progress = activity.kind === 'exporting' ? activity.progress : undefined;
  const status =
    activity.kind === 'exporting'
      ? t(`backup.export.step.${progress?.step ?? 'documents'}`, { done: progress?.done ?? 0, total: progress?.total ?? 0 })
      : activity.kind === 'exported'
        ? t('backup.export.done', { fileName: activity.fileName })
        : activity.kind === 'cancelled'
          ? t('backup.export.cancelled')
          : activity.kind === 'failed'
            ? t('backup.export.failed', { message: activity.message })
            : '';
  return (
    <section aria-labelledby="backup-export-heading" className="backup-export">
      <h3 id="backup-export-heading">{t('backup.export.title')}</h3>
      <p>{t('backup.export.explanation')}</p>
      <button type="button" onClick={() => void run()} disabled={activity.kind === 'exporting'}>
        {t('backup.export.button')}
      </button>
      {activity.kind === 'exporting' ? (
        <progress aria-label={t('backup.export.progressLabel')} max={progress?.total ?? 1} value={progress?.done ?? 0} />
      ) : null}
      <p role="status" className="status-line">
        {status}
      </p>
    </section>
  );
}
