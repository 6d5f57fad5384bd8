/**
 * Every piece of user text in generated Markdown goes through here: backslash-escapes what Markdown
 * (and the HTML it may contain) would otherwise read as markup. Line by line, since the markers of
 * headings, lists, quotes and setext underlines only mean something at the start of a line.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      // `|` too: a line of pipes under another line would turn prose into a GFM table.
      .replace(/[\\`*_[\]<>|~]/g, (character) => `\\${character}`)
      // Only an ampersand that would start an entity ("&lt;") needs escaping; a plain "&" prints as is.
      .replace(/&(?=#?\w+;)/g, '\\&')
      .replace(/^([ \t]*)([-+=#])/gm, '$1\\$2')
      .replace(/^([ \t]*\d+)([.)])/gm, '$1\\$2')
  );
}

/** For text that must stay on one line (a list item, a heading): a newline would end it. */
export function escapeMarkdownInline(text: string): string {
  return escapeMarkdown(text.replace(/\s+/g, ' ').trim());
}
