import { bodyBlocks, type ExportBlock, type Inline } from '../documents/body-blocks';
import { canonicalLanguage, languageDirection } from '../translations/content-language';
import { buildAnnex, withDefaults, type Annex, type DocumentExport, type ExportLabels, type ExportRecord } from './export-annex';

/**
 * What a document export contains, whatever the format: Markdown, HTML, DOCX and the print view
 * all render this one value, and `annex` is not optional, so no format can leave it out.
 */
export interface DocumentExportModel {
  title: string;
  /** Canonical BCP 47 tag, when the document declares its language. */
  language: string | undefined;
  direction: 'ltr' | 'rtl';
  /** The body without its opening title heading, headings at the level their authors gave them. */
  blocks: readonly ExportBlock[];
  annex: Annex;
  record: ExportRecord | undefined;
  labels: ExportLabels;
}

export function plainInlines(inlines: readonly Inline[]): string {
  return inlines.map((inline) => (inline.kind === 'break' ? ' ' : inline.text)).join('');
}

/** Every template opens with the title as a level-1 heading: printed once, not again under it. */
function withoutTitleHeading(blocks: readonly ExportBlock[], title: string): readonly ExportBlock[] {
  const [first, ...rest] = blocks;
  const repeatsTitle = first?.kind === 'heading' && first.level === 1 && plainInlines(first.inlines).trim() === title.trim();
  return repeatsTitle ? rest : blocks;
}

export function documentExportModel(input: DocumentExport, labels?: Partial<ExportLabels>): DocumentExportModel {
  const resolved = withDefaults(labels);
  const language = input.language === undefined ? undefined : canonicalLanguage(input.language);
  return {
    title: input.title,
    language,
    direction: language === undefined ? 'ltr' : languageDirection(language),
    blocks: withoutTitleHeading(bodyBlocks(input.body), input.title),
    annex: buildAnnex(input, resolved),
    record: input.record,
    labels: resolved,
  };
}
