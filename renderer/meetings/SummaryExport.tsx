import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Meeting } from '../../shared/meetings/meeting';
import { summaryHtml } from '../../shared/meetings/summary-html';
import { summaryMarkdown } from '../../shared/meetings/summary-markdown';
import type { SummaryLabels } from '../../shared/meetings/summary-report';
import { useApp } from '../app/app-context';
import { useMeetings } from './meetings-context';
import { fileSlug } from './meeting-time';
import { useMinutes } from './minutes-store';

/** The report's words in the reader's language; the report builders take them as labels. */
function summaryLabels(t: TFunction): SummaryLabels {
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

/** The summary report (title block, per item key points and next steps, participants annex) as Markdown or HTML. */
export function SummaryExport({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation();
  const { platform } = useApp();
  const { workspace, members } = useMeetings();
  const { minutes } = useMinutes(meeting.id);
  const [status, setStatus] = useState('');
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
  const download = async (kind: 'markdown' | 'html') => {
    const saved =
      kind === 'markdown'
        ? await platform.saveFile(`${name}.md`, summaryMarkdown(input), 'text/markdown')
        : await platform.saveFile(`${name}.html`, summaryHtml(input, i18n.language), 'text/html');
    setStatus(saved ? t('meetings.summary.exported') : '');
  };
  return (
    <section aria-labelledby="summary-heading">
      <h4 id="summary-heading">{t('meetings.summary.title')}</h4>
      <p className="hint">{t('meetings.summary.hint')}</p>
      <div className="button-row">
        <button type="button" onClick={() => void download('markdown')}>
          {t('meetings.summary.markdown')}
        </button>
        <button type="button" onClick={() => void download('html')}>
          {t('meetings.summary.html')}
        </button>
      </div>
      <p role="status">{status}</p>
    </section>
  );
}
