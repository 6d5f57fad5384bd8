import { buildAnnex, withDefaults, type Annex, type DocumentExport, type ExportLabels } from './export-annex';
import { bodyBlocks } from '../documents/body-blocks';
import { bodyHtml } from '../documents/body-html';
import { escapeHtml } from '../html-escape';
import { canonicalLanguage, languageDirection } from '../translations/content-language';

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

/** Screen readers and browsers read the text in its own language and direction. */
function htmlStart(language: string | undefined): string {
  const tag = language === undefined ? undefined : canonicalLanguage(language);
  return tag === undefined ? '<html>' : `<html lang="${escapeHtml(tag)}" dir="${languageDirection(tag)}">`;
}

/** A standalone HTML file of the document, always with the minority and dissenting views annex and the endorsements. */
export function renderDocumentHtml(input: DocumentExport, labels?: Partial<ExportLabels>): string {
  const resolved = withDefaults(labels);
  const title = escapeHtml(input.title);
  return [
    '<!doctype html>',
    htmlStart(input.language),
    '<head><meta charset="utf-8"><title>' + title + '</title></head>',
    '<body>',
    `<main>\n<h1>${title}</h1>\n${bodyHtml(bodyBlocks(input.body), 1)}\n</main>`,
    annexHtml(buildAnnex(input, resolved), resolved),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
