import { useTranslation } from 'react-i18next';
import { DROPPED_KINDS, type DroppedCounts } from '../../shared/import/imported-content';

/** What the import could not keep, kind by kind with counts; said plainly when nothing was lost. */
export function DroppedList({ dropped, readerNotes }: { dropped: DroppedCounts; readerNotes: readonly string[] }) {
  const { t } = useTranslation();
  const kinds = DROPPED_KINDS.filter((kind) => dropped[kind] > 0);
  return (
    <div className="import-dropped">
      {kinds.length === 0 ? (
        <p>{t('import.keptEverything')}</p>
      ) : (
        <>
          <h4 id="import-dropped-heading">{t('import.droppedTitle')}</h4>
          <ul aria-labelledby="import-dropped-heading">
            {kinds.map((kind) => (
              <li key={kind}>{t(`import.dropped.${kind}`, { count: dropped[kind] })}</li>
            ))}
          </ul>
        </>
      )}
      {readerNotes.length > 0 ? (
        <details>
          <summary>{t('import.readerNotes', { count: readerNotes.length })}</summary>
          <ul lang="en">
            {readerNotes.slice(0, 50).map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
