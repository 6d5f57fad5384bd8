import { useTranslation } from 'react-i18next';
import { useFormats } from '../i18n/use-formats';
import type { DocumentMeta } from '../../shared/documents/document-meta';

export function LastEdited({ meta }: { meta: DocumentMeta }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const when = formats.dateTime(meta.updatedAt);
  return (
    <span>
      {t('documents.lastEdited', { when, who: meta.updatedBy.name })}
    </span>
  );
}
