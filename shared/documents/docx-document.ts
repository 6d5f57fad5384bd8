import { xmlSafe } from './xml-safe';
import { AlignmentType, Document, LevelFormat, type ILevelsOptions, type ISectionOptions } from 'docx';

export const BULLET_LIST = 'bullet-list';
export const ORDERED_LIST = 'ordered-list';
/** Word and LibreOffice show this style as "Quote"; independent readers map it to a block quote. */
export const QUOTE_STYLE = 'Quote';
export const CODE_STYLE = 'Code';

/** How text runs in this document: its direction, and a counter so every list restarts its numbering. */
export class DocxContext {
  private instances = 0;
  /** How many levels body headings move down (see DocumentExportModel.headingShift). */
  constructor(
    readonly rtl: boolean,
    readonly headingShift = 0,
  ) {}

  nextListInstance(): number {
    this.instances += 1;
    return this.instances;
  }
}

const INDENT_TWIPS = 360;
const BULLETS = ['•', '◦', '▪'];

function levels(format: 'bullet' | 'decimal'): ILevelsOptions[] {
  return Array.from({ length: 6 }, (_, level) => ({
    level,
    format: format === 'bullet' ? LevelFormat.BULLET : LevelFormat.DECIMAL,
    text: format === 'bullet' ? (BULLETS[level % BULLETS.length] ?? '•') : `%${level + 1}.`,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: INDENT_TWIPS * 2 * (level + 1), hanging: INDENT_TWIPS } } },
  }));
}

/** Word names East Asian and right-to-left text's language separately; a reader's spell checker and voice follow it. */
function runLanguage(language: string | undefined, rtl: boolean): { value?: string; eastAsia?: string; bidirectional?: string } | undefined {
  if (language === undefined) return undefined;
  const primary = language.split('-')[0]?.toLowerCase() ?? '';
  return {
    value: language,
    ...(['zh', 'ja', 'ko'].includes(primary) ? { eastAsia: language } : {}),
    ...(rtl ? { bidirectional: language } : {}),
  };
}

/** The one docx shell every export uses: styles the readers know, list numbering, and the text's declared language. */
export function docxDocument(options: { title: string; language: string | undefined; rtl: boolean; sections: ISectionOptions[] }): Document {
  const language = runLanguage(options.language, options.rtl);
  return new Document({
    title: xmlSafe(options.title),
    creator: 'Coalition desk',
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22, ...(language ? { language } : {}), ...(options.rtl ? { rightToLeft: true } : {}) } } },
      paragraphStyles: [
        {
          id: QUOTE_STYLE,
          name: QUOTE_STYLE,
          basedOn: 'Normal',
          next: 'Normal',
          run: { italics: true, color: '404040' },
          paragraph: { indent: { left: INDENT_TWIPS * 2, right: INDENT_TWIPS * 2 }, spacing: { before: 120, after: 120 } },
        },
        { id: CODE_STYLE, name: CODE_STYLE, basedOn: 'Normal', next: 'Normal', run: { font: 'Courier New', size: 20 } },
      ],
    },
    numbering: {
      config: [
        { reference: BULLET_LIST, levels: levels('bullet') },
        { reference: ORDERED_LIST, levels: levels('decimal') },
      ],
    },
    sections: options.sections,
  });
}
