import { escapeHtml } from '../html-escape';
import type { ExportBlock, Inline } from './body-blocks';

/** Links a reader may follow: a peer could write any scheme into a link mark. */
function safeHref(href: string): string | null {
  return /^(https?:|mailto:)/i.test(href.trim()) ? href.trim() : null;
}

function inlineHtml(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => {
      if (inline.kind === 'break') return '<br>';
      let html = escapeHtml(inline.text);
      if (inline.code) html = `<code>${html}</code>`;
      if (inline.bold) html = `<strong>${html}</strong>`;
      if (inline.italic) html = `<em>${html}</em>`;
      if (inline.strike) html = `<s>${html}</s>`;
      const href = inline.href === null ? null : safeHref(inline.href);
      return href ? `<a href="${escapeHtml(href)}">${html}</a>` : html;
    })
    .join('');
}

/**
 * A body as HTML with the editor's own tags. `headingShift` moves headings down (an export whose
 * title is the only h1 uses 1; the editor's own rendering uses 0), capped at h6.
 */
export function bodyHtml(blocks: readonly ExportBlock[], headingShift = 0): string {
  const block = (item: ExportBlock): string => {
    switch (item.kind) {
      case 'heading': {
        const level = Math.min(item.level + headingShift, 6);
        return `<h${level}>${inlineHtml(item.inlines)}</h${level}>`;
      }
      case 'paragraph':
        return `<p>${inlineHtml(item.inlines)}</p>`;
      case 'bulletList':
      case 'orderedList': {
        const tag = item.kind === 'bulletList' ? 'ul' : 'ol';
        return `<${tag}>${item.items.map((entry) => `<li>${bodyHtml(entry, headingShift)}</li>`).join('')}</${tag}>`;
      }
      case 'blockquote':
        return `<blockquote>${bodyHtml(item.children, headingShift)}</blockquote>`;
      case 'codeBlock':
        return `<pre><code>${escapeHtml(item.text)}</code></pre>`;
      case 'rule':
        return '<hr>';
    }
  };
  return blocks.map(block).join('\n');
}
