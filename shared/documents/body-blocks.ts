import * as Y from 'yjs';

/** A run of text with the marks exports keep; a hard line break is its own inline. */
export type Inline = { kind: 'text'; text: string; bold: boolean; italic: boolean; strike: boolean; code: boolean; href: string | null } | { kind: 'break' };

export type ExportBlock =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; inlines: Inline[] }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'bulletList' | 'orderedList'; items: ExportBlock[][] }
  | { kind: 'blockquote'; children: ExportBlock[] }
  | { kind: 'codeBlock'; text: string }
  | { kind: 'rule' };

/** y-prosemirror stores an overlapping mark as "name--hash"; the name is what matters here. */
function markNames(attributes: Record<string, unknown> | undefined): Map<string, unknown> {
  const marks = new Map<string, unknown>();
  for (const [key, value] of Object.entries(attributes ?? {})) marks.set(key.split('--')[0] ?? key, value);
  return marks;
}

function hrefOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || !('href' in value)) return null;
  const href = (value as { href: unknown }).href;
  return typeof href === 'string' ? href : null;
}

function textInlines(text: Y.XmlText): Inline[] {
  return (text.toDelta() as { insert?: unknown; attributes?: Record<string, unknown> }[]).flatMap((op): Inline[] => {
    if (typeof op.insert !== 'string' || op.insert === '') return [];
    const marks = markNames(op.attributes);
    return [
      { kind: 'text', text: op.insert, bold: marks.has('bold'), italic: marks.has('italic'), strike: marks.has('strike'), code: marks.has('code'), href: hrefOf(marks.get('link')) },
    ];
  });
}

function inlinesOf(element: Y.XmlElement): Inline[] {
  return element.toArray().flatMap((child): Inline[] => {
    if (child instanceof Y.XmlText) return textInlines(child);
    if (child instanceof Y.XmlElement && child.nodeName === 'hardBreak') return [{ kind: 'break' }];
    if (child instanceof Y.XmlElement) return inlinesOf(child);
    return [];
  });
}

function plain(element: Y.XmlElement): string {
  return inlinesOf(element)
    .map((inline) => (inline.kind === 'text' ? inline.text : '\n'))
    .join('');
}

function headingLevel(value: unknown): 1 | 2 | 3 | 4 | 5 | 6 {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? (level as 1 | 2 | 3 | 4 | 5 | 6) : 1;
}

function blocksOf(children: readonly unknown[]): ExportBlock[] {
  return children.flatMap((child): ExportBlock[] => {
    if (child instanceof Y.XmlText) return [{ kind: 'paragraph', inlines: textInlines(child) }];
    if (!(child instanceof Y.XmlElement)) return [];
    switch (child.nodeName) {
      case 'heading':
        return [{ kind: 'heading', level: headingLevel(child.getAttribute('level')), inlines: inlinesOf(child) }];
      case 'paragraph':
        return [{ kind: 'paragraph', inlines: inlinesOf(child) }];
      case 'bulletList':
      case 'orderedList':
        return [{ kind: child.nodeName, items: child.toArray().map((item) => (item instanceof Y.XmlElement ? blocksOf(item.toArray()) : [])) }];
      case 'blockquote':
        return [{ kind: 'blockquote', children: blocksOf(child.toArray()) }];
      case 'codeBlock':
        return [{ kind: 'codeBlock', text: plain(child) }];
      case 'horizontalRule':
        return [{ kind: 'rule' }];
      default:
        // An element this exporter does not know still has text a reader must see.
        return blocksOf(child.toArray());
    }
  });
}

/** A document body (the editor's Y.XmlFragment) as the block model both exporters render. */
export function bodyBlocks(body: Y.XmlFragment): ExportBlock[] {
  return blocksOf(body.toArray());
}
