import { Paragraph, TextRun, type Document } from 'docx';
import { docxHeading, docxTextRuns } from '../documents/body-docx';
import { BULLET_LIST, DocxContext, docxDocument } from '../documents/docx-document';
import { canonicalLanguage, languageDirection } from '../translations/content-language';
import type { SummaryReport } from './summary-report';

/** The summary report as a Word file, in the coalitions' layout: per agenda item, "Key points raised" then "Next steps". */
export function summaryDocx(report: SummaryReport, language = 'en'): Document {
  const tag = canonicalLanguage(language);
  const context = new DocxContext(tag !== undefined && languageDirection(tag) === 'rtl');
  const bidi = context.rtl ? { bidirectional: true } : {};
  const heading = (text: string, level: number) => new Paragraph({ heading: docxHeading(level), children: docxTextRuns(text, context), ...bidi });
  const para = (text: string, bold = false) => new Paragraph({ children: docxTextRuns(text, context, { bold }), ...bidi });
  const list = (lines: readonly string[]) => {
    const instance = context.nextListInstance();
    return lines.map((line) => new Paragraph({ children: docxTextRuns(line, context), numbering: { reference: BULLET_LIST, level: 0, instance }, ...bidi }));
  };
  const { labels } = report;
  const children: Paragraph[] = [...report.titleLines.map((line) => para(line, true)), para(report.subtitle)];
  if (report.agendaAdoption) children.push(heading(labels.agendaAdoption, 2), para(report.agendaAdoption));
  for (const section of report.sections) {
    children.push(heading(`${section.number}. ${section.title}`, 2), ...section.summary.map((paragraph) => para(paragraph)));
    if (section.keyPoints.length > 0) children.push(heading(labels.keyPoints, 3), ...list(section.keyPoints));
    if (section.decisions.length > 0) children.push(heading(labels.decisions, 3), ...list(section.decisions));
    if (section.nextSteps.length > 0) children.push(heading(labels.nextSteps, 3), ...list(section.nextSteps));
  }
  children.push(heading(labels.annex, 2), heading(labels.participants, 3), ...list(report.participants));
  if (report.apologies.length > 0) children.push(heading(labels.apologies, 3), ...list(report.apologies));
  return docxDocument({
    title: [...report.titleLines.slice(-2), report.subtitle].join(' — '),
    language: tag,
    rtl: context.rtl,
    sections: [{ children: children.length > 0 ? children : [new Paragraph({ children: [new TextRun('')] })] }],
  });
}
