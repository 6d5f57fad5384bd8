import type { PrintToPDFOptions, WebContents } from 'electron';
import type { ExportPdfRequest } from '../../shared/ipc/contract';
import type { FileWriter, SaveDialog } from './ipc-handlers';

/** Prints our window's page to PDF bytes; null while there is no window. */
export interface PdfPrinter {
  printToPdf(): Promise<Uint8Array | null>;
}

/**
 * Print media, so the page shows only its print view (the document with its annex, see
 * renderer/dissent/print-view.ts); the page's own @page rule sets size and margins.
 */
export const PDF_OPTIONS: PrintToPDFOptions = {
  preferCSSPageSize: true,
  printBackground: false,
  generateTaggedPDF: true,
  generateDocumentOutline: true,
};

export function webContentsPdfPrinter(contents: () => Pick<WebContents, 'printToPDF'> | null): PdfPrinter {
  return {
    async printToPdf() {
      const target = contents();
      return target ? new Uint8Array(await target.printToPDF(PDF_OPTIONS)) : null;
    },
  };
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46]; // "%PDF"

/**
 * The user picks the file first, so cancelling prints nothing; only bytes that are a PDF are written.
 * The sender was checked to be our window's main frame, so printing that window prints the sender.
 */
export async function exportPdf(request: ExportPdfRequest, deps: { saveDialog: SaveDialog; fileWriter: FileWriter; printer: PdfPrinter }): Promise<{ saved: boolean }> {
  const filePath = await deps.saveDialog.chooseSavePath(request.suggestedName);
  if (filePath === null) return { saved: false };
  const bytes = await deps.printer.printToPdf();
  if (bytes === null) throw new Error('PDF export failed: the window is gone.');
  if (!PDF_MAGIC.every((byte, index) => bytes[index] === byte)) throw new Error('PDF export failed: the printer did not return a PDF.');
  await deps.fileWriter.writeBinaryFile(filePath, bytes);
  return { saved: true };
}
