import { unzipSync } from 'fflate';

/** A Word file is a zip; 20 MB holds hundreds of pages with pictures. */
export const MAX_DOCX_BYTES = 20 * 1024 * 1024;
/** What the parts mammoth reads may unpack to: beyond it a small file is a zip bomb, not a document. */
export const MAX_DOCX_UNPACKED_BYTES = 200 * 1024 * 1024;

export type DocxCheck = { ok: true } | { ok: false; error: 'errors.importTooLarge' | 'errors.importNotDocx' | 'errors.importDamaged' | 'errors.importEmpty' };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * Checks a file is a readable Word document before mammoth unpacks it: the zip signature, a central
 * directory that parses, the main document part, and the sizes its parts claim once unpacked.
 * Nothing is decompressed here (the filter declines every entry).
 */
export function checkDocx(bytes: Uint8Array): DocxCheck {
  if (bytes.byteLength === 0) return { ok: false, error: 'errors.importEmpty' };
  if (bytes.byteLength > MAX_DOCX_BYTES) return { ok: false, error: 'errors.importTooLarge' };
  if (!ZIP_MAGIC.every((byte, index) => bytes[index] === byte)) return { ok: false, error: 'errors.importNotDocx' };
  let hasDocument = false;
  let unpacked = 0;
  try {
    unzipSync(bytes, {
      filter(file) {
        if (file.name === 'word/document.xml') hasDocument = true;
        unpacked += file.originalSize;
        return false;
      },
    });
  } catch {
    return { ok: false, error: 'errors.importDamaged' };
  }
  if (!hasDocument) return { ok: false, error: 'errors.importNotDocx' };
  if (unpacked > MAX_DOCX_UNPACKED_BYTES) return { ok: false, error: 'errors.importTooLarge' };
  return { ok: true };
}
