import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncFileMaker } from '../../shared/sync/sync-bundle';
import { SYNC_FILE_MIME_TYPE } from '../../shared/sync/sync-file-header';
import { useApp } from '../app/app-context';
import { makeSyncFile } from '../sync/sync-files';
import type { OpenWorkspace } from './workspace-service';

type Activity = { kind: 'idle' } | { kind: 'exporting' } | { kind: 'exported'; fileName: string } | { kind: 'cancelled' } | { kind: 'failed'; message: string };

/**
 * The way out when this device cannot store the workspace: a sync file of everything in memory
 * (decision 0012's format), which this or any member's app loads from Sharing → Sync by file.
 */
export function ExportNow({ open, maker, workspaceName }: { open: OpenWorkspace; maker: SyncFileMaker; workspaceName: string }) {
  const { t } = useTranslation();
  const { db, platform } = useApp();
  const [activity, setActivity] = useState<Activity>({ kind: 'idle' });
  const exportNow = async () => {
    setActivity({ kind: 'exporting' });
    try {
      const file = await makeSyncFile(db, open, maker, workspaceName, { kind: 'everything' });
      const saved = await platform.saveBytesFile(file.fileName, file.bytes, SYNC_FILE_MIME_TYPE);
      setActivity(saved ? { kind: 'exported', fileName: file.fileName } : { kind: 'cancelled' });
    } catch (error) {
      setActivity({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  const messages = {
    idle: '',
    exporting: t('save.exporting'),
    exported: activity.kind === 'exported' ? t('save.exported', { fileName: activity.fileName }) : '',
    cancelled: t('save.exportCancelled'),
    failed: activity.kind === 'failed' ? t('save.exportFailed', { message: activity.message }) : '',
  };
  return (
    <>
      <button type="button" onClick={() => void exportNow()} disabled={activity.kind === 'exporting'}>
        {t('save.exportNow')}
      </button>
      <span role="status">{messages[activity.kind]}</span>
    </>
  );
}
