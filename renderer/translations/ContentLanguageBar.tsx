import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '../../shared/documents/document-meta';
import { languageName } from '../../shared/translations/content-language';
import { TranslationsDoc } from '../../shared/translations/translations-doc';
import type { WorkspaceDoc } from '../../shared/workspace-doc/workspace-doc';
import { routeHref } from '../app/router';
import { LanguageField } from './LanguageField';
import { useTranslationsVersion } from './use-translations-version';

/** The text's language, changeable, and on a translation (or a source that is not authoritative) which text is. */
export function ContentLanguageBar({ workspaceId, workspace, meta, author }: { workspaceId: string; workspace: WorkspaceDoc; meta: DocumentMeta; author: DocumentMeta['updatedBy'] }) {
  const { t, i18n } = useTranslation();
  const translations = useMemo(() => new TranslationsDoc(workspace), [workspace]);
  useTranslationsVersion(translations);
  const sourceId = meta.translationOf ?? meta.id;
  const inFamily = meta.translationOf !== undefined || translations.translationsOf(meta.id).length > 0;
  const authoritative = inFamily ? workspace.document(translations.authoritativeId(sourceId)) : undefined;
  const authoritativeName = authoritative ? (authoritative.language ? languageName(authoritative.language, i18n.language) : authoritative.title) : '';

  return (
    <div className="content-language">
      <LanguageField
        id="document-language"
        label={t('translations.language.label')}
        value={meta.language}
        allowUndeclared
        onChange={(language) => workspace.updateDocument(meta.id, { language }, author, new Date())}
      />
      {authoritative && authoritative.id !== meta.id ? (
        <p className="notice translation-banner" role="note">
          {t('translations.banner.authoritative', { language: authoritativeName })}{' '}
          <a href={routeHref({ name: 'document', workspaceId, documentId: authoritative.id })}>{t('translations.banner.open', { language: authoritativeName })}</a>
        </p>
      ) : null}
      {authoritative && authoritative.id === meta.id ? (
        <p className="notice translation-banner" role="note">
          {t('translations.banner.thisIsAuthoritative', { language: authoritativeName })}
        </p>
      ) : null}
    </div>
  );
}
