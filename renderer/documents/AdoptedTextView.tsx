import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { decodeAdoptedText, type AdoptedText } from '../../shared/documents/adopted-text';
import type { ExportBlock, Inline } from '../../shared/documents/body-blocks';
import { LifecycleDoc } from '../../shared/documents/lifecycle-doc';
import type { AppliedTransition } from '../../shared/documents/lifecycle-log';
import type * as Y from 'yjs';
import { contentLanguageAttributes } from '../translations/content-language-attributes';

/** The text as adopted, read-only, from the copy stored at adoption and checked against the signed digest. */
export function AdoptedTextView({ ydoc, adoption, language }: { ydoc: Y.Doc; adoption: AppliedTransition; language: string | undefined }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState<AdoptedText>();
  useEffect(() => {
    if (!open) return;
    let current = true;
    void decodeAdoptedText(new LifecycleDoc(ydoc).adoptedText(adoption.id), adoption.adoptedTextDigest).then((result) => current && setText(result));
    return () => {
      current = false;
    };
  }, [open, ydoc, adoption]);
  return (
    <div className="adopted-text-toggle">
      <button type="button" aria-expanded={open} aria-controls="adopted-text" onClick={() => setOpen(!open)}>
        {t(open ? 'lifecycle.hideAdoptedText' : 'lifecycle.viewAdoptedText')}
      </button>
      {open ? (
        <section id="adopted-text" className="adopted-text" aria-label={t('lifecycle.adoptedTextLabel')}>
          {text === undefined ? <p>{t('common.loading')}</p> : text.ok ? <div {...contentLanguageAttributes(language)}>{text.blocks.map(block)}</div> : <p role="alert">{t(`lifecycle.adoptedTextProblems.${text.reason}`)}</p>}
        </section>
      ) : null}
    </div>
  );
}

function inline(item: Inline, index: number) {
  if (item.kind === 'break') return <br key={index} />;
  let node: ReactNode = item.text;
  if (item.code) node = <code>{node}</code>;
  if (item.bold) node = <strong>{node}</strong>;
  if (item.italic) node = <em>{node}</em>;
  if (item.strike) node = <s>{node}</s>;
  // Links are shown as text: the adopted text is a record to read, not a page to navigate from.
  return <span key={index}>{node}</span>;
}

function block(item: ExportBlock, index: number): ReactNode {
  switch (item.kind) {
    case 'heading': {
      // Under the screen's h2/h3, so the adopted text's own headings start at h4.
      const Tag = `h${Math.min(item.level + 3, 6)}` as 'h4' | 'h5' | 'h6';
      return <Tag key={index}>{item.inlines.map(inline)}</Tag>;
    }
    case 'paragraph':
      return <p key={index}>{item.inlines.map(inline)}</p>;
    case 'bulletList':
    case 'orderedList': {
      const List = item.kind === 'bulletList' ? 'ul' : 'ol';
      return <List key={index}>{item.items.map((entry, i) => <li key={i}>{entry.map(block)}</li>)}</List>;
    }
    case 'blockquote':
      return <blockquote key={index}>{item.children.map(block)}</blockquote>;
    case 'codeBlock':
      return (
        <pre key={index}>
          <code>{item.text}</code>
        </pre>
      );
    case 'rule':
      return <hr key={index} />;
  }
}
