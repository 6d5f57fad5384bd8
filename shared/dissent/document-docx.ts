import { Paragraph, TextRun, type Document } from 'docx';
import { docxBody, docxHeading, docxTextRuns } from '../documents/body-docx';
import { BULLET_LIST, DocxContext, docxDocument } from '../documents/docx-document';
import type { DocumentExportModel } from './export-model';

function heading(text: string, level: number, context: DocxContext, pageBreakBefore = false): Paragraph {
  return new Paragraph({ heading: docxHeading(level), children: docxTextRuns(text, context), pageBreakBefore, ...(context.rtl ? { bidirectional: true } : {}) });
}

function para(children: TextRun[], context: DocxContext): Paragraph {
  return new Paragraph({ children, ...(context.rtl ? { bidirectional: true } : {}) });
}

/** "Label: value", the label in bold, as the HTML export's definition lists read. */
function field(label: string, value: string, context: DocxContext): Paragraph {
  return para([new TextRun({ text: `${label}: `, bold: true, ...(context.rtl ? { rightToLeft: true } : {}) }), ...docxTextRuns(value, context)], context);
}

function bullets(lines: readonly string[], context: DocxContext): Paragraph[] {
  const instance = context.nextListInstance();
  return lines.map(
    (line) => new Paragraph({ children: docxTextRuns(line, context), numbering: { reference: BULLET_LIST, level: 0, instance }, ...(context.rtl ? { bidirectional: true } : {}) }),
  );
}

function annexParagraphs(model: DocumentExportModel, context: DocxContext): Paragraph[] {
  const { annex, labels } = model;
  const out: Paragraph[] = [heading(labels.annexHeading, 2, context, true)];
  if (annex.items.length === 0) out.push(para(docxTextRuns(labels.noViews, context), context));
  for (const item of annex.items) {
    out.push(heading(`${item.kindLabel}${item.title ? `: ${item.title}` : ''}`, 3, context));
    out.push(para(docxTextRuns(item.contextDetail ? `${item.contextLabel}: “${item.contextDetail}”` : item.contextLabel, context, { italics: true }), context));
    for (const paragraph of item.text.split(/\n{2,}/)) out.push(para(docxTextRuns(paragraph, context), context));
    out.push(field(labels.author, item.authorName, context));
    out.push(field(labels.coSignedBy, item.coSignerNames.length > 0 ? item.coSignerNames.join(', ') : labels.noCoSigners, context));
    out.push(field(labels.recordedOn, item.recordedOn, context));
  }
  out.push(heading(labels.endorsementsHeading, 2, context));
  if (annex.endorsements.length === 0) out.push(para(docxTextRuns(labels.noEndorsements, context), context));
  else
    out.push(
      ...bullets(
        annex.endorsements.map((endorsement) => {
          const representative = endorsement.representative ? `, ${labels.representedBy} ${endorsement.representative}` : '';
          return `${endorsement.name}${representative} (${endorsement.endorsedOn})${endorsement.note ? ` — ${endorsement.note}` : ''}`;
        }),
        context,
      ),
    );
  return out;
}

function recordParagraphs(model: DocumentExportModel, context: DocxContext): Paragraph[] {
  const { record, labels } = model;
  if (!record) return [];
  const out = [
    heading(labels.recordHeading, 2, context),
    field(labels.status, record.status, context),
    field(labels.lastUpdated, record.updatedBy ? `${record.updatedOn}, ${record.updatedBy}` : record.updatedOn, context),
    heading(labels.decisionsHeading, 3, context),
  ];
  if (record.decisions.length === 0) out.push(para(docxTextRuns(labels.noDecisions, context), context));
  for (const decision of record.decisions) {
    out.push(para([new TextRun({ text: decision.proposalTitle, bold: true, ...(context.rtl ? { rightToLeft: true } : {}) })], context));
    out.push(field(decision.outcome, `${decision.status} — ${labels.decidedOn} ${decision.decidedOn}`, context));
    if (decision.summary) out.push(para(docxTextRuns(decision.summary, context), context));
    if (decision.textChange) out.push(para(docxTextRuns(decision.textChange, context), context));
  }
  return out;
}

/** The document as a Word file: the same model as the other formats, so the annex is always in it. */
export function documentDocx(model: DocumentExportModel): Document {
  const context = new DocxContext(model.direction === 'rtl', model.headingShift);
  return docxDocument({
    title: model.title,
    language: model.language,
    rtl: context.rtl,
    sections: [{ children: [heading(model.title, 1, context), ...docxBody(model.blocks, context), ...annexParagraphs(model, context), ...recordParagraphs(model, context)] }],
  });
}
