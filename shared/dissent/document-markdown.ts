import { buildAnnex, withDefaults, type Annex, type DocumentExport, type ExportLabels } from './export-annex';
import { bodyBlocks, type ExportBlock, type Inline } from '../documents/body-blocks';

/** Backslash-escapes what Markdown (and the HTML it may contain) would otherwise interpret in user text. */
function escapeText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~&]/g, (character) => `\\${character}`)
    .replace(/^(\s*)([#+-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

function safeHref(href: string): string | null {
  return /^(https?:|mailto:)/i.test(href.trim()) ? href.trim().replace(/[()\s<>]/g, (character) => encodeURIComponent(character)) : null;
}

function inlineMarkdown(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => {
      if (inline.kind === 'break') return '\\\n';
      if (inline.code) return `\`${inline.text.replace(/`/g, "'")}\``;
      let text = escapeText(inline.text);
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
      // The title is the only level-1 heading; body headings move down one level, as in the HTML export.
      return `${'#'.repeat(Math.min(block.level + 1, 6))} ${inlineMarkdown(block.inlines)}`;
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
    .map((paragraph) => escapeText(paragraph).replace(/\n/g, '\\\n'))
    .join('\n\n');
}

function annexMarkdown(annex: Annex, labels: ExportLabels): string {
  const parts = [`## ${escapeText(labels.annexHeading)}`];
  if (annex.items.length === 0) parts.push(escapeText(labels.noViews));
  for (const item of annex.items) {
    parts.push(`### ${escapeText(item.kindLabel)}${item.title ? `: ${escapeText(item.title)}` : ''}`);
    const context = item.contextDetail ? `${escapeText(item.contextLabel)}: “${escapeText(item.contextDetail)}”` : escapeText(item.contextLabel);
    parts.push(`*${context}*`);
    parts.push(paragraphs(item.text));
    const coSigners = item.coSignerNames.length > 0 ? item.coSignerNames.map(escapeText).join(', ') : escapeText(labels.noCoSigners);
    parts.push(
      [
        `- ${escapeText(labels.author)}: ${escapeText(item.authorName)}`,
        `- ${escapeText(labels.coSignedBy)}: ${coSigners}`,
        `- ${escapeText(labels.recordedOn)}: ${escapeText(item.recordedOn)}`,
      ].join('\n'),
    );
  }
  parts.push(`## ${escapeText(labels.endorsementsHeading)}`);
  if (annex.endorsements.length === 0) parts.push(escapeText(labels.noEndorsements));
  else
    parts.push(
      annex.endorsements
        .map((endorsement) => {
          const representative = endorsement.representative ? `, ${escapeText(labels.representedBy)} ${escapeText(endorsement.representative)}` : '';
          const note = endorsement.note ? ` — ${escapeText(endorsement.note)}` : '';
          return `- ${escapeText(endorsement.name)}${representative} (${escapeText(endorsement.endorsedOn)})${note}`;
        })
        .join('\n'),
    );
  return parts.join('\n\n');
}

/** The document as Markdown, always followed by the minority and dissenting views annex and the endorsements. */
export function renderDocumentMarkdown(input: DocumentExport, labels?: Partial<ExportLabels>): string {
  const resolved = withDefaults(labels);
  const body = blocksMarkdown(bodyBlocks(input.body));
  return [`# ${escapeText(input.title)}`, body, annexMarkdown(buildAnnex(input, resolved), resolved)].filter((part) => part !== '').join('\n\n') + '\n';
}
