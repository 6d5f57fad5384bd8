import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createAnchor, createTextAnchor, resolveAnchor, type PassageAnchor } from '../../../shared/proposals/passage-anchor';

function docWith(text: string): { doc: Y.Doc; paragraph: Y.XmlText } {
  const doc = new Y.Doc();
  const body = doc.getXmlFragment('body:doc-1');
  const element = new Y.XmlElement('paragraph');
  const paragraph = new Y.XmlText(text);
  element.insert(0, [paragraph]);
  body.insert(0, [element]);
  return { doc, paragraph };
}

describe('passage anchors', () => {
  it('resolve to the same passage after edits before, inside-adjacent and after it', () => {
    const { doc, paragraph } = docWith('Members meet every month online.');
    const anchor = createTextAnchor(paragraph, 13, 24); // "every month"
    expect(anchor.quote).toBe('every month');
    paragraph.insert(0, 'All ');
    paragraph.insert(paragraph.length, ' Minutes follow.');
    expect(resolveAnchor(doc, anchor)?.text).toBe('every month');
    // Typing right at either edge stays outside the passage.
    const start = resolveAnchor(doc, anchor)?.start.index ?? 0;
    paragraph.insert(start, 'X');
    expect(resolveAnchor(doc, anchor)?.text).toBe('every month');
  });

  it('survive the round trip through base64 JSON and follow a concurrent edit from another peer', () => {
    const { doc, paragraph } = docWith('Observers may speak but not vote.');
    const anchor: PassageAnchor = JSON.parse(JSON.stringify(createTextAnchor(paragraph, 0, 9)));
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const peerText = (peer.getXmlFragment('body:doc-1').get(0) as Y.XmlElement).get(0) as Y.XmlText;
    peerText.insert(0, 'Registered ');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    const resolved = resolveAnchor(doc, anchor);
    expect(resolved?.text).toBe('Observers');
    expect(resolved?.start.index).toBe('Registered '.length);
  });

  it('resolve to nothing when the passage is deleted, or the anchor is garbage', () => {
    const { doc, paragraph } = docWith('Delete me please.');
    const anchor = createTextAnchor(paragraph, 0, 9);
    paragraph.delete(0, 10);
    expect(resolveAnchor(doc, anchor)).toBeUndefined();
    expect(resolveAnchor(doc, { start: '@@@', end: 'AAAA', quote: '' })).toBeUndefined();
  });

  it('anchor a range of blocks by child index in the fragment', () => {
    const { doc } = docWith('First.');
    const body = doc.getXmlFragment('body:doc-1');
    body.insert(1, [new Y.XmlElement('paragraph'), new Y.XmlElement('paragraph')]);
    const anchor = createAnchor({ type: body, index: 1 }, { type: body, index: 3 }, 'two paragraphs');
    body.insert(0, [new Y.XmlElement('heading')]);
    const resolved = resolveAnchor(doc, anchor);
    expect([resolved?.start.index, resolved?.end.index]).toEqual([2, 4]);
    expect(resolved?.text).toBeUndefined();
  });
});
