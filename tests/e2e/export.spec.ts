import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { expect, expectAccessible, test } from './support/desk-fixtures';
import { DeskPage } from './support/desk-page';
import { MeetingsPage } from './support/meetings-page';

const VIEW = 'Observers should keep a voice in every decision on membership.';

async function charterWithAView(desk: DeskPage): Promise<void> {
  await desk.open();
  await desk.completeOnboarding({ name: 'Amara Velde', organisation: 'Open Lines Trust', group: 'Civil society', region: 'Netherlands' });
  await desk.createWorkspace('Coalition on Open Maps');
  await desk.openTab('Documents');
  await desk.createDocument('Charter', 'Charter');
  const { page } = desk;
  // Typed the way a member writes: Markdown shortcuts for a list and a quote, Ctrl+B and Ctrl+I for marks.
  // The caret must be at the end before typing: a Ctrl+End pressed while the new document is still
  // settling was sometimes lost, and the typing then landed in the template's list (integration run).
  await expect(async () => {
    await desk.editorBody().click();
    await page.keyboard.press('Control+End');
    const atEnd = await desk.editorBody().evaluate((body) => {
      const selection = getSelection();
      return !!selection?.anchorNode && !!body.lastElementChild?.contains(selection.anchorNode);
    });
    expect(atEnd).toBe(true);
  }).toPass();
  await page.keyboard.press('Enter');
  await page.keyboard.type('## Founding members');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Harbour Institute');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Open Rivers Network');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('> Nothing about us without us.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Decisions are taken ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('by consensus');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' and recorded ');
  await page.keyboard.press('Control+i');
  await page.keyboard.type('openly');
  await page.keyboard.press('Control+i');
  await page.keyboard.type('.');
  await expect(desk.editorBody().locator('blockquote')).toHaveText('Nothing about us without us.');
  await desk.waitUntilSaved();

  await page.getByRole('button', { name: 'Record a view on this document' }).click();
  await page.getByLabel("The view, in its authors' words").fill(VIEW);
  await page.getByRole('button', { name: 'Record and sign this view' }).click();
  await expect(page.getByRole('region', { name: 'Minority and dissenting views' })).toContainText(VIEW);
}

test('a charter exported as Word opens in an independent reader with its text and its annex of views', async ({ profile }) => {
  const desk = new DeskPage(profile.page);
  await charterWithAView(desk);
  const exports = profile.page.getByRole('group', { name: 'Export this document with its annex' });
  await expectAccessible(profile.page, 'document with its export controls');

  const downloading = profile.page.waitForEvent('download');
  await exports.getByRole('button', { name: 'Export as Word (DOCX, with the annex)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Charter.docx');
  await expect(exports.getByRole('status')).toHaveText('Exported, with the annex of views and the endorsements.');
  const buffer = readFileSync((await download.path()) ?? '');
  expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');

  const { value: html } = await mammoth.convertToHtml({ buffer }, { styleMap: ["p[style-name='Quote'] => blockquote > p:fresh"] });
  const { value: text } = await mammoth.extractRawText({ buffer });
  expect(html.match(/<h1>/g)).toHaveLength(1);
  expect(html).toContain('<h1>Charter</h1>');
  expect(html).toContain('<h2>Mission and goals</h2>');
  expect(html).toContain('<h2>Founding members</h2>');
  expect(html).toContain('<ul><li>Harbour Institute</li><li>Open Rivers Network</li></ul>');
  expect(html).toContain('<blockquote><p>Nothing about us without us.</p></blockquote>');
  expect(html).toContain('Decisions are taken <strong>by consensus</strong> and recorded <em>openly</em>.');
  expect(html).toContain('<h2>Minority and dissenting views</h2>');
  // The charter's own text names the annex too; the annex is the last section of that name.
  const annex = text.slice(text.lastIndexOf('Minority and dissenting views'));
  expect(annex).toMatch(/^Minority and dissenting views\s+Dissenting view\s/);
  expect(annex).toContain(VIEW);
  expect(annex).toContain('Author: Amara Velde');
  expect(annex).toContain('Endorsements');
  expect(text).toContain('Record of this document');
  expect(text).toContain('Status: Draft');
});

test('the PDF button prints a view of the document with its annex, and only that', async ({ profile }) => {
  const desk = new DeskPage(profile.page);
  const { page } = profile;
  await charterWithAView(desk);
  await page.getByRole('button', { name: 'Export as PDF (with the annex)' }).click();
  await expect(page.getByRole('group', { name: 'Export this document with its annex' }).getByRole('status')).toContainText('Save as PDF');

  const printView = page.locator('#print-view');
  // On screen the print view is not there for anyone, sighted or not.
  await expect(printView).toBeHidden();
  await expect(printView.locator('#minority-and-dissenting-views')).toContainText(VIEW);
  await expectAccessible(page, 'document after preparing its PDF');

  await page.emulateMedia({ media: 'print' });
  await expect(printView).toBeVisible();
  await expect(page.locator('#root')).toBeHidden();
  await expect(printView.getByRole('heading', { level: 1 })).toHaveText('Charter');
  await expect(printView.getByRole('heading', { level: 2, name: 'Minority and dissenting views' })).toBeVisible();
  await expect(printView.getByText(VIEW)).toBeVisible();
  await expect(printView.getByText('Author', { exact: true })).toBeVisible();
  // The annex starts on a page of its own.
  await expect(printView.locator('#minority-and-dissenting-views')).toHaveCSS('break-before', 'page');

  const pdf = await page.pdf({ preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // Body and annex on separate pages: at least two pages.
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(2);

  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('#root')).toBeVisible();
  // Leaving the document takes its print view away: printing elsewhere prints that screen.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Back to documents' }).click();
  await expect(printView).toHaveCount(0);
});

test('a meeting summary exports to Word and PDF in the "Key points raised / Next steps" layout', async ({ profile }) => {
  const meetings = new MeetingsPage(profile.page);
  const { page } = profile;
  await meetings.setUpCoalition(
    { name: 'Amara Velde', organisation: 'Open Lines Trust', group: 'Civil society', region: 'Netherlands', timeZone: 'Europe/Amsterdam' },
    'Coalition on Open Maps',
    [{ name: 'Ishaan Verma', group: 'Academia', role: 'Member', timeZone: 'Asia/Kolkata' }],
  );
  await meetings.openTab();
  const form = meetings.planForm();
  await form.getByLabel('Title').fill('Mapping data working call');
  await form.getByLabel('Date and start time').fill('2026-03-10T14:00');
  await form.getByLabel('Duration in minutes').fill('60');
  await form.getByRole('button', { name: 'Create meeting' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Mapping data working call' })).toBeVisible();
  await meetings.addAgendaItem('Open data licence', 30, 'Ishaan Verma');
  await meetings.setAttendance('Amara Velde', 'Present online');
  const item = meetings.itemMinutes(1, 'Open data licence');
  await meetings.addKeyPoint(item, 'The licence must allow reuse by public bodies.');
  await meetings.addNextStep(item, 'Compare three licences', ['Ishaan Verma'], '2026-03-31');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download summary (Word)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('mapping-data-working-call-2026-03-10-summary.docx');
  const { value: html } = await mammoth.convertToHtml({ buffer: readFileSync((await download.path()) ?? '') });
  expect(html).toContain('<h2>1. Open data licence</h2><h3>Key points raised</h3><ul><li>The licence must allow reuse by public bodies.</li></ul>');
  expect(html).toContain('<h3>Next steps</h3><ul><li>Compare three licences (Ishaan Verma, by 31 March 2026)</li></ul>');
  expect(html).toContain('<h3>Participants</h3><ul><li>Amara Velde (Open Lines Trust), online</li></ul>');

  await page.getByRole('button', { name: 'Download summary (PDF)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Save as PDF' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const printView = page.locator('#print-view');
  await expect(page.locator('#root')).toBeHidden();
  await expect(printView.getByRole('heading', { level: 3, name: 'Key points raised' })).toBeVisible();
  await expect(printView.getByRole('heading', { level: 3, name: 'Next steps' })).toBeVisible();
  expect((await page.pdf()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });
  await expectAccessible(page, 'meeting page with its summary exports');
});
