import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NewDocumentSchema, type DocumentType } from '../../shared/documents/document-meta';
import type { ImportedDocument } from '../../shared/import/imported-content';
import { FormErrorSummary, SelectField, TextField } from '../ui/fields';
import { documentTypeOptions } from '../ui/option-lists';
import { useForm } from '../ui/use-form';
import { DroppedList } from './DroppedList';
import { ImportedContentView } from './ImportedContentView';
import { readImportFile } from './read-import-file';

type Reading = { state: 'idle' } | { state: 'reading' } | { state: 'failed'; error: string } | { state: 'ready'; document: ImportedDocument; readerNotes: string[] };

/**
 * A Word or Markdown file → a preview → a new document. Nothing is created until the user confirms
 * the preview; a file that cannot be read says why and leaves the workspace as it was.
 */
export function ImportDocumentForm({ onCreate }: { onCreate: (title: string, type: DocumentType, document: ImportedDocument) => void }) {
  const { t } = useTranslation();
  const [reading, setReading] = useState<Reading>({ state: 'idle' });
  const [inputKey, setInputKey] = useState(0);
  const form = useForm(NewDocumentSchema, { title: '', type: 'blank' }, 'import-document');
  const type = form.field('type');

  const read = async (file: File | undefined) => {
    if (!file) return setReading({ state: 'idle' });
    setReading({ state: 'reading' });
    try {
      const outcome = await readImportFile(file);
      if (!outcome.ok) return setReading({ state: 'failed', error: outcome.error });
      form.setValues({ title: outcome.document.suggestedTitle, type: 'blank' });
      form.setErrors({});
      setReading({ state: 'ready', document: outcome.document, readerNotes: outcome.readerNotes ?? [] });
    } catch {
      setReading({ state: 'failed', error: 'errors.importDamaged' });
    }
  };

  const reset = () => {
    setReading({ state: 'idle' });
    setInputKey((key) => key + 1);
  };

  return (
    <div className="import-document">
      <div className="field">
        <label htmlFor="import-document-file">{t('import.documentFile')}</label>
        <input
          key={inputKey}
          id="import-document-file"
          type="file"
          accept=".docx,.md,.markdown,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/markdown"
          aria-describedby="import-document-file-hint"
          aria-invalid={reading.state === 'failed' ? true : undefined}
          onChange={(event) => void read(event.target.files?.[0])}
        />
        <p className="hint" id="import-document-file-hint">
          {t('import.documentFileHint')}
        </p>
      </div>
      <p role="alert" className="field-error">
        {reading.state === 'failed' ? `${t('import.notImported')} ${t(reading.error)}` : ''}
      </p>
      <div role="status">{reading.state === 'reading' ? t('import.reading') : ''}</div>
      {reading.state === 'ready' ? (
        <form
          noValidate
          aria-label={t('import.previewForm')}
          onSubmit={form.submit((value) => {
            onCreate(value.title, value.type, reading.document);
            reset();
          })}
        >
          <DroppedList dropped={reading.document.dropped} readerNotes={reading.readerNotes} />
          <TextField {...form.field('title')} label={t('documents.titleLabel')} required />
          <SelectField<DocumentType> {...type} value={type.value as DocumentType} label={t('import.documentType')} required options={documentTypeOptions(t)} />
          <ImportedContentView blocks={reading.document.blocks} label={t('import.previewLabel')} />
          <FormErrorSummary errors={form.errors} />
          <div className="button-row">
            <button type="submit" className="primary">
              {t('import.createButton')}
            </button>
            <button type="button" onClick={reset}>
              {t('import.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
