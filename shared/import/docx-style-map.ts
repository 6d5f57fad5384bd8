/**
 * mammoth's style map for imports: Word's quote styles become block quotes, Title and Subtitle
 * become headings, and comment references are written out so they can be counted as dropped
 * (by default mammoth leaves them out without a word). Matched by name and by style id, since
 * writers differ in which they set.
 */
export const DOCX_STYLE_MAP = [
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  'p.Quote => blockquote > p:fresh',
  'p.IntenseQuote => blockquote > p:fresh',
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  'comment-reference => sup',
];
