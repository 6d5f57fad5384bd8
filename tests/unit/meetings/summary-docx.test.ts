import { describe, expect, it } from 'vitest';
import { MeetingSchema } from '../../../shared/meetings/meeting';
import { MinutesSchema } from '../../../shared/meetings/minutes';
import { summaryDocx } from '../../../shared/meetings/summary-docx';
import { summaryReport } from '../../../shared/meetings/summary-report';
import { readDocx } from '../dissent/docx-reader';

const meeting = MeetingSchema.parse({
  id: 'm12',
  title: 'Coordination call',
  number: 12,
  start: '2026-09-05T13:00:00Z',
  timeZone: 'Europe/Paris',
  durationMinutes: 60,
  format: 'online',
  agenda: [
    { id: 'i1', title: 'Main session planning', timeBoxMinutes: 40 },
    { id: 'i2', title: 'AOB', timeBoxMinutes: 10 },
  ],
  createdAt: '2026-08-01T00:00:00Z',
  updatedAt: '2026-08-01T00:00:00Z',
});

const minutes = MinutesSchema.parse({
  meetingId: 'm12',
  version: 1,
  lifecycle: { state: 'draft' },
  attendance: { m1: 'online', m2: 'apologies' },
  items: [
    {
      agendaItemId: 'i1',
      summary: 'Broad agreement on the focus.',
      keyPoints: ['The session should show <b>tangible</b> outcomes.', 'Speakers from three regions'],
      nextSteps: [{ id: 's1', text: 'Refine the concept note', ownerIds: ['m1'], dueDate: '2026-09-30' }],
      decisions: [{ id: 'd1', text: 'Two speakers per group', status: 'provisional' }],
    },
  ],
  updatedAt: '2026-09-05T15:00:00Z',
});

const members = [
  { id: 'm1', name: 'Anaïs Delacroix-Mbeki', organisation: 'Open Rivers Network' },
  { id: 'm2', name: 'Chiara Valdés', organisation: '' },
];

describe('meeting summary as DOCX, read back with mammoth', () => {
  it('has the title block, then per item "Key points raised" and "Next steps", and the participants annex', async () => {
    const report = summaryReport({ groupName: 'Coalition on Open Maps', meeting, minutes, members });
    const { html, text } = await readDocx(summaryDocx(report));
    expect(text).toContain('Coalition on Open Maps');
    expect(text).toContain('Virtual meeting #12 | 5 September 2026');
    expect(html).toContain('<h2>1. Main session planning</h2><p>Broad agreement on the focus.</p><h3>Key points raised</h3><ul><li>The session should show &lt;b&gt;tangible&lt;/b&gt; outcomes.</li><li>Speakers from three regions</li></ul>');
    expect(html).toContain('<h3>Decisions</h3><ul><li>Two speakers per group (provisional)</li></ul>');
    expect(html).toContain('<h3>Next steps</h3><ul><li>Refine the concept note (Anaïs Delacroix-Mbeki, by 30 September 2026)</li></ul>');
    expect(html).toContain('<h2>2. AOB</h2><h2>Annex 1</h2><h3>Participants</h3><ul><li>Anaïs Delacroix-Mbeki (Open Rivers Network), online</li></ul><h3>Apologies</h3><ul><li>Chiara Valdés</li></ul>');
  });

  it('uses the labels and language it is given', async () => {
    const report = summaryReport({
      groupName: 'Coalition on Open Maps',
      meeting,
      minutes,
      members,
      labels: { ...summaryReport({ groupName: '', meeting, minutes, members }).labels, keyPoints: 'Principaux points soulevés', nextSteps: 'Prochaines étapes' },
    });
    const docx = await readDocx(summaryDocx(report, 'fr'));
    expect(docx.html).toContain('<h3>Principaux points soulevés</h3>');
    expect(docx.html).toContain('<h3>Prochaines étapes</h3>');
    expect(docx.part('word/styles.xml')).toMatch(/<w:lang w:val="fr"\/>/);
  });
});
