import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Formats } from '../../shared/i18n/formats';
import { useFormats } from '../i18n/use-formats';
import type { LoadError, LoadOutcome } from './sync-files';
import type { LoadedFile } from './use-sync-files';

/** One literal key per code, so the catalogue test sees every message. */
function errorMessage(t: TFunction, error: LoadError, vars: { fileName: string; workspace: string }): string {
  switch (error) {
    case 'not-a-sync-file':
      return t('syncFiles.errors.notASyncFile', vars);
    case 'future-version':
      return t('syncFiles.errors.futureVersion', vars);
    case 'too-large':
      return t('syncFiles.errors.tooLarge', vars);
    case 'truncated':
      return t('syncFiles.errors.truncated', vars);
    case 'corrupted':
      return t('syncFiles.errors.corrupted', vars);
    case 'other-workspace':
      return t('syncFiles.errors.otherWorkspace', vars);
    case 'joined-elsewhere':
      return t('syncFiles.errors.joinedElsewhere', vars);
    case 'wrong-secret':
      return t('syncFiles.errors.wrongSecret', vars);
    case 'too-large-unpacked':
      return t('syncFiles.errors.tooLargeUnpacked', vars);
    case 'not-stored':
      return t('syncFiles.errors.notStored', vars);
  }
}

export function outcomeMessage(t: TFunction, formats: Formats, fileName: string, outcome: LoadOutcome): string {
  if (!outcome.ok) return errorMessage(t, outcome.error, { fileName, workspace: outcome.workspaceName ?? '' });
  const vars = { fileName, name: outcome.maker.name, date: formats.dateTime(outcome.createdAt) };
  const summary = outcome.changes === 0 ? t('syncFiles.nothingNew', vars) : t('syncFiles.arrived', { ...vars, count: outcome.changes });
  return outcome.waiting ? `${summary} ${t('syncFiles.waiting', vars)}` : summary;
}

/** What each loaded file brought, newest first; the newest is announced, refusals as alerts. */
export function SyncFileResults({ loaded }: { loaded: readonly LoadedFile[] }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const [latest, ...earlier] = loaded;
  return (
    <div className="sync-file-results">
      <div role="status">{latest?.outcome.ok ? <p>{outcomeMessage(t, formats, latest.fileName, latest.outcome)}</p> : null}</div>
      <div role="alert">{latest && !latest.outcome.ok ? <p className="notice warning">{outcomeMessage(t, formats, latest.fileName, latest.outcome)}</p> : null}</div>
      {earlier.length > 0 ? (
        <>
          <h4>{t('syncFiles.resultsTitle')}</h4>
          <ul>
            {earlier.map((file, index) => (
              <li key={`${loaded.length - index}`}>{outcomeMessage(t, formats, file.fileName, file.outcome)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
