import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '../../shared/documents/document-meta';

export function LastEdited({ meta }: { meta: DocumentMeta }) {
  const { t, i18n } = useTranslation();
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(meta.updatedAt));
  return (
    <span>
      {t('documents.lastEdited', { when, who: meta.updatedBy.name })}
    </span>
  );
}
