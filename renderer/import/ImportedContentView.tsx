import type { ReactNode } from 'react';
import type { ImportedBlock, ImportedInline, ImportedListItem } from '../../shared/import/imported-content';

/**
 * The converted content as React elements, read-only: text is always text (never HTML), and only
 * links that passed safeLinkHref (http, https, mailto) are links.
 */
function inlineNode(inline: ImportedInline, key: number): ReactNode {
  if (inline.type === 'hardBreak') return <br key={key} />;
  let node: ReactNode = inline.text;
  for (const mark of inline.marks ?? []) {
    if (mark.type === 'bold') node = <strong>{node}</strong>;
    else if (mark.type === 'italic') node = <em>{node}</em>;
    else if (mark.type === 'strike') node = <s>{node}</s>;
    else if (mark.type === 'code') node = <code>{node}</code>;
    else
      node = (
        <a href={mark.attrs.href} target="_blank" rel="noopener noreferrer">
          {node}
        </a>
      );
  }
  return <span key={key}>{node}</span>;
}

const inlines = (content: readonly ImportedInline[]): ReactNode[] => content.map(inlineNode);

function blockNode(block: ImportedBlock | ImportedListItem, key: number): ReactNode {
  switch (block.type) {
    case 'paragraph':
      return <p key={key}>{inlines(block.content)}</p>;
    case 'heading': {
      const Heading = `h${block.attrs.level}` as const;
      return <Heading key={key}>{inlines(block.content)}</Heading>;
    }
    case 'bulletList':
      return <ul key={key}>{block.content.map(blockNode)}</ul>;
    case 'orderedList':
      return (
        <ol key={key} start={block.attrs.start}>
          {block.content.map(blockNode)}
        </ol>
      );
    case 'listItem':
      return <li key={key}>{block.content.map(blockNode)}</li>;
    case 'blockquote':
      return <blockquote key={key}>{block.content.map(blockNode)}</blockquote>;
    case 'codeBlock':
      return (
        <pre key={key}>
          <code>{inlines(block.content)}</code>
        </pre>
      );
    case 'horizontalRule':
      return <hr key={key} />;
  }
}

export function ImportedContentView({ blocks, label }: { blocks: readonly ImportedBlock[]; label: string }) {
  return (
    <section className="import-preview" aria-label={label}>
      {blocks.map(blockNode)}
    </section>
  );
}
