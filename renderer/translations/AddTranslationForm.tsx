import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '../../shared/documents/document-meta';
import { languageName, OFFERED_LANGUAGES } from '../../shared/translations/content-language';
import { requiredName } from '../../shared/validation';
import { TextField } from '../ui/fields';
import { LanguageField } from './LanguageField';

/** "Add a translation": into which language, under which title; the title follows the language until edited. */
export function AddTranslationForm({ source, onAdd }: { source: DocumentMeta; onAdd: (language: string, title: string) => void }) {
  const { t, i18n } = useTranslation();
  const firstOther = OFFERED_LANGUAGES.find((tag) => tag !== source.language) ?? 'fr';
  const [language, setLanguage] = useState(firstOther);
  const suggested = (tag: string) => t('translations.add.suggestedTitle', { title: source.title, language: languageName(tag, i18n.language) });
  const [title, setTitle] = useState<string>();
  const [errors, setErrors] = useState<{ language?: string; title?: string }>({});

  return (
    <form
      noValidate
      aria-label={t('translations.add.heading')}
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = requiredName.safeParse(title ?? suggested(language));
        const next = {
          language: language === source.language ? 'translations.add.sameLanguage' : undefined,
          title: parsed.success ? undefined : (parsed.error.issues[0]?.message ?? 'errors.invalid'),
        };
        setErrors(next);
        if (parsed.success && !next.language) onAdd(language, parsed.data);
      }}
    >
      <LanguageField id="translation-language" label={t('translations.add.language')} value={language} onChange={(tag) => tag && setLanguage(tag)} />
      {errors.language ? (
        <p className="field-error" role="alert">
          {t(errors.language)}
        </p>
      ) : null}
      <TextField id="translation-title" label={t('translations.add.title')} value={title ?? suggested(language)} onChange={setTitle} error={errors.title} required />
      <button type="submit" className="primary">
        {t('translations.add.submit')}
      </button>
    </form>
  );
}
