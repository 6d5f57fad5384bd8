import type { Editor } from '@tiptap/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '../../shared/documents/document-meta';
import { languageName } from '../../shared/translations/content-language';
import { TranslationsDoc } from '../../shared/translations/translations-doc';
import type { WorkspaceDoc } from '../../shared/workspace-doc/workspace-doc';
import { navigate, routeHref } from '../app/router';
import { AddTranslationForm } from './AddTranslationForm';
import { AlignedClauses } from './AlignedClauses';
import { useTranslationsVersion } from './use-translations-version';
import './translations.css';

/**
 * Under a document's text: on a source, its translations, which text is authoritative and "Add a
 * translation"; on a translation, the clause-by-clause view beside its source.
 */
export function TranslationsPanel({
  workspaceId,
  workspace,
  meta,
  author,
  editor,
}: {
  workspaceId: string;
  workspace: WorkspaceDoc;
  meta: DocumentMeta;
  author: DocumentMeta['updatedBy'];
  editor: Editor | null;
}) {
  const { t, i18n } = useTranslation();
  const translations = useMemo(() => new TranslationsDoc(workspace), [workspace]);
  useTranslationsVersion(translations);
  const [status, setStatus] = useState('');
  const name = (doc: DocumentMeta) => (doc.language ? languageName(doc.language, i18n.language) : doc.title);

  if (meta.translationOf !== undefined) {
    const source = workspace.document(meta.translationOf);
    if (!source) return <p className="notice warning">{t('translations.aligned.sourceMissing')}</p>;
    return (
      <>
        <p>
          <a href={routeHref({ name: 'document', workspaceId, documentId: source.id })}>{t('translations.family.source', { language: name(source), title: source.title })}</a>
        </p>
        <AlignedClauses
          translations={translations}
          translation={meta}
          source={source}
          sourceIsAuthoritative={translations.authoritativeId(source.id) === source.id}
          author={author}
          editor={editor}
        />
      </>
    );
  }

  const family = translations.translationsOf(meta.id);
  const authoritativeId = translations.authoritativeId(meta.id);
  return (
    <section aria-labelledby="translations-heading" className="translations">
      <h2 id="translations-heading">{t('translations.family.heading')}</h2>
      {family.length === 0 ? (
        <p>{t('translations.family.none')}</p>
      ) : (
        <>
          <ul>
            {family.map((translation) => (
              <li key={translation.id}>
                <a href={routeHref({ name: 'document', workspaceId, documentId: translation.id })}>{t('translations.family.entry', { language: name(translation), title: translation.title })}</a>
              </li>
            ))}
          </ul>
          <div className="field">
            <label htmlFor="authoritative-text">{t('translations.family.authoritative')}</label>
            <select
              id="authoritative-text"
              value={authoritativeId}
              aria-describedby="authoritative-text-hint"
              onChange={(event) => {
                const chosen = [meta, ...family].find((doc) => doc.id === event.target.value);
                if (!chosen) return;
                translations.setAuthoritative(meta.id, chosen.id, author, new Date());
                setStatus(t('translations.family.authoritativeSaved', { language: name(chosen) }));
              }}
            >
              {[meta, ...family].map((doc) => (
                <option key={doc.id} value={doc.id}>
                  {t('translations.family.entry', { language: name(doc), title: doc.title })}
                </option>
              ))}
            </select>
            <p className="hint" id="authoritative-text-hint">
              {t('translations.family.authoritativeHint')}
            </p>
          </div>
        </>
      )}
      <p role="status">{status}</p>
      <h3>{t('translations.add.heading')}</h3>
      <AddTranslationForm
        source={meta}
        onAdd={(language, title) => {
          const created = translations.addTranslation(meta, { id: crypto.randomUUID(), title, language, author, now: new Date() });
          navigate({ name: 'document', workspaceId, documentId: created.id });
        }}
      />
    </section>
  );
}
