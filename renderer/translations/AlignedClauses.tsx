import type { Editor } from '@tiptap/react';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '../../shared/documents/document-meta';
import { alignedRows, type AlignedRow } from '../../shared/translations/aligned-rows';
import { languageName } from '../../shared/translations/content-language';
import type { TranslationsDoc } from '../../shared/translations/translations-doc';
import { AlignedClauseRow, type RowDraft } from './AlignedClauseRow';
import { focusClause } from './focus-clause';
import { useTranslationsVersion } from './use-translations-version';

/** Keys that survive a co-author's edits above the row, so a translation being written is not lost. */
function rowKey(row: AlignedRow): string {
  if (row.alignment) return row.alignment.id;
  if (row.state === 'unaligned') return `unaligned:${row.translation?.index ?? -1}`;
  const id = row.source?.node._item?.id;
  return id ? `source:${id.client}:${id.clock}` : `source:${row.source?.index ?? -1}`;
}

/** Up and down arrows move between rows, to the same action in the next or previous row. */
function moveBetweenRows(event: KeyboardEvent<HTMLTableSectionElement>): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const target = event.target;
  if (!(target instanceof HTMLButtonElement)) return;
  const row = target.closest('tr');
  const rows = [...event.currentTarget.querySelectorAll('tr')];
  const at = row ? rows.indexOf(row) : -1;
  const next = rows[at + (event.key === 'ArrowDown' ? 1 : -1)];
  if (!row || !next) return;
  const column = [...row.querySelectorAll('button')].indexOf(target);
  const buttons = [...next.querySelectorAll('button')];
  const focus = buttons[Math.min(column, buttons.length - 1)];
  if (!focus) return;
  event.preventDefault();
  focus.focus();
}

/** The translation beside its source, clause by clause, with what changed in the source since each was translated. */
export function AlignedClauses({
  translations,
  translation,
  source,
  sourceIsAuthoritative,
  author,
  editor,
}: {
  translations: TranslationsDoc;
  translation: DocumentMeta;
  source: DocumentMeta;
  sourceIsAuthoritative: boolean;
  author: DocumentMeta['updatedBy'];
  editor: Editor | null;
}) {
  const { t, i18n } = useTranslation();
  const sourceBody = useMemo(() => translations.workspace.body(source.id), [translations, source.id]);
  const body = useMemo(() => translations.workspace.body(translation.id), [translations, translation.id]);
  const version = useTranslationsVersion(translations, sourceBody, body);
  const rows = useMemo(
    () => alignedRows(sourceBody, body, translations.alignments(translation.id).valid),
    // `version` changes whenever the alignments or either text do.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [translations, sourceBody, body, translation.id, version],
  );
  const [editing, setEditing] = useState<{ key: string; draft: RowDraft }>();
  const [status, setStatus] = useState('');
  const name = (meta: DocumentMeta) => (meta.language ? languageName(meta.language, i18n.language) : meta.title);
  const translated = rows.filter((row) => row.translation !== undefined && row.source !== undefined).length;
  const stale = rows.filter((row) => row.state === 'stale' || row.state === 'source-removed').length;
  const total = rows.filter((row) => row.source !== undefined).length;

  const save = (row: AlignedRow, number: number, draft: RowDraft) => {
    const text = draft.text.trim();
    if (text === '') return setStatus(t('translations.aligned.emptyText'));
    if (row.alignment) translations.reviseClause(translation, row.alignment, text);
    else if (row.source && draft.sourceDigest)
      translations.translateClause(translation, { id: crypto.randomUUID(), sourceIndex: row.source.index, sourceDigest: draft.sourceDigest, text, author, now: new Date() });
    setEditing(undefined);
    setStatus(t('translations.aligned.saved', { number }));
  };

  return (
    <section aria-labelledby="aligned-heading" className="aligned-clauses">
      <h2 id="aligned-heading">{t('translations.aligned.heading')}</h2>
      <p>{t('translations.aligned.intro', { source: name(source), translation: name(translation) })}</p>
      <p>{t('translations.aligned.summary', { translated, total, stale })}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('translations.aligned.number')}</th>
            <th scope="col">{t('translations.aligned.sourceColumn', { language: name(source) })}</th>
            <th scope="col">{t('translations.aligned.translationColumn', { language: name(translation) })}</th>
            <th scope="col">{t('translations.aligned.stateColumn')}</th>
            <th scope="col">{t('translations.aligned.actionsColumn')}</th>
          </tr>
        </thead>
        <tbody onKeyDown={moveBetweenRows}>
          {rows.map((row, at) => {
            const key = rowKey(row);
            const number = at + 1;
            const translationIndex = row.translation?.index;
            return (
              <AlignedClauseRow
                key={key}
                row={row}
                number={number}
                sourceLanguage={source.language}
                translationLanguage={translation.language}
                staleLabel={t(sourceIsAuthoritative ? 'translations.aligned.staleAuthoritative' : 'translations.aligned.staleSource')}
                draft={editing?.key === key ? editing.draft : undefined}
                onDraft={(draft) => setEditing({ key, draft })}
                onSave={() => editing?.key === key && save(row, number, editing.draft)}
                onCancel={() => setEditing(undefined)}
                onShow={editor && translationIndex !== undefined ? () => focusClause(editor, translationIndex) : undefined}
                onMarkUpToDate={() => {
                  if (!row.alignment || row.sourceDigest === undefined) return;
                  translations.markUpToDate(row.alignment, row.sourceDigest, author, new Date());
                  setStatus(t('translations.aligned.marked', { number }));
                }}
              />
            );
          })}
        </tbody>
      </table>
      <p role="status">{status}</p>
    </section>
  );
}
