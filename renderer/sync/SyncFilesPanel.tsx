import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SYNC_FILE_EXTENSION } from '../../shared/sync/sync-file-header';
import { useApp } from '../app/app-context';
import type { OpenWorkspace } from '../workspaces/workspace-service';
import { useFormats } from '../i18n/use-formats';
import { SyncFileResults } from './SyncFileResults';
import './sync-files.css';
import { useFileDrop } from './use-file-drop';
import { fromPicked, useSyncFiles, type SyncFilesActivity } from './use-sync-files';

function ActivityText({ activity }: { activity: SyncFilesActivity }) {
  const { t } = useTranslation();
  const formats = useFormats();
  switch (activity.kind) {
    case 'idle':
      return null;
    case 'saving':
      return <>{t('syncFiles.saving')}</>;
    case 'saved': {
      const size = activity.bytes < 1024 * 1024 ? t('syncFiles.sizeKb', { value: formats.number(Math.max(1, Math.round(activity.bytes / 1024))) })
          : t('syncFiles.sizeMb', { value: formats.number(activity.bytes / 1024 / 1024, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });
      return <>{t('syncFiles.saved', { fileName: activity.fileName, size })}</>;
    }
    case 'save-cancelled':
      return <>{t('syncFiles.saveCancelled')}</>;
    case 'save-failed':
      return <>{t('syncFiles.saveFailed', { message: activity.message })}</>;
    case 'loading': {
      const vars = { fileName: activity.fileName, index: activity.index, total: activity.total };
      if (activity.phase === 'reading') return <>{t('syncFiles.phase.reading', vars)}</>;
      if (activity.phase === 'checking') return <>{t('syncFiles.phase.checking', vars)}</>;
      if (activity.phase === 'applying') return <>{t('syncFiles.phase.applying', vars)}</>;
      return <>{t('syncFiles.phase.storing', vars)}</>;
    }
  }
}

/**
 * Sync for members who are never online together: save the changes to a `.coalition` file, load
 * the files others send (picked, or dropped anywhere on the Sharing tab).
 */
export function SyncFilesPanel({ open, workspaceName }: { open: OpenWorkspace; workspaceName: string }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const { identity } = useApp();
  const member = open.workspace.members().valid.find((candidate) => candidate.identityId === identity.id);
  const maker = useMemo(() => ({ memberId: member?.id ?? identity.id, name: member?.name ?? identity.name }), [member?.id, member?.name, identity.id, identity.name]);
  const { activity, loaded, peers, save, load } = useSyncFiles(open, maker, workspaceName);
  const others = peers.filter((peer) => peer.memberId !== maker.memberId);
  const [scope, setScope] = useState('everything');
  const picker = useRef<HTMLInputElement>(null);
  const root = useRef<HTMLElement>(null);
  const dragging = useFileDrop(root, (files) => void load(files.map(fromPicked)));
  const busy = activity.kind === 'saving' || activity.kind === 'loading';
  const chosenPeer = others.find((peer) => peer.memberId === scope);

  return (
    <section ref={root} aria-labelledby="sync-files-heading" className={dragging ? 'sync-files dragging' : 'sync-files'}>
      <h3 id="sync-files-heading">{t('syncFiles.title')}</h3>
      <p>{t('syncFiles.explanation')}</p>
      <fieldset>
        <legend>{t('syncFiles.scopeLegend')}</legend>
        <label>
          <input type="radio" name="sync-file-scope" value="everything" checked={chosenPeer === undefined} onChange={() => setScope('everything')} />
          {t('syncFiles.scopeEverything')}
        </label>
        {others.map((peer) => (
          <label key={peer.memberId}>
            <input type="radio" name="sync-file-scope" value={peer.memberId} checked={chosenPeer === peer} onChange={() => setScope(peer.memberId)} />
            {t('syncFiles.scopeSince', { name: peer.name, date: formats.dateTime(peer.madeAt) })}
          </label>
        ))}
      </fieldset>
      <button type="button" disabled={busy} onClick={() => void save(chosenPeer ? { kind: 'since', peer: chosenPeer } : { kind: 'everything' })}>
        {t('syncFiles.save')}
      </button>{' '}
      <button type="button" disabled={busy} onClick={() => picker.current?.click()}>
        {t('syncFiles.load')}
      </button>
      <input
        ref={picker}
        className="visually-hidden"
        type="file"
        accept={SYNC_FILE_EXTENSION}
        multiple
        tabIndex={-1}
        aria-label={t('syncFiles.fileInputLabel')}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared, so picking the same file again (safe: loading is idempotent) fires again.
          event.target.value = '';
          if (files.length > 0) void load(files.map(fromPicked));
        }}
      />
      <p className="hint">{dragging ? t('syncFiles.dropHere') : t('syncFiles.dropHint')}</p>
      <p role="status" aria-live="polite">
        <ActivityText activity={activity} />
      </p>
      <SyncFileResults loaded={loaded} />
    </section>
  );
}
