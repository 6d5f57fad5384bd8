import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeMarkdownInline } from '../../../shared/markdown-escape';

// The two escapers this one replaced had drifted apart; each case is one of the differences.
describe('escaping user text for Markdown', () => {
  it('escapes a setext underline, which would make the line above a heading (the document export missed it)', () => {
    expect(escapeMarkdown('Budget\n=== agreed')).toBe('Budget\n\\=== agreed');
    expect(escapeMarkdown('Budget\n---')).toBe('Budget\n\\---');
  });

  it('escapes pipes, which could make prose a table (the minutes export missed them)', () => {
    expect(escapeMarkdown('a | b\n|---|---|')).toBe('a \\| b\n\\|---\\|---\\|');
  });

  it('escapes an ampersand only where it would start an entity (the document export escaped every one)', () => {
    expect(escapeMarkdown('R&D and AT&T')).toBe('R&D and AT&T');
    expect(escapeMarkdown('&lt;b&gt; and &#60;')).toBe('\\&lt;b\\&gt; and \\&#60;');
  });

  it('escapes markers at the start of every line, after indentation too (the minutes export checked only the first)', () => {
    expect(escapeMarkdown('intro\n# not a heading\n  - not an item\n12. not a list\n3) nor this\n+ nor this')).toBe(
      'intro\n\\# not a heading\n  \\- not an item\n12\\. not a list\n3\\) nor this\n\\+ nor this',
    );
  });

  it('escapes inline markup and HTML anywhere', () => {
    expect(escapeMarkdown('no *approval* <b>at_all</b> [x](y) `c` ~~s~~ \\')).toBe(
      'no \\*approval\\* \\<b\\>at\\_all\\</b\\> \\[x\\](y) \\`c\\` \\~\\~s\\~\\~ \\\\',
    );
  });

  it('keeps one-line text on one line, markers at its start escaped', () => {
    expect(escapeMarkdownInline('  # Ko\n\nand   Amara ')).toBe('\\# Ko and Amara');
    expect(escapeMarkdownInline('2026. A year')).toBe('2026\\. A year');
  });
});
