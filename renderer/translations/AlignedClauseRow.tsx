import { useTranslation } from 'react-i18next';
import type { AlignedRow } from '../../shared/translations/aligned-rows';
import { contentLanguageAttributes } from './content-language-attributes';

export interface RowDraft {
  text: string;
  /** The source text's digest when the translator started: what the translation was made from. */
  sourceDigest: string | undefined;
}

/** One row: the source clause, its translation (or the field to write it in), its state, and what can be done. */
export function AlignedClauseRow({
  row,
  number,
  sourceLanguage,
  translationLanguage,
  staleLabel,
  draft,
  onDraft,
  onSave,
  onCancel,
  onShow,
  onMarkUpToDate,
}: {
  row: AlignedRow;
  number: number;
  sourceLanguage: string | undefined;
  translationLanguage: string | undefined;
  staleLabel: string;
  draft: RowDraft | undefined;
  onDraft: (draft: RowDraft) => void;
  onSave: () => void;
  onCancel: () => void;
  onShow: (() => void) | undefined;
  onMarkUpToDate: () => void;
}) {
  const { t } = useTranslation();
  const editorId = `clause-translation-${number}`;
  const state = {
    current: t('translations.aligned.current'),
    stale: staleLabel,
    untranslated: t('translations.aligned.notTranslated'),
    'source-removed': t('translations.aligned.removed'),
    unaligned: t('translations.aligned.unaligned'),
  }[row.state];
  const flagged = row.state === 'stale' || row.state === 'source-removed';

  return (
    <tr className={`aligned-row aligned-row-${row.state}`}>
      <th scope="row">{number}</th>
      <td className="aligned-text" {...contentLanguageAttributes(sourceLanguage)}>
        {row.source?.text ?? ''}
      </td>
      <td className="aligned-text" {...contentLanguageAttributes(translationLanguage)}>
        {draft ? (
          <form
            className="aligned-editor"
            onSubmit={(event) => {
              event.preventDefault();
              onSave();
            }}
          >
            <label htmlFor={editorId} className="visually-hidden">
              {t('translations.aligned.editorLabel', { number })}
            </label>
            <textarea
              id={editorId}
              rows={Math.max(2, draft.text.split('\n').length)}
              value={draft.text}
              // Opened on purpose by the translator, who types at once.
              autoFocus
              onChange={(event) => onDraft({ ...draft, text: event.target.value })}
              onKeyDown={(event) => {
                if (event.key === 'Escape') onCancel();
                if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) onSave();
              }}
            />
            <div className="item-actions">
              <button type="submit" className="primary">
                {t('translations.aligned.save')}
              </button>
              <button type="button" onClick={onCancel}>
                {t('translations.aligned.cancel')}
              </button>
            </div>
          </form>
        ) : (
          (row.translation?.text ?? '')
        )}
      </td>
      <td className={flagged ? 'aligned-state warning-text' : 'aligned-state'}>{state}</td>
      <td className="item-actions aligned-actions">
        {row.state === 'unaligned' ? (
          onShow ? (
            <button type="button" onClick={onShow}>
              {t('translations.aligned.show', { number })}
            </button>
          ) : null
        ) : draft ? null : row.translation === undefined ? (
          <button type="button" onClick={() => onDraft({ text: '', sourceDigest: row.sourceDigest })}>
            {t('translations.aligned.translate', { number })}
          </button>
        ) : (
          <>
            <button type="button" onClick={() => onDraft({ text: row.translation?.text ?? '', sourceDigest: row.sourceDigest })}>
              {t('translations.aligned.edit', { number })}
            </button>
            {onShow ? (
              <button type="button" onClick={onShow}>
                {t('translations.aligned.show', { number })}
              </button>
            ) : null}
            {row.state === 'stale' && row.sourceDigest !== undefined ? (
              <button type="button" onClick={onMarkUpToDate}>
                {t('translations.aligned.markUpToDate', { number })}
              </button>
            ) : null}
          </>
        )}
      </td>
    </tr>
  );
}
