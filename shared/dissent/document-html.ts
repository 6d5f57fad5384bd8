import type { Annex, DocumentExport, ExportLabels } from './export-annex';
import { bodyHtml } from '../documents/body-html';
import { escapeHtml } from '../html-escape';
import { documentExportModel, type DocumentExportModel } from './export-model';
import { EXPORT_PRINT_CSS } from './print-stylesheet';

function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

function annexHtml(annex: Annex, labels: ExportLabels): string {
  const views =
    annex.items.length === 0
      ? `<p>${escapeHtml(labels.noViews)}</p>`
      : annex.items
          .map((item) => {
            const heading = `${escapeHtml(item.kindLabel)}${item.title ? `: ${escapeHtml(item.title)}` : ''}`;
            const context = item.contextDetail
              ? `${escapeHtml(item.contextLabel)}: <q>${escapeHtml(item.contextDetail)}</q>`
              : escapeHtml(item.contextLabel);
            const coSigners = item.coSignerNames.length > 0 ? item.coSignerNames.map(escapeHtml).join(', ') : escapeHtml(labels.noCoSigners);
            return [
              '<article class="view">',
              `<h3>${heading}</h3>`,
              `<p class="context"><em>${context}</em></p>`,
              paragraphs(item.text),
              '<dl>',
              `<dt>${escapeHtml(labels.author)}</dt><dd>${escapeHtml(item.authorName)}</dd>`,
              `<dt>${escapeHtml(labels.coSignedBy)}</dt><dd class="co-signers">${coSigners}</dd>`,
              `<dt>${escapeHtml(labels.recordedOn)}</dt><dd>${escapeHtml(item.recordedOn)}</dd>`,
              '</dl>',
              '</article>',
            ].join('\n');
          })
          .join('\n');
  const endorsements =
    annex.endorsements.length === 0
      ? `<p>${escapeHtml(labels.noEndorsements)}</p>`
      : `<ul>${annex.endorsements
          .map((endorsement) => {
            const representative = endorsement.representative ? `, ${escapeHtml(labels.representedBy)} ${escapeHtml(endorsement.representative)}` : '';
            const note = endorsement.note ? ` — ${escapeHtml(endorsement.note)}` : '';
            return `<li>${escapeHtml(endorsement.name)}${representative} (<time>${escapeHtml(endorsement.endorsedOn)}</time>)${note}</li>`;
          })
          .join('')}</ul>`;
  return [
    `<section id="minority-and-dissenting-views">\n<h2>${escapeHtml(labels.annexHeading)}</h2>\n${views}\n</section>`,
    `<section id="endorsements">\n<h2>${escapeHtml(labels.endorsementsHeading)}</h2>\n${endorsements}\n</section>`,
  ].join('\n');
}

function recordHtml(model: DocumentExportModel): string {
  const { record, labels } = model;
  if (!record) return '';
  const updated = record.updatedBy ? `${escapeHtml(record.updatedOn)}, ${escapeHtml(record.updatedBy)}` : escapeHtml(record.updatedOn);
  const decisions =
    record.decisions.length === 0
      ? `<p>${escapeHtml(labels.noDecisions)}</p>`
      : `<ul>${record.decisions
          .map(
            (decision) =>
              `<li><strong>${escapeHtml(decision.proposalTitle)}</strong>: ${escapeHtml(decision.outcome)} (${escapeHtml(decision.status)}), ${escapeHtml(labels.decidedOn)} <time>${escapeHtml(decision.decidedOn)}</time>${decision.summary ? `<p>${escapeHtml(decision.summary)}</p>` : ''}${decision.textChange ? `<p>${escapeHtml(decision.textChange)}</p>` : ''}</li>`,
          )
          .join('')}</ul>`;
  return [
    '<section id="document-record">',
    `<h2>${escapeHtml(labels.recordHeading)}</h2>`,
    `<dl><dt>${escapeHtml(labels.status)}</dt><dd>${escapeHtml(record.status)}</dd><dt>${escapeHtml(labels.lastUpdated)}</dt><dd>${updated}</dd></dl>`,
    `<h3>${escapeHtml(labels.decisionsHeading)}</h3>`,
    decisions,
    '</section>',
  ].join('\n');
}

/** The document, its annex, endorsements and record as HTML elements: the standalone file and the app's print view both use it. */
export function documentHtmlContent(model: DocumentExportModel): string {
  return [
    `<main>\n<h1>${escapeHtml(model.title)}</h1>\n${bodyHtml(model.blocks, model.headingShift)}\n</main>`,
    annexHtml(model.annex, model.labels),
    recordHtml(model),
  ]
    .filter((part) => part !== '')
    .join('\n');
}

/** Screen readers and browsers read the text in its own language and direction. */
function htmlStart(model: DocumentExportModel): string {
  return model.language === undefined ? '<html>' : `<html lang="${escapeHtml(model.language)}" dir="${model.direction}">`;
}

/** A standalone HTML file of the model, which prints cleanly as it is (the same print stylesheet as the app's PDF). */
export function documentHtmlFile(model: DocumentExportModel): string {
  const title = escapeHtml(model.title);
  return [
    '<!doctype html>',
    htmlStart(model),
    `<head><meta charset="utf-8"><title>${title}</title><style>${EXPORT_PRINT_CSS}</style></head>`,
    '<body>',
    documentHtmlContent(model),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A standalone HTML file of the document, always with the minority and dissenting views annex and the endorsements. */
export function renderDocumentHtml(input: DocumentExport, labels?: Partial<ExportLabels>): string {
  return documentHtmlFile(documentExportModel(input, labels));
}
