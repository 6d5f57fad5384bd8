import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Meeting } from '../../shared/meetings/meeting';
import { renderSummaryHtml, summaryHtmlContent } from '../../shared/meetings/summary-html';
import { renderSummaryMarkdown } from '../../shared/meetings/summary-markdown';
import { summaryReport, type SummaryLabels } from '../../shared/meetings/summary-report';
import { canonicalLanguage, languageDirection } from '../../shared/translations/content-language';
import { showPrintView } from '../dissent/print-view';
import { useApp } from '../app/app-context';
import { useMeetings } from './meetings-context';
import { fileSlug } from './meeting-time';
import { useMinutes } from './minutes-store';

/** The report's words in the reader's language; the report builders take them as labels. */
export function summaryLabels(t: TFunction): SummaryLabels {
  return {
    formats: { online: t('meetings.summary.formats.online'), 'in-person': t('meetings.summary.formats.inPerson'), hybrid: t('meetings.summary.formats.hybrid') },
    summaryReport: t('meetings.summary.summaryReport'),
    agendaAdoption: t('meetings.summary.agendaAdoption'),
    keyPoints: t('meetings.summary.keyPoints'),
    nextSteps: t('meetings.summary.nextSteps'),
    decisions: t('meetings.summary.decisions'),
    provisional: t('meetings.summary.provisional'),
    due: t('meetings.summary.due'),
    annex: t('meetings.summary.annex'),
    participants: t('meetings.summary.participants'),
    apologies: t('meetings.summary.apologies'),
    attendance: { online: t('meetings.summary.online'), 'in-person': t('meetings.summary.inPerson') },
  };
}

type Format = 'markdown' | 'html' | 'docx' | 'pdf';

/** The summary report (title block, per item key points and next steps, participants annex) as Markdown, HTML, Word or PDF. */
export function SummaryExport({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation();
  const { platform } = useApp();
  const { workspace, members } = useMeetings();
  const { minutes } = useMinutes(meeting.id);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const printView = useRef<HTMLElement | null>(null);
  useEffect(() => () => printView.current?.remove(), []);
  const input = {
    groupName: workspace.profile()?.name ?? t('workspace.unnamed'),
    meeting,
    minutes,
    members,
    labels: summaryLabels(t),
    // Reports follow the coalitions' day-month-year date line ("6 September 2022").
    locale: i18n.language === 'en' ? 'en-GB' : i18n.language,
  };
  const name = `${fileSlug(meeting.title)}-${meeting.start.slice(0, 10)}-summary`;
  const download = async (kind: Format) => {
    setBusy(true);
    setStatus('');
    try {
      const report = summaryReport(input);
      let outcome: boolean | 'saved' | 'cancelled' | 'print-dialog';
      if (kind === 'markdown') outcome = await platform.saveFile(`${name}.md`, renderSummaryMarkdown(report), 'text/markdown');
      else if (kind === 'html') outcome = await platform.saveFile(`${name}.html`, renderSummaryHtml(report, i18n.language), 'text/html');
      else if (kind === 'docx') {
        const { summaryDocxBytes, DOCX_MIME_TYPE } = await import('../dissent/docx-file');
        outcome = await platform.saveBytesFile(`${name}.docx`, await summaryDocxBytes(report, i18n.language), DOCX_MIME_TYPE);
      } else {
        const language = canonicalLanguage(i18n.language);
        printView.current = showPrintView(summaryHtmlContent(report), {
          language,
          direction: language === undefined ? 'ltr' : languageDirection(language),
          label: t('meetings.summary.printViewLabel'),
        });
        outcome = await platform.printPdf(`${name}.pdf`);
      }
      setStatus(outcome === 'print-dialog' ? t('meetings.summary.printed') : outcome === true || outcome === 'saved' ? t('meetings.summary.exported') : '');
    } catch (error) {
      setStatus(t('meetings.summary.exportFailed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="summary-heading">
      <h4 id="summary-heading">{t('meetings.summary.title')}</h4>
      <p className="hint">{t('meetings.summary.hint')}</p>
      <div className="button-row">
        {(['markdown', 'html', 'docx', 'pdf'] as const).map((kind) => (
          <button key={kind} type="button" disabled={busy} onClick={() => void download(kind)}>
            {t(`meetings.summary.${kind}`)}
          </button>
        ))}
      </div>
      <p role="status">{status}</p>
    </section>
  );
}
