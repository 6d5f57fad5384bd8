import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentHtmlContent, documentHtmlFile } from '../../shared/dissent/document-html';
import { documentMarkdownFile } from '../../shared/dissent/document-markdown';
import { DEFAULT_EXPORT_LABELS, type DocumentExport, type ExportLabels } from '../../shared/dissent/export-annex';
import { documentExportModel, type DocumentExportModel } from '../../shared/dissent/export-model';
import { useApp } from '../app/app-context';
import { showPrintView } from './print-view';

type Format = 'markdown' | 'html' | 'docx' | 'pdf';
const BUTTON_LABELS = { markdown: 'dissent.exportMarkdown', html: 'dissent.exportHtml', docx: 'dissent.exportDocx', pdf: 'dissent.exportPdf' } as const;

export function exportFileName(title: string, extension: string): string {
  const base = title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 80) || 'document';
  return `${base}.${extension}`;
}

/**
 * Markdown, HTML, Word and PDF, each rendered from the one export model, which always holds the
 * annex of views and the endorsements: there is no other export. Printing the page (Ctrl+P) prints
 * the same view as the PDF button.
 */
export function ExportButtons({ document }: { document: DocumentExport }) {
  const { t } = useTranslation();
  const { platform } = useApp();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState<Format | null>(null);
  const labels = Object.fromEntries(Object.keys(DEFAULT_EXPORT_LABELS).map((key) => [key, t(`dissent.export.${key}`)])) as ExportLabels;
  const printViewLabel = t('dissent.printViewLabel');
  // The model is built on demand, from the latest props: a long charter is not converted on every keystroke.
  const latest = useRef({ document, labels, printViewLabel });
  useLayoutEffect(() => {
    latest.current = { document, labels, printViewLabel };
  });
  const printView = useRef<HTMLElement | null>(null);
  const model = useCallback((): DocumentExportModel => documentExportModel(latest.current.document, latest.current.labels), []);
  const preparePrintView = useCallback((current: DocumentExportModel) => {
    printView.current = showPrintView(documentHtmlContent(current), { language: current.language, direction: current.direction, label: latest.current.printViewLabel });
  }, []);

  useEffect(() => {
    const onBeforePrint = () => preparePrintView(model());
    window.addEventListener('beforeprint', onBeforePrint);
    return () => {
      window.removeEventListener('beforeprint', onBeforePrint);
      printView.current?.remove();
    };
  }, [model, preparePrintView]);

  const save = async (format: Format) => {
    setBusy(format);
    setStatus('');
    try {
      const current = model();
      let outcome: boolean | 'saved' | 'cancelled' | 'print-dialog';
      if (format === 'markdown') outcome = await platform.saveFile(exportFileName(current.title, 'md'), documentMarkdownFile(current), 'text/markdown');
      else if (format === 'html') outcome = await platform.saveFile(exportFileName(current.title, 'html'), documentHtmlFile(current), 'text/html');
      else if (format === 'docx') {
        const { documentDocxBytes, DOCX_MIME_TYPE } = await import('./docx-file');
        outcome = await platform.saveBytesFile(exportFileName(current.title, 'docx'), await documentDocxBytes(current), DOCX_MIME_TYPE);
      } else {
        preparePrintView(current);
        outcome = await platform.printPdf(exportFileName(current.title, 'pdf'));
      }
      setStatus(outcome === 'print-dialog' ? t('dissent.printed') : outcome === true || outcome === 'saved' ? t('dissent.exported') : '');
    } catch (error) {
      setStatus(t('dissent.exportFailed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="export-buttons" role="group" aria-label={t('dissent.exportGroup')}>
      {(['markdown', 'html', 'docx', 'pdf'] as const).map((format) => (
        <button key={format} type="button" disabled={busy !== null} aria-busy={busy === format} onClick={() => void save(format)}>
          {t(BUTTON_LABELS[format])}
        </button>
      ))}
      <span role="status">{status}</span>
    </div>
  );
}
