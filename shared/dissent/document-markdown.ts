import type { Annex, DocumentExport, ExportLabels } from './export-annex';
import type { ExportBlock, Inline } from '../documents/body-blocks';
import { documentExportModel, type DocumentExportModel } from './export-model';
import { escapeMarkdown, escapeMarkdownInline } from '../markdown-escape';


function safeHref(href: string): string | null {
  return /^(https?:|mailto:)/i.test(href.trim()) ? href.trim().replace(/[()\s<>]/g, (character) => encodeURIComponent(character)) : null;
}

function inlineMarkdown(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => {
      if (inline.kind === 'break') return '\\\n';
      if (inline.code) return `\`${inline.text.replace(/`/g, "'")}\``;
      let text = escapeMarkdown(inline.text);
      if (inline.bold) text = `**${text}**`;
      if (inline.italic) text = `*${text}*`;
      if (inline.strike) text = `~~${text}~~`;
      const href = inline.href === null ? null : safeHref(inline.href);
      return href ? `[${text}](${href})` : text;
    })
    .join('');
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? line : line === '' ? '' : prefix + line))
    .join('\n');
}

function blockMarkdown(block: ExportBlock): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${inlineMarkdown(block.inlines)}`;
    case 'paragraph':
      return inlineMarkdown(block.inlines);
    case 'bulletList':
    case 'orderedList':
      return block.items
        .map((item, index) => {
          const marker = block.kind === 'bulletList' ? '- ' : `${index + 1}. `;
          return marker + indent(blocksMarkdown(item), ' '.repeat(marker.length));
        })
        .join('\n');
    case 'blockquote':
      return blocksMarkdown(block.children)
        .split('\n')
        .map((line) => (line === '' ? '>' : `> ${line}`))
        .join('\n');
    case 'codeBlock':
      return `\`\`\`\n${block.text.replace(/```/g, "'''")}\n\`\`\``;
    case 'rule':
      return '---';
  }
}

function blocksMarkdown(blocks: readonly ExportBlock[]): string {
  return blocks.map(blockMarkdown).join('\n\n');
}

function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => escapeMarkdown(paragraph).replace(/\n/g, '\\\n'))
    .join('\n\n');
}

function annexMarkdown(annex: Annex, labels: ExportLabels): string {
  const parts = [`## ${escapeMarkdownInline(labels.annexHeading)}`];
  if (annex.items.length === 0) parts.push(escapeMarkdown(labels.noViews));
  for (const item of annex.items) {
    parts.push(`### ${escapeMarkdownInline(item.kindLabel)}${item.title ? `: ${escapeMarkdownInline(item.title)}` : ''}`);
    const context = item.contextDetail ? `${escapeMarkdown(item.contextLabel)}: “${escapeMarkdown(item.contextDetail)}”` : escapeMarkdown(item.contextLabel);
    parts.push(`*${context}*`);
    parts.push(paragraphs(item.text));
    const coSigners = item.coSignerNames.length > 0 ? item.coSignerNames.map(escapeMarkdown).join(', ') : escapeMarkdown(labels.noCoSigners);
    parts.push(
      [
        `- ${escapeMarkdown(labels.author)}: ${escapeMarkdown(item.authorName)}`,
        `- ${escapeMarkdown(labels.coSignedBy)}: ${coSigners}`,
        `- ${escapeMarkdown(labels.recordedOn)}: ${escapeMarkdown(item.recordedOn)}`,
      ].join('\n'),
    );
  }
  parts.push(`## ${escapeMarkdownInline(labels.endorsementsHeading)}`);
  if (annex.endorsements.length === 0) parts.push(escapeMarkdown(labels.noEndorsements));
  else
    parts.push(
      annex.endorsements
        .map((endorsement) => {
          const representative = endorsement.representative ? `, ${escapeMarkdown(labels.representedBy)} ${escapeMarkdown(endorsement.representative)}` : '';
          const note = endorsement.note ? ` — ${escapeMarkdown(endorsement.note)}` : '';
          return `- ${escapeMarkdown(endorsement.name)}${representative} (${escapeMarkdown(endorsement.endorsedOn)})${note}`;
        })
        .join('\n'),
    );
  return parts.join('\n\n');
}

function recordMarkdown(model: DocumentExportModel): string {
  const { record, labels } = model;
  if (!record) return '';
  const updated = record.updatedBy ? `${escapeMarkdown(record.updatedOn)}, ${escapeMarkdown(record.updatedBy)}` : escapeMarkdown(record.updatedOn);
  const parts = [
    `## ${escapeMarkdownInline(labels.recordHeading)}`,
    [`- ${escapeMarkdown(labels.status)}: ${escapeMarkdown(record.status)}`, `- ${escapeMarkdown(labels.lastUpdated)}: ${updated}`].join('\n'),
    `### ${escapeMarkdownInline(labels.decisionsHeading)}`,
  ];
  if (record.decisions.length === 0) parts.push(escapeMarkdown(labels.noDecisions));
  else
    parts.push(
      record.decisions
        .map((decision) => {
          const line = `- **${escapeMarkdown(decision.proposalTitle)}**: ${escapeMarkdown(decision.outcome)} (${escapeMarkdown(decision.status)}), ${escapeMarkdown(labels.decidedOn)} ${escapeMarkdown(decision.decidedOn)}`;
          const notes = [decision.summary, decision.textChange ?? ''].filter((note) => note !== '');
          return notes.reduce((text, note) => `${text}\\\n  ${escapeMarkdown(note).replace(/\n/g, ' ')}`, line);
        })
        .join('\n'),
    );
  return parts.join('\n\n');
}

/** The model as Markdown: title, body, the annex of views with the endorsements, and the record when there is one. */
export function documentMarkdownFile(model: DocumentExportModel): string {
  return [`# ${escapeMarkdownInline(model.title)}`, blocksMarkdown(model.blocks), annexMarkdown(model.annex, model.labels), recordMarkdown(model)].filter((part) => part !== '').join('\n\n') + '\n';
}

/**
 * The document as Markdown, always followed by the minority and dissenting views annex and the
 * endorsements. Body headings keep the level their authors gave them.
 */
export function renderDocumentMarkdown(input: DocumentExport, labels?: Partial<ExportLabels>): string {
  return documentMarkdownFile(documentExportModel(input, labels));
}
