import { readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { expect, expectAccessible, test } from './support/desk-fixtures';
import { DeskPage } from './support/desk-page';
import { ProposalsPage } from './support/proposals-page';
import type { Download, Page } from '@playwright/test';

const WORKSPACE = 'Coalition on Open Maps';
const CHARTER = 'Charter of open maps';
const CLAUSE = 'Members keep the estuary archive open to everyone.';
const VIEW = 'Observers should keep a voice in every decision on membership.';
const DECISION = 'The lighthouse maps are published under an open licence.';

/** The zip as any reader sees it: fflate, JSON.parse, no app code. */
interface Opened {
  entries: Record<string, Uint8Array>;
  json: {
    workspace: { id: string; name: string };
    members: { id: string; name: string; role: string; stakeholderGroup?: string }[];
    documents: { id: string; title: string; markdown: string; files: { markdown: string; docx: string } }[];
    decisions: { id: string; proposalId: string; outcome: string; summary: string }[];
    views: { id: string; kind: string; text: string; authorId: string }[];
    proposals: { id: string; title: string; positions: { memberId: string; stance: string }[] }[];
  };
}

function openZip(path: string): Opened {
  const entries = unzipSync(new Uint8Array(readFileSync(path)));
  return { entries, json: JSON.parse(strFromU8(entries['workspace.json'] ?? new Uint8Array())) as Opened['json'] };
}

async function exportWorkspace(page: Page): Promise<Download> {
  const desk = new DeskPage(page);
  await desk.openTab('Overview');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export this workspace' }).click();
  const download = await downloading;
  await expect(page.getByRole('region', { name: 'Export this workspace' }).getByRole('status')).toHaveText(`Saved ${download.suggestedFilename()}.`);
  return download;
}

test('a workspace exported whole opens in independent readers and restores identically into a fresh profile', async ({ openPeer }, testInfo) => {
  test.setTimeout(180_000);
  const amara = await openPeer();
  const page = amara.page;
  const desk = new DeskPage(page);
  await desk.startBlankDocument({ name: 'Amara Velde', organisation: 'Open Lines Trust', group: 'Civil society', region: 'Netherlands' }, WORKSPACE, CHARTER);
  await page.keyboard.type(CLAUSE);
  await desk.waitUntilSaved();
  await page.getByRole('button', { name: 'Record a view on this document' }).click();
  await page.getByLabel("The view, in its authors' words").fill(VIEW);
  await page.getByRole('button', { name: 'Record and sign this view' }).click();
  await expect(page.getByRole('region', { name: 'Minority and dissenting views' })).toContainText(VIEW);
  await page.getByRole('link', { name: 'Back to documents' }).click();

  const proposals = new ProposalsPage(page);
  await proposals.openTab();
  await proposals.createProposal({ title: 'Public map archive', text: 'The archive of maps stays public.' });
  await proposals.takePosition('Support');
  await proposals.recordDecision({ outcome: 'Adopted', level: 'Full consensus', summary: DECISION });

  await desk.openTab('Members');
  await desk.addMember({ name: 'Ko Imani', email: 'ko.imani@example.org', group: 'Government', role: 'Member' });
  await desk.addMember({ name: 'Lin Okafor', group: 'Academia', role: 'Observer' });
  await expect(page.getByRole('row').filter({ hasText: 'Lin Okafor' })).toBeVisible();
  await desk.waitUntilSaved();
  const code = await desk.newInviteCode();

  await desk.openTab('Overview');
  await expectAccessible(page, 'overview with the workspace export');
  const download = await exportWorkspace(page);
  expect(download.suggestedFilename()).toMatch(/^Coalition-on-Open-Maps-backup-\d{4}-\d{2}-\d{2}\.zip$/);
  const zipPath = testInfo.outputPath('backup.zip');
  await download.saveAs(zipPath);
  await amara.context.close();

  // Read with fflate and JSON.parse alone: what another tool would see.
  const before = openZip(zipPath);
  expect(Object.keys(before.entries)).toEqual(
    expect.arrayContaining(['workspace.json', 'workspace.coalition', 'members.csv', 'decisions.md', 'proposals.md', 'minority-views.md', 'meetings.md', `documents/${CHARTER.replace(/ /g, '-')}.md`, `documents/${CHARTER.replace(/ /g, '-')}.docx`]),
  );
  expect(before.json.workspace.name).toBe(WORKSPACE);
  expect(before.json.members.map((member) => member.name).sort()).toEqual(['Amara Velde', 'Ko Imani', 'Lin Okafor']);
  expect(before.json.decisions.map((decision) => decision.summary)).toEqual([DECISION]);
  expect(before.json.views.map((view) => view.text)).toEqual([VIEW]);
  expect(before.json.proposals[0]?.positions.map((position) => position.stance)).toEqual(['support']);
  const charter = before.json.documents.find((document) => document.title === CHARTER);
  expect(charter?.markdown).toContain(CLAUSE);
  const word = await mammoth.extractRawText({ buffer: Buffer.from(before.entries[charter?.files.docx ?? ''] ?? []) });
  expect(word.value).toContain(CLAUSE);
  expect(word.value).toContain(VIEW);
  expect(strFromU8(before.entries['decisions.md'] ?? new Uint8Array())).toContain(DECISION);
  expect(strFromU8(before.entries['minority-views.md'] ?? new Uint8Array())).toContain(VIEW);
  expect(strFromU8(before.entries['members.csv'] ?? new Uint8Array())).toContain('Lin Okafor');

  // A fresh profile: its own user-data dir, nothing of Amara's.
  const fresh = await openPeer();
  const other = new DeskPage(fresh.page);
  await other.open();
  await other.completeOnboarding({ name: 'Rosa Quillen', organisation: 'Fieldnote Collective', group: 'Technical community', region: 'Colombia' });
  const restore = fresh.page.getByRole('form', { name: 'Restore from a backup' });
  await expectAccessible(fresh.page, 'workspace list with the restore form');

  // Bad input first: a file that is not a backup, and the backup without an invite. Nothing is created.
  const notAZip = testInfo.outputPath('notes.zip');
  writeFileSync(notAZip, 'These are meeting notes, not a zip file.');
  await restore.getByLabel('Backup file').setInputFiles(notAZip);
  await restore.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(restore.getByRole('alert')).toHaveText('notes.zip is neither a workspace backup nor a sync file. Nothing was created or changed.');
  await restore.getByLabel('Backup file').setInputFiles(zipPath);
  await restore.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(restore.getByRole('alert')).toContainText('This device does not have the workspace in backup.zip');
  await expect(fresh.page.getByText('No workspaces yet', { exact: false })).toBeVisible();

  await restore.getByLabel('Invite code to the backed-up workspace').fill(code);
  await restore.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(restore.getByRole('status')).toHaveText(`“${WORKSPACE}” was created on this device from backup.zip.`);
  await fresh.page.getByRole('link', { name: WORKSPACE }).click();
  await expect(fresh.page.getByRole('heading', { level: 1, name: WORKSPACE })).toBeVisible();

  // What the restored workspace shows.
  await other.openTab('Documents');
  await fresh.page.getByRole('link', { name: CHARTER }).click();
  await expect(other.editorBody()).toContainText(CLAUSE);
  await expect(fresh.page.getByRole('region', { name: 'Minority and dissenting views' })).toContainText(VIEW);
  await fresh.page.getByRole('link', { name: 'Back to documents' }).click();
  const restoredProposals = new ProposalsPage(fresh.page);
  await restoredProposals.openTab();
  await expect(restoredProposals.decisionsLogRows()).toHaveCount(1);
  await other.openTab('Members');
  await expect(fresh.page.getByRole('row').filter({ hasText: 'Lin Okafor' })).toBeVisible();

  // And exported again from there: the same documents, decisions, views and members (the restorer joins as herself).
  const again = openZip(await (await exportWorkspace(fresh.page)).path());
  expect(again.json.workspace.id).toBe(before.json.workspace.id);
  expect(again.json.documents).toEqual(before.json.documents);
  expect(again.json.decisions).toEqual(before.json.decisions);
  expect(again.json.views).toEqual(before.json.views);
  expect(again.json.proposals).toEqual(before.json.proposals);
  expect(again.json.members.filter((member) => member.name !== 'Rosa Quillen')).toEqual(before.json.members);
});
