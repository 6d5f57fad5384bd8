import { Packer, type Document } from 'docx';
import { documentDocx } from '../../shared/dissent/document-docx';
import type { DocumentExportModel } from '../../shared/dissent/export-model';
import { summaryDocx } from '../../shared/meetings/summary-docx';
import type { SummaryReport } from '../../shared/meetings/summary-report';

// Loaded on the first Word export only (import()): the docx library is the largest part of exporting.
export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function packed(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await (await Packer.toBlob(document)).arrayBuffer());
}

export const documentDocxBytes = (model: DocumentExportModel): Promise<Uint8Array> => packed(documentDocx(model));
export const summaryDocxBytes = (report: SummaryReport, language: string): Promise<Uint8Array> => packed(summaryDocx(report, language));
