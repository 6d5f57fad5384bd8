/**
 * XML 1.0 has no place for most control characters, U+FFFE/U+FFFF or lone surrogates, and Word
 * refuses a file that holds one; a peer can type any of them, so they are dropped, here and only here.
 */
export function xmlSafe(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}
