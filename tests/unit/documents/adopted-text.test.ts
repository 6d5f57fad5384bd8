import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { adoptedTextDigest, decodeAdoptedText, encodeAdoptedText } from '../../../shared/documents/adopted-text';
import { writeBlocks } from '../../../shared/documents/document-blocks';
import { templateBlocks } from '../../../shared/documents/templates';
import { bodyBlocks } from '../../../shared/documents/body-blocks';

describe('adopted text', () => {
  it('keeps the text as adopted while the body is rewritten and garbage-collected', async () => {
    const doc = new Y.Doc();
    const body = doc.getXmlFragment('body:charter');
    writeBlocks(body, templateBlocks('charter'));
    const adopted = bodyBlocks(body);
    const encoded = encodeAdoptedText(body);
    const digest = await adoptedTextDigest(encoded);
    body.delete(0, body.length);
    expect(bodyBlocks(body)).toEqual([]);
    expect(await decodeAdoptedText(encoded, digest)).toEqual({ ok: true, blocks: adopted });
  });

  it('refuses a stored text that is not the one the adoption signed, or not a Yjs update', async () => {
    const doc = new Y.Doc();
    writeBlocks(doc.getXmlFragment('body:x'), templateBlocks('statement'));
    const encoded = encodeAdoptedText(doc.getXmlFragment('body:x'));
    expect(await decodeAdoptedText(encoded, 'b'.repeat(64))).toEqual({ ok: false, reason: 'altered' });
    expect(await decodeAdoptedText(undefined, 'b'.repeat(64))).toEqual({ ok: false, reason: 'missing' });
    const garbage = 'AAAA////';
    expect(await decodeAdoptedText(garbage, await adoptedTextDigest(garbage))).toEqual({ ok: false, reason: 'unreadable' });
  });
});
