import { useTranslation } from 'react-i18next';
import { NewDocumentSchema, type DocumentType } from '../../shared/documents/document-meta';
import { FormErrorSummary, SelectField, TextField } from '../ui/fields';
import { documentTypeOptions } from '../ui/option-lists';
import { useForm } from '../ui/use-form';
import { LanguageField } from '../translations/LanguageField';
import { defaultContentLanguage } from '../translations/default-content-language';

export function NewDocumentForm({ onCreate }: { onCreate: (title: string, type: DocumentType, language: string | undefined) => void }) {
  const { t, i18n } = useTranslation();
  const form = useForm(NewDocumentSchema, { title: t('documentTypes.charter'), type: 'charter', language: defaultContentLanguage(i18n.language) }, 'new-document');
  const type = form.field('type');
  return (
    <form noValidate aria-label={t('documents.newTitle')} onSubmit={form.submit((value) => onCreate(value.title, value.type, value.language))}>
      <SelectField<DocumentType>
        {...type}
        value={type.value as DocumentType}
        label={t('documents.template')}
        required
        options={documentTypeOptions(t)}
        onChange={(value) => {
          type.onChange(value);
          // Suggest the template's name as the title until the user writes their own.
          const title = form.values.title ?? '';
          if (title === '' || documentTypeOptions(t).some((option) => option.label === title)) form.setValues((current) => ({ ...current, type: value, title: t(`documentTypes.${value}`) }));
        }}
      />
      <TextField {...form.field('title')} label={t('documents.titleLabel')} required />
      <LanguageField id="new-document-language" label={t('translations.language.label')} value={form.values.language} onChange={(tag) => form.field('language').onChange(tag ?? '')} />
      <FormErrorSummary errors={form.errors} />
      <button type="submit" className="primary">
        {t('documents.createButton')}
      </button>
    </form>
  );
}
