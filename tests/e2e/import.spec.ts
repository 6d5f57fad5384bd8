import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, expectAccessible, test } from './support/desk-fixtures';
import { DeskPage } from './support/desk-page';
import { CHARTER_MARKDOWN, charterDocx, HOSTILE_MARKDOWN, hostileDocx, membersCsv } from './support/import-files';

const PERSON = { name: 'Amara Velde', organisation: 'Open Lines Trust', group: 'Civil society', region: 'Netherlands' };
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function backToDocuments(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Back to documents' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Documents', exact: true })).toBeVisible();
}

async function startWorkspace(page: Page): Promise<DeskPage> {
  const desk = new DeskPage(page);
  await desk.open();
  await desk.completeOnboarding(PERSON);
  await desk.createWorkspace('River Data Coalition');
  return desk;
}

function chooseDocument(page: Page, name: string, mimeType: string, buffer: Buffer) {
  return page.getByLabel('Word or Markdown file').setInputFiles({ name, mimeType, buffer });
}

/** Records any dialog, and whether a script from an imported file set its flag. */
function watchForScripts(page: Page): { dialogs: string[]; flagSet: () => Promise<boolean> } {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { dialogs, flagSet: () => page.evaluate(() => (window as unknown as { __imported?: unknown }).__imported !== undefined) };
}

test('a Word file and a Markdown file become documents that keep their headings, lists, emphasis, links and quotes', async ({ profile }) => {
  const page = profile.page;
  const desk = await startWorkspace(page);
  await desk.openTab('Documents');

  await chooseDocument(page, 'river-charter.docx', DOCX, await charterDocx());
  const preview = page.getByRole('form', { name: 'Imported document preview' });
  await expect(preview.getByLabel('Title')).toHaveValue('Charter of the River Data Coalition');
  const dropped = preview.getByRole('list', { name: 'Could not be kept' });
  await expect(dropped).toContainText('1 picture');
  await expect(dropped).toContainText('1 table (its text is kept as paragraphs)');
  const shown = preview.getByRole('region', { name: 'Preview of the imported text' });
  await expect(shown.getByRole('heading', { level: 1, name: 'Charter of the River Data Coalition' })).toBeVisible();
  await expect(shown.getByRole('link', { name: 'our site' })).toHaveAttribute('href', 'https://river-data.example.org/');
  await expectAccessible(page, 'document import preview');
  await preview.getByLabel('Title').fill('River charter (imported)');
  await preview.getByRole('button', { name: 'Create document from this file' }).click();

  await expect(page.getByLabel('Title')).toHaveValue('River charter (imported)');
  const body = desk.editorBody();
  await expect(body.locator('h1')).toHaveText('Charter of the River Data Coalition');
  await expect(body.locator('h2')).toHaveText('Membership');
  await expect(body.locator('ul > li')).toHaveText(['Full members', 'Observers']);
  await expect(body.locator('strong')).toHaveText('consensus');
  await expect(body.locator('em')).toHaveText('record');
  await expect(body.locator('a[href="https://river-data.example.org/"]')).toHaveText('our site');
  await expect(body.locator('blockquote')).toHaveText('Nobody is left out of a decision.');
  await expect(body).toContainText('Region · Seats');
  // It is an ordinary document: typing into it works and is kept.
  await body.locator('h2').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' and observers');
  await expect(body.locator('h2')).toHaveText('Membership and observers');
  await desk.waitUntilSaved();

  await backToDocuments(page);
  await chooseDocument(page, 'terms.md', 'text/markdown', Buffer.from(CHARTER_MARKDOWN));
  await expect(page.getByText('Everything in the file was kept.')).toBeVisible();
  await page.getByRole('button', { name: 'Create document from this file' }).click();
  await expect(page.getByLabel('Title')).toHaveValue('Terms of reference');
  await expect(body.locator('h1')).toHaveText('Terms of reference');
  await expect(body.locator('ol > li')).toHaveText(['Propose', 'Discuss', 'Decide']);
  await expect(body.locator('strong')).toHaveText('consensus');
  await expect(body.locator('em')).toHaveText('every');
  await expect(body.locator('a[href="https://river-data.example.org/report"]')).toHaveText('the report');
  await expect(body.locator('blockquote')).toHaveText('The chair states the sense of the meeting.');

  // Both survive a reload: they are in the workspace's Yjs document, stored on this device.
  await desk.waitUntilSaved();
  await page.reload();
  await expect(desk.editorBody().locator('ol > li')).toHaveText(['Propose', 'Discuss', 'Decide']);
});

test('hostile and broken files run no script, say what was dropped or why they were refused, and create nothing on refusal', async ({ profile }) => {
  const page = profile.page;
  const scripts = watchForScripts(page);
  const desk = await startWorkspace(page);
  await desk.openTab('Documents');
  const documentLinks = page.locator('.document-list a');
  await expect(documentLinks).toHaveCount(0);
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported.' });

  await chooseDocument(page, 'minutes.docx', DOCX, Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n'));
  await expect(alert).toContainText('This is not a Word document (.docx).');
  const docx = await charterDocx();
  await chooseDocument(page, 'cut.docx', DOCX, docx.subarray(0, Math.floor(docx.length / 2)));
  await expect(alert).toContainText('This file is damaged and cannot be read.');
  await chooseDocument(page, 'huge.md', 'text/markdown', Buffer.alloc(5 * 1024 * 1024 + 1, 'a'));
  await expect(alert).toContainText('This file is too large to import');
  await expect(page.getByRole('form', { name: 'Imported document preview' })).toHaveCount(0);
  await expect(documentLinks).toHaveCount(0);
  await expectAccessible(page, 'document import refused');

  await chooseDocument(page, 'hostile.md', 'text/markdown', Buffer.from(HOSTILE_MARKDOWN));
  const dropped = page.getByRole('list', { name: 'Could not be kept' });
  await expect(dropped).toContainText('pieces of raw HTML (never shown or run)');
  await expect(dropped).toContainText('2 links that do not lead to a web or email address');
  await page.getByRole('button', { name: 'Create document from this file' }).click();
  const body = desk.editorBody();
  await expect(body.locator('h1')).toHaveText('Hostile notes');
  await expect(body).toContainText('A trap and data and fine.');
  await expect(body.locator('a')).toHaveCount(1);
  await expect(body.locator('a')).toHaveAttribute('href', 'https://river-data.example.org/');
  await expect(body.locator('img, iframe, script')).toHaveCount(0);

  await backToDocuments(page);
  await chooseDocument(page, 'hostile.docx', DOCX, await hostileDocx());
  await expect(page.getByRole('list', { name: 'Could not be kept' })).toContainText('1 link that does not lead to a web or email address');
  await page.getByRole('button', { name: 'Create document from this file' }).click();
  // The markup arrives as the words it is, never as elements.
  await expect(desk.editorBody()).toContainText('<script>window.__imported = true; alert("docx")</script>');
  await expect(desk.editorBody()).toContainText('<img src=x onerror="window.__imported = true; alert(1)">');
  await expect(desk.editorBody().locator('a, img, script')).toHaveCount(0);

  expect(scripts.dialogs).toEqual([]);
  expect(await scripts.flagSet()).toBe(false);
  await backToDocuments(page);
  await expect(documentLinks).toHaveCount(2);
});

test('a 200-member CSV with three bad rows: the preview names them, the mapping is fixed, 197 members are imported', async ({ profile }) => {
  const page = profile.page;
  const desk = await startWorkspace(page);
  await desk.openTab('Members');
  await page.getByLabel('Member list (.csv) or roster (.txt)').setInputFiles({ name: 'members.csv', mimeType: 'text/csv', buffer: Buffer.from(membersCsv()) });

  const preview = page.getByRole('form', { name: 'Member import preview' });
  await expect(preview.getByRole('status')).toContainText('197 of 200 rows are ready to import.');
  const problems = preview.getByRole('list', { name: '3 rows will not be imported' });
  await expect(problems.getByRole('listitem')).toHaveText([
    'Line 11 (—): Name: This is required.',
    'Line 51 (Jonas Moreau): Email: Enter an email address like name@example.org.',
    'Line 121 (Tomas Haddad): Stakeholder group: Choose one of the stakeholder groups.',
  ]);
  // "Employer" is not a header the guess knows: the organisation column is unmapped until the user says so.
  await expect(preview.getByLabel('Column for Organisation')).toHaveValue('');
  await expect(preview.getByLabel('Column for Name')).toHaveValue('0');
  await expectAccessible(page, 'member import preview');
  await preview.getByLabel('Column for Organisation').selectOption({ label: 'Employer' });
  const sample = preview.getByRole('table');
  await expect(sample.getByRole('row', { name: /^5 / })).toContainText('=HYPERLINK("http://evil.example","x")');
  await expect(sample.getByRole('row', { name: /^3 / })).toContainText('Org 2');

  await preview.getByRole('button', { name: 'Import 197 members' }).click();
  await expect(page.getByRole('status').filter({ hasText: '197 members imported.' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Member import preview' })).toHaveCount(0);
  const members = page.getByRole('table', { name: 'Members of this coalition' });
  // 197 imported and the founder.
  await expect(members.locator('tbody tr')).toHaveCount(198);
  await expect(members.getByRole('row', { name: /Dmitri Okafor/ })).toContainText('=HYPERLINK("http://evil.example","x")');
  await expect(members.getByRole('row', { name: /Bao Okafor/ })).toContainText('Org 2');

  // The registry exported as CSV: the formula is escaped for spreadsheets, and the file reads back as
  // 198 members who are all already here, so nothing can be imported twice.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the member list (.csv)' }).click();
  const download = await downloading;
  const exported = await readFile(await download.path(), 'utf8');
  expect(download.suggestedFilename()).toBe('members.csv');
  expect(exported).toContain(`Dmitri Okafor,dmitri.okafor@example.org,"'=HYPERLINK(""http://evil.example"",""x"")",technical-community,Kenya,`);
  expect(exported.split('\r\n').filter(Boolean)).toHaveLength(199);
  await page.getByLabel('Member list (.csv) or roster (.txt)').setInputFiles({ name: 'members-again.csv', mimeType: 'text/csv', buffer: Buffer.from(exported) });
  const again = page.getByRole('form', { name: 'Member import preview' });
  await expect(again.getByRole('status')).toContainText('0 of 198 rows are ready to import.');
  await expect(again.getByRole('list', { name: '198 rows will not be imported' })).toContainText(/Line \d+ \(Dmitri Okafor\): already a member: Dmitri Okafor/);
  await expect(page.getByRole('button', { name: 'Import 0 members' })).toBeDisabled();

  // A roster pasted from a mailing list uses the same preview.
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByLabel('Or paste a mailing-list roster').fill('Wanjiru Kamau <wanjiru@example.org>\n"Liu, Mei" <mei.liu@example.org>\nno-name@example.org\n');
  await page.getByRole('button', { name: 'Read roster' }).click();
  const rosterPreview = page.getByRole('form', { name: 'Member import preview' });
  await rosterPreview.getByLabel('Stakeholder group for rows without one').selectOption({ label: 'Academia' });
  await expect(rosterPreview.getByRole('status')).toContainText('2 of 3 rows are ready to import.');
  await expectAccessible(page, 'roster import preview');
  await rosterPreview.getByRole('button', { name: 'Import 2 members' }).click();
  await expect(members.locator('tbody tr')).toHaveCount(200);
  await expect(members.getByRole('row', { name: /Liu, Mei/ })).toContainText('Academia');
});
