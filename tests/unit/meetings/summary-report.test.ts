import { describe, expect, it } from 'vitest';
import { MeetingSchema, type Meeting } from '../../../shared/meetings/meeting';
import { MinutesSchema, type Minutes } from '../../../shared/meetings/minutes';
import { summaryHtml } from '../../../shared/meetings/summary-html';
import { escapeMarkdownInline as escapeMarkdown } from '../../../shared/markdown-escape';
import { summaryMarkdown } from '../../../shared/meetings/summary-markdown';
import { ENGLISH_SUMMARY_LABELS as ENGLISH } from '../../../shared/meetings/summary-report';

const meeting: Meeting = MeetingSchema.parse({
  id: 'm65',
  title: 'Coordination call',
  number: 65,
  // 23:30 UTC on 5 September is already 6 September in Auckland, where the organiser is.
  start: '2026-09-05T23:30:00Z',
  timeZone: 'Pacific/Auckland',
  durationMinutes: 90,
  format: 'online',
  agenda: [
    { id: 'i1', title: 'Main session <planning>', timeBoxMinutes: 40 },
    { id: 'i2', title: 'Follow-up on the open letter', timeBoxMinutes: 30 },
    { id: 'i3', title: 'AOB', timeBoxMinutes: 10 },
  ],
  createdAt: '2026-08-01T00:00:00Z',
  updatedAt: '2026-08-01T00:00:00Z',
});

const minutes: Minutes = MinutesSchema.parse({
  meetingId: 'm65',
  version: 1,
  lifecycle: { state: 'draft' },
  agendaAdoption: { text: 'The agenda was adopted without objection.', recordedAt: '2026-09-05T23:35:00Z' },
  attendance: { m1: 'online', m2: 'in-person', m3: 'apologies', m4: 'online' },
  items: [
    {
      agendaItemId: 'i1',
      summary: 'Broad agreement on the focus.\n\nSecond paragraph.',
      keyPoints: ['The session should show <b>tangible</b> outcomes & results.', '*Not* only process'],
      nextSteps: [{ id: 's1', text: 'Refine the concept note', ownerIds: ['m1', 'm2'], dueDate: '2026-09-30' }],
      decisions: [{ id: 'd1', text: 'Two speakers per group', status: 'provisional' }],
    },
    { agendaItemId: 'i2', nextSteps: [{ id: 's2', text: 'Identify elements of the letter for the session', ownerIds: [] }] },
  ],
  updatedAt: '2026-09-06T02:00:00Z',
});

const members = [
  { id: 'm1', name: 'Anaïs Delacroix-Mbeki', organisation: 'Open Rivers Network' },
  { id: 'm2', name: 'Bruno "Bee" Halvorsen', organisation: '<script>alert(1)</script>' },
  { id: 'm3', name: 'Chiara Valdés', organisation: '' },
  { id: 'm4', name: 'Dev Anand Rao', organisation: 'Harbour Institute' },
];

const input = { eventName: 'Annual forum 2026', groupName: 'Coalition on Open Maps', meeting, minutes, members };

describe('summary report as Markdown', () => {
  const markdown = summaryMarkdown(input);

  it('has the title block with group, meeting number and the date where the organiser is', () => {
    expect(markdown.startsWith('**Annual forum 2026**  \n**Coalition on Open Maps**  \n**Virtual meeting #65 \\| 6 September 2026**  \n\nSummary report\n')).toBe(true);
  });

  it('has one section per agenda item with key points raised and next steps', () => {
    expect(markdown).toContain('## 1. Main session \\<planning\\>\n\nBroad agreement on the focus.\n\nSecond paragraph.\n\n### Key points raised\n\n- The session should show \\<b\\>tangible\\</b\\> outcomes & results.\n- \\*Not\\* only process\n');
    expect(markdown).toContain('### Decisions\n\n- Two speakers per group (provisional)\n');
    expect(markdown).toContain('### Next steps\n\n- Refine the concept note (Anaïs Delacroix-Mbeki, Bruno "Bee" Halvorsen, by 30 September 2026)\n');
    expect(markdown).toContain('## 2. Follow-up on the open letter\n\n### Next steps\n\n- Identify elements of the letter for the session\n');
    expect(markdown).toContain('## 3. AOB\n\n## Annex 1');
    // Item 2 had no key points: no empty heading for them.
    expect(markdown.match(/### Key points raised/g)).toHaveLength(1);
  });

  it('lists participants in the annex, with apologies apart', () => {
    expect(markdown).toContain(
      '## Annex 1\n\n### Participants\n\n- Anaïs Delacroix-Mbeki (Open Rivers Network), online\n- Bruno "Bee" Halvorsen (\\<script\\>alert(1)\\</script\\>), in person\n- Dev Anand Rao (Harbour Institute), online\n\n### Apologies\n\n- Chiara Valdés\n',
    );
  });

  it.each([
    ['# not a heading', '\\# not a heading'],
    ['- not a bullet', '\\- not a bullet'],
    ['2026. A year', '2026\\. A year'],
    ['[link](javascript:x)', '\\[link\\](javascript:x)'],
    ['line one\nline two', 'line one line two'],
    ['&lt;tag&gt; & more', '\\&lt;tag\\&gt; & more'],
  ])('escapes %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });
});

describe('summary report as HTML', () => {
  const html = summaryHtml(input);

  it('escapes every piece of user text', () => {
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>tangible');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<h2>1. Main session &lt;planning&gt;</h2>');
    expect(html).toContain('<li>The session should show &lt;b&gt;tangible&lt;/b&gt; outcomes &amp; results.</li>');
    expect(html).toContain('Bruno &quot;Bee&quot; Halvorsen');
  });

  it('has the same structure: title block, sections, annex', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<p><strong>Virtual meeting #65 | 6 September 2026</strong></p>');
    expect(html.match(/<section>/g)).toHaveLength(4);
    expect(html.match(/<h3>Key points raised<\/h3>/g)).toHaveLength(1);
    expect(html.match(/<h3>Next steps<\/h3>/g)).toHaveLength(2);
    expect(html).toContain('<h2>Annex 1</h2>\n<h3>Participants</h3>');
  });

  it('takes translated labels', () => {
    const french = summaryHtml({ ...input, locale: 'fr', labels: { ...ENGLISH, keyPoints: 'Principaux points soulevés', formats: { ...ENGLISH.formats, online: 'Réunion virtuelle' } } }, 'fr');
    expect(french).toContain('<h3>Principaux points soulevés</h3>');
    expect(french).toContain('Réunion virtuelle #65 | 6 septembre 2026');
  });
});
