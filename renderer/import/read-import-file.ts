import { checkDocx, MAX_DOCX_BYTES } from '../../shared/import/docx-archive';
import { DOCX_STYLE_MAP } from '../../shared/import/docx-style-map';
import { importHtml } from '../../shared/import/html-import';
import { importMarkdown, MAX_MARKDOWN_BYTES, type ImportOutcome } from '../../shared/import/markdown-import';

export type FileImport = ImportOutcome & { readerNotes?: string[] };

function isDocx(file: File): boolean {
  return /\.docx$/i.test(file.name) || file.type === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
}

function isMarkdown(file: File): boolean {
  return /\.(?:md|markdown|txt)$/i.test(file.name) || file.type === 'text/markdown';
}

async function readDocx(file: File): Promise<FileImport> {
  // The size is known before a byte is read: a huge file is refused without loading it.
  if (file.size > MAX_DOCX_BYTES) return { ok: false, error: 'errors.importTooLarge' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkDocx(bytes);
  if (!check.ok) return check;
  const mammoth = (await import('mammoth')).default;
  let converted: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    converted = await mammoth.convertToHtml(
      { arrayBuffer: bytes.buffer },
      {
        styleMap: DOCX_STYLE_MAP,
        // Pictures are counted, not kept: no image data is read or turned into data: addresses.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        externalFileAccess: false,
      },
    );
  } catch {
    return { ok: false, error: 'errors.importDamaged' };
  }
  // An inert document: DOMParser's output has no browsing context, so nothing in it runs or loads.
  const parsed = new DOMParser().parseFromString(converted.value, 'text/html');
  const readerNotes = [...new Set(converted.messages.map((message) => message.message))];
  return { ...importHtml(parsed.body, file.name, readerNotes.length), readerNotes };
}

async function readMarkdown(file: File): Promise<FileImport> {
  if (file.size > MAX_MARKDOWN_BYTES) return { ok: false, error: 'errors.importTooLarge' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: 'errors.importNotUtf8' };
  }
  return importMarkdown(text, file.name);
}

/** A chosen file → content for the preview, or why it cannot be imported. Nothing is created here. */
export async function readImportFile(file: File): Promise<FileImport> {
  if (file.size === 0) return { ok: false, error: 'errors.importEmpty' };
  if (isDocx(file)) return readDocx(file);
  if (isMarkdown(file)) return readMarkdown(file);
  return { ok: false, error: 'errors.importUnknownType' };
}
