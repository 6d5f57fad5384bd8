import { Document, ExternalHyperlink, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

/** Files a member might bring, built in the test by an independent writer (the docx library). */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

export async function charterDocx(): Promise<Buffer> {
  const doc = new Document({
    styles: { paragraphStyles: [{ id: 'Quote', name: 'Quote', basedOn: 'Normal', run: { italics: true } }] },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Charter of the River Data Coalition' }),
          new Paragraph({
            children: [
              new TextRun('Members decide by '),
              new TextRun({ text: 'consensus', bold: true }),
              new TextRun(' and '),
              new TextRun({ text: 'record', italics: true }),
              new TextRun(' every view. See '),
              new ExternalHyperlink({ link: 'https://river-data.example.org/', children: [new TextRun({ text: 'our site', style: 'Hyperlink' })] }),
              new TextRun('.'),
            ],
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Membership' }),
          new Paragraph({ text: 'Full members', bullet: { level: 0 } }),
          new Paragraph({ text: 'Observers', bullet: { level: 0 } }),
          new Paragraph({ style: 'Quote', text: 'Nobody is left out of a decision.' }),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: PIXEL, transformation: { width: 10, height: 10 } })] }),
          new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('Region')] }), new TableCell({ children: [new Paragraph('Seats')] })] })] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A Word file whose text is markup and whose link runs script: all of it must arrive as plain text. */
export async function hostileDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Hostile minutes' }),
          new Paragraph('<script>window.__imported = true; alert("docx")</script>'),
          new Paragraph('<img src=x onerror="window.__imported = true; alert(1)">'),
          new Paragraph({ children: [new ExternalHyperlink({ link: 'javascript:window.__imported=true;alert(2)', children: [new TextRun('press here')] })] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

export const CHARTER_MARKDOWN = `# Terms of reference

Members work by **consensus** and keep *every* minority view. Read [the report](https://river-data.example.org/report).

1. Propose
2. Discuss
3. Decide

> The chair states the sense of the meeting.
`;

export const HOSTILE_MARKDOWN = `# Hostile notes

<script>window.__imported = true; alert("md")</script>

An image <img src="x" onerror="window.__imported = true; alert(3)"> and a frame <iframe srcdoc="<script>parent.__imported = true</script>"></iframe> inline.

A [trap](javascript:window.__imported=true) and [data](data:text/html,<script>alert(4)</script>) and [fine](https://river-data.example.org/).
`;

const FIRST = ['Amina', 'Bao', 'Carmen', 'Dmitri', 'Esi', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kavya', 'Lars', 'Mele', 'Nuno', 'Oona', 'Pita', 'Quynh', 'Rafael', 'Saoirse', 'Tomas'];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Takeda', 'Ndlovu', 'Haddad', 'Silva', 'Novak', 'Kowalczyk', 'Achebe'];
const GROUPS = ['Civil society', 'Government', 'Academia', 'technical-community', 'Private sector'];

/**
 * 200 invented members: line 11 has no name, line 51 a broken email, line 121 an unknown group.
 * One organisation is a spreadsheet formula, which must stay text.
 */
export function membersCsv(): string {
  const lines = ['Full name,E-mail,Employer,Stakeholder group,Country'];
  for (let index = 0; index < 200; index += 1) {
    const first = FIRST[index % FIRST.length] ?? 'Amina';
    const last = LAST[Math.floor(index / FIRST.length)] ?? 'Okafor';
    const line = index + 2;
    const name = line === 11 ? '' : `${first} ${last}`;
    const email = line === 51 ? 'not-an-address' : `${first}.${last}@example.org`.toLowerCase();
    const employer = line === 5 ? `"=HYPERLINK(""http://evil.example"",""x"")"` : `Org ${index + 1}`;
    const group = line === 121 ? 'Media' : (GROUPS[index % GROUPS.length] ?? 'Academia');
    lines.push([name, email, employer, group, 'Kenya'].join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
