/**
 * The one stylesheet a printed document follows: in the standalone HTML file and in the app's
 * print view (browser print to PDF, Electron's printToPDF). Everything sits under @media print so
 * the HTML file still opens on screen in the reader's own browser style.
 */
export const EXPORT_PRINT_CSS = [
  '@page { size: A4; margin: 2cm 2cm 2.2cm; }',
  '@media print {',
  '  html, body { background: #fff; color: #000; }',
  "  body { font: 11pt/1.45 'Noto Serif', Georgia, 'Times New Roman', serif; margin: 0; }",
  '  h1 { font-size: 20pt; margin: 0 0 0.6em; }',
  '  h2 { font-size: 15pt; margin: 1.2em 0 0.4em; }',
  '  h3 { font-size: 12.5pt; margin: 1em 0 0.3em; }',
  '  h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }',
  '  p, li, blockquote { orphans: 3; widows: 3; }',
  '  a { color: inherit; text-decoration: underline; }',
  "  a[href^='http']::after { content: ' (' attr(href) ')'; font-size: 85%; word-break: break-all; }",
  '  blockquote { margin: 0.6em 0; padding-inline-start: 0.9em; border-inline-start: 3px solid #777; font-style: italic; }',
  '  pre, code { font-family: "DejaVu Sans Mono", "Courier New", monospace; font-size: 9.5pt; white-space: pre-wrap; }',
  '  hr { border: 0; border-top: 1px solid #999; }',
  '  #minority-and-dissenting-views { break-before: page; page-break-before: always; }',
  '  article.view, #endorsements li, #document-record li { break-inside: avoid; page-break-inside: avoid; }',
  '  article.view { border-top: 1px solid #bbb; padding-top: 0.4em; }',
  '  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1em 0.8em; margin: 0.4em 0; }',
  '  dt { font-weight: bold; }',
  '  dd { margin: 0; }',
  '}',
].join('\n');
