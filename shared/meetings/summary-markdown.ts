import { escapeMarkdownInline } from '../markdown-escape';
import { summaryReport, type SummaryReport, type SummaryReportInput } from './summary-report';


function bullets(lines: readonly string[]): string[] {
  return lines.map((line) => `- ${escapeMarkdownInline(line)}`);
}

export function renderSummaryMarkdown(report: SummaryReport): string {
  const { labels } = report;
  const out: string[] = [];
  out.push(...report.titleLines.map((line) => `**${escapeMarkdownInline(line)}**  `), '', report.subtitle, '');
  if (report.agendaAdoption) out.push(`**${labels.agendaAdoption}**`, '', escapeMarkdownInline(report.agendaAdoption), '');
  for (const section of report.sections) {
    out.push(`## ${section.number}. ${escapeMarkdownInline(section.title)}`, '');
    for (const paragraph of section.summary) out.push(escapeMarkdownInline(paragraph), '');
    if (section.keyPoints.length > 0) out.push(`### ${labels.keyPoints}`, '', ...bullets(section.keyPoints), '');
    if (section.decisions.length > 0) out.push(`### ${labels.decisions}`, '', ...bullets(section.decisions), '');
    if (section.nextSteps.length > 0) out.push(`### ${labels.nextSteps}`, '', ...bullets(section.nextSteps), '');
  }
  out.push(`## ${labels.annex}`, '', `### ${labels.participants}`, '', ...bullets(report.participants), '');
  if (report.apologies.length > 0) out.push(`### ${labels.apologies}`, '', ...bullets(report.apologies), '');
  return `${out.join('\n').trimEnd()}\n`;
}

export function summaryMarkdown(input: SummaryReportInput): string {
  return renderSummaryMarkdown(summaryReport(input));
}
