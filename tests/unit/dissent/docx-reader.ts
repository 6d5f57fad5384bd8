import { Packer, type Document } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';

/** mammoth leaves unknown paragraph styles as plain paragraphs; the Quote style is what Word calls a quotation. */
const STYLE_MAP = ["p[style-name='Quote'] => blockquote > p:fresh"];

/** Packs a built document to bytes as the renderer does, then reads it back with an independent reader. */
export async function readDocx(document: Document): Promise<{ bytes: Uint8Array; text: string; html: string; part: (name: string) => string }> {
  const buffer = await Packer.toBuffer(document);
  const [text, html] = await Promise.all([mammoth.extractRawText({ buffer }), mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP })]);
  const files = unzipSync(new Uint8Array(buffer));
  return {
    bytes: new Uint8Array(buffer),
    text: text.value,
    html: html.value,
    part: (name) => {
      const file = files[name];
      if (!file) throw new Error(`no ${name} in the package`);
      return strFromU8(file);
    },
  };
}
