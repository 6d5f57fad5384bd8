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
  /**
   * 1 when the body still has level-1 headings of its own: HTML, Word and the print view move every
   * body heading down one so the title stays the only h1 (one h1 per page for screen readers, one
   * top entry in Word's navigation pane). Markdown keeps the authors' levels (issue 12's fix).
   */
  headingShift: 0 | 1;
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

function hasTopLevelHeading(blocks: readonly ExportBlock[]): boolean {
  return blocks.some((block) => {
    if (block.kind === 'heading') return block.level === 1;
    if (block.kind === 'blockquote') return hasTopLevelHeading(block.children);
    if (block.kind === 'bulletList' || block.kind === 'orderedList') return block.items.some(hasTopLevelHeading);
    return false;
  });
}

export function documentExportModel(input: DocumentExport, labels?: Partial<ExportLabels>): DocumentExportModel {
  const resolved = withDefaults(labels);
  const language = input.language === undefined ? undefined : canonicalLanguage(input.language);
  const blocks = withoutTitleHeading(bodyBlocks(input.body), input.title);
  return {
    title: input.title,
    language,
    direction: language === undefined ? 'ltr' : languageDirection(language),
    blocks,
    headingShift: hasTopLevelHeading(blocks) ? 1 : 0,
    annex: buildAnnex(input, resolved),
    record: input.record,
    labels: resolved,
  };
}
