import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderDocumentHtml } from '../../shared/dissent/document-html';
import { renderDocumentMarkdown } from '../../shared/dissent/document-markdown';
import { DEFAULT_EXPORT_LABELS, type DocumentExport, type ExportLabels } from '../../shared/dissent/export-annex';
import { useApp } from '../app/app-context';

function fileName(title: string, extension: string): string {
  const base = title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 80) || 'document';
  return `${base}.${extension}`;
}

/** Markdown and HTML, each always with the annex of views and the endorsements: there is no other export. */
export function ExportButtons({ document }: { document: DocumentExport }) {
  const { t } = useTranslation();
  const { platform } = useApp();
  const [status, setStatus] = useState('');
  const labels = Object.fromEntries(Object.keys(DEFAULT_EXPORT_LABELS).map((key) => [key, t(`dissent.export.${key}`)])) as ExportLabels;

  const save = async (format: 'markdown' | 'html') => {
    const contents = format === 'markdown' ? renderDocumentMarkdown(document, labels) : renderDocumentHtml(document, labels);
    const saved = await platform.saveFile(fileName(document.title, format === 'markdown' ? 'md' : 'html'), contents, format === 'markdown' ? 'text/markdown' : 'text/html');
    setStatus(saved ? t('dissent.exported') : '');
  };

  return (
    <div className="export-buttons">
      <button type="button" onClick={() => void save('markdown')}>
        {t('dissent.exportMarkdown')}
      </button>
      <button type="button" onClick={() => void save('html')}>
        {t('dissent.exportHtml')}
      </button>
      <span role="status">{status}</span>
    </div>
  );
}
