import { summaryReport, type SummaryReport, type SummaryReportInput } from './summary-report';

/** User text is inline: newlines would end a list item, and markup characters would turn prose into formatting. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>~]/g, (character) => `\\${character}`)
    // Only an ampersand that would start an entity ("&lt;") needs escaping; a plain "&" prints as is.
    .replace(/&(?=#?\w+;)/g, '\\&')
    // Headings, list markers and setext underlines only mean something at the start of a line.
    .replace(/^[-+=#]/, (prefix) => `\\${prefix}`)
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

function bullets(lines: readonly string[]): string[] {
  return lines.map((line) => `- ${escapeMarkdown(line)}`);
}

export function renderSummaryMarkdown(report: SummaryReport): string {
  const { labels } = report;
  const out: string[] = [];
  out.push(...report.titleLines.map((line) => `**${escapeMarkdown(line)}**  `), '', report.subtitle, '');
  if (report.agendaAdoption) out.push(`**${labels.agendaAdoption}**`, '', escapeMarkdown(report.agendaAdoption), '');
  for (const section of report.sections) {
    out.push(`## ${section.number}. ${escapeMarkdown(section.title)}`, '');
    for (const paragraph of section.summary) out.push(escapeMarkdown(paragraph), '');
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
