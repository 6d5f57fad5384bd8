import { EXPORT_PRINT_CSS } from '../dissent/print-stylesheet';
import { escapeHtml } from '../html-escape';
import { summaryReport, type SummaryReport, type SummaryReportInput } from './summary-report';


function list(lines: readonly string[]): string {
  return `<ul>\n${lines.map((line) => `  <li>${escapeHtml(line)}</li>`).join('\n')}\n</ul>`;
}

/** The report's elements: the standalone file and the app's print view (PDF) both use them. */
export function summaryHtmlContent(report: SummaryReport): string {
  const { labels } = report;
  const body: string[] = [];
  body.push('<header>', ...report.titleLines.map((line) => `<p><strong>${escapeHtml(line)}</strong></p>`), `<p>${escapeHtml(report.subtitle)}</p>`, '</header>');
  if (report.agendaAdoption) body.push(`<h2>${escapeHtml(labels.agendaAdoption)}</h2>`, `<p>${escapeHtml(report.agendaAdoption)}</p>`);
  for (const section of report.sections) {
    body.push('<section>', `<h2>${section.number}. ${escapeHtml(section.title)}</h2>`);
    for (const paragraph of section.summary) body.push(`<p>${escapeHtml(paragraph)}</p>`);
    if (section.keyPoints.length > 0) body.push(`<h3>${escapeHtml(labels.keyPoints)}</h3>`, list(section.keyPoints));
    if (section.decisions.length > 0) body.push(`<h3>${escapeHtml(labels.decisions)}</h3>`, list(section.decisions));
    if (section.nextSteps.length > 0) body.push(`<h3>${escapeHtml(labels.nextSteps)}</h3>`, list(section.nextSteps));
    body.push('</section>');
  }
  body.push('<section>', `<h2>${escapeHtml(labels.annex)}</h2>`, `<h3>${escapeHtml(labels.participants)}</h3>`, list(report.participants));
  if (report.apologies.length > 0) body.push(`<h3>${escapeHtml(labels.apologies)}</h3>`, list(report.apologies));
  body.push('</section>');
  return body.join('\n');
}

/** A standalone document, so it can be saved, mailed or printed as is. Every piece of user text is escaped. */
export function renderSummaryHtml(report: SummaryReport, language = 'en'): string {
  const title = escapeHtml([...report.titleLines.slice(-2), report.subtitle].join(' — '));
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${title}</title>`,
    `<style>${EXPORT_PRINT_CSS}</style>`,
    '</head>',
    '<body>',
    summaryHtmlContent(report),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export function summaryHtml(input: SummaryReportInput, language = 'en'): string {
  return renderSummaryHtml(summaryReport(input), language);
}
