import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeInvite } from '../../../shared/sync/invite';
import { roomNameFor } from '../../../shared/sync/room-name';
import { expect, expectAccessible, test } from '../support/desk-fixtures';
import { DeskPage } from '../support/desk-page';
import { ProposalsPage } from '../support/proposals-page';
import { joinAs, KO, LIN, signalingPerTest } from '../support/sync-setup';

/**
 * Three members on three machines decide on a charter passage by consensus; the minority view is
 * recorded, co-signed, carried into the export, and survives a peer that tries to erase it.
 */
const TAMPER_PEER = fileURLToPath(new URL('./tamper-peer.mjs', import.meta.url));
const OBJECTION = 'Two rounds are too slow when a statement is urgent.';
const AMENDED = 'Decisions are taken by consensus; after two rounds without consensus, by a two-thirds vote.';
const VIEW = 'A vote after two rounds lets a majority overrule the regions that cannot attend.';

const signaling = signalingPerTest();

test('a decision on a charter passage records the objection, the dissent and its co-signer, and nobody can erase them', async ({ openPeer }) => {
  test.setTimeout(180_000);
  const amara = new DeskPage((await openPeer()).page);
  await amara.foundWorkspaceOn(signaling.url);
  const code = await amara.inviteCode();
  const linCode = await amara.newInviteCode();
  await amara.openTab('Documents');
  await amara.createDocument('Charter', 'Charter');

  const ko = new DeskPage((await openPeer()).page);
  await joinAs(ko, KO, code);
  const lin = new DeskPage((await openPeer()).page);
  await joinAs(lin, LIN, linCode);
  await expect(amara.syncStatus()).toContainText('Connected to 2 peers', { timeout: 30_000 });

  // A proposal anchored to a passage of the charter.
  const passage = 'Decisions are taken by consensus.';
  // The paragraph's first character is at its top-left corner; the passage is its first sentence.
  await amara.editorBody().getByText(passage, { exact: false }).click({ position: { x: 1, y: 4 } });
  for (let i = 0; i < passage.length; i++) await amara.page.keyboard.press('Shift+ArrowRight');
  await amara.page.getByRole('button', { name: 'Propose a change to the selected passage' }).click();
  await expect(amara.page.getByRole('region', { name: 'Propose a change to this passage' })).toContainText(passage);
  const amaraVotes = new ProposalsPage(amara.page);
  await amaraVotes.createProposal({ title: 'Vote after two rounds', text: AMENDED });
  await expect(amara.page.getByText(passage).first()).toBeVisible();
  await amaraVotes.takePosition('Support');

  // Ko objects: a reason is required.
  const koVotes = new ProposalsPage(ko.page);
  await koVotes.openTab();
  await koVotes.openProposal('Vote after two rounds');
  await koVotes.submitPosition('Object', '');
  await expect(koVotes.positionForm().getByLabel('Reason')).toHaveAccessibleDescription(/Please give a reason/);
  await koVotes.takePosition('Object', OBJECTION);
  await expectAccessible(ko.page, 'proposal with an objection');

  // The chair cannot record "adopted" while the objection is open.
  await expect(amaraVotes.tallyMembers('Object')).toContainText('Ko Imani', { timeout: 20_000 });
  await expect(amaraVotes.groupRow('Government')).toBeVisible();
  await amaraVotes.attemptDecision({ outcome: 'Adopted', summary: 'Adopted.' });
  await expect(amaraVotes.decisionForm()).toContainText('Objections are still open; address them first.');
  await expect(amaraVotes.recordedDecisions()).toHaveCount(0);

  await amaraVotes.changeObjection('Ko Imani', 'Mark as addressed', 'An urgent procedure was added for statements.');
  await amaraVotes.expectObjectionState('Ko Imani', 'Addressed');
  await koVotes.expectObjectionState('Ko Imani', 'Addressed');

  // Ko records a dissenting view on the charter; Lin co-signs it.
  await ko.page.getByRole('navigation', { name: 'Workspace sections' }).getByRole('link', { name: 'Documents' }).click();
  await ko.page.getByRole('link', { name: 'Charter' }).click();
  await ko.page.getByRole('button', { name: 'Record a view on this document' }).click();
  await ko.page.getByLabel("The view, in its authors' words").fill(VIEW);
  await ko.page.getByRole('button', { name: 'Record and sign this view' }).click();
  await expect(ko.page.getByRole('region', { name: 'Minority and dissenting views' })).toContainText(VIEW);

  await lin.page.getByRole('link', { name: 'Charter' }).click();
  await lin.page.getByRole('button', { name: 'Co-sign the view of Ko Imani' }).click({ timeout: 20_000 });
  await expect(lin.page.getByRole('region', { name: 'Minority and dissenting views' })).toContainText('Co-signed by Lin Okafor');
  await expectAccessible(lin.page, 'document with a co-signed view');

  // The decision, with the objection noted.
  await amaraVotes.recordDecision({ outcome: 'Adopted with objections noted', level: 'Strong support but significant opposition', summary: 'Adopted; the objection of Ko Imani is noted.' });
  await expect(amaraVotes.recordedDecisions()).toHaveCount(1);
  await expect(amara.page.getByRole('region', { name: 'The passage in the document' })).toContainText(`Adopted: the wording replaced “${passage}” in the document on`, { timeout: 20_000 });

  // The export carries the annex with Ko's view and Lin's co-signature.
  await amara.page.getByRole('navigation', { name: 'Workspace sections' }).getByRole('link', { name: 'Documents' }).click();
  await amara.page.getByRole('link', { name: 'Charter' }).click();
  await expect(amara.page.getByRole('region', { name: 'Minority and dissenting views' })).toContainText('Co-signed by Lin Okafor', { timeout: 20_000 });
  // The adopted wording replaced the passage, on every peer, and the document says which decision changed it.
  await expect(amara.editorBody()).toContainText(AMENDED);
  await expect(amara.editorBody()).not.toContainText(passage);
  await expect(ko.editorBody()).toContainText(AMENDED, { timeout: 20_000 });
  await expect(lin.editorBody()).toContainText(AMENDED, { timeout: 20_000 });
  const changes = amara.page.getByRole('region', { name: 'Changed by decisions' });
  await expect(changes).toContainText(`“${passage}” became “${AMENDED}” by the decision of`);
  await expect(changes.getByRole('link', { name: 'Vote after two rounds' })).toBeVisible();
  await expect(ko.page.getByRole('region', { name: 'Changed by decisions' })).toContainText(AMENDED);
  await expectAccessible(amara.page, 'document changed by a decision');
  const downloading = amara.page.waitForEvent('download');
  await amara.page.getByRole('button', { name: 'Export as Markdown (with the annex)' }).click();
  const markdown = readFileSync((await (await downloading).path()) ?? '', 'utf8');
  expect(markdown).toContain('## Minority and dissenting views');
  expect(markdown).toContain(VIEW);
  expect(markdown).toMatch(/Author: Ko Imani/);
  expect(markdown).toMatch(/Co-signed by: Lin Okafor/);
  expect(markdown).toContain('Changed the text: “Decisions are taken by consensus');

  // A peer holding the secret rewrites Ko's position and deletes Ko's view in the shared doc.
  const invite = decodeInvite(code);
  if (!invite.ok) throw new Error('invite did not decode');
  const tamperer = spawn(
    process.execPath,
    [TAMPER_PEER, JSON.stringify({ room: await roomNameFor(invite.invite.workspaceId), password: invite.invite.secret, signaling: [signaling.url], victim: 'Ko Imani', timeoutMs: 60_000 })],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let output = '';
  tamperer.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await expect.poll(() => output, { timeout: 60_000 }).toContain('"tampered"');
    expect(JSON.parse(output.trim().split('\n')[0] ?? '{}')).toEqual({ tampered: { positions: 1, dissents: 1 } });

    // Every honest app restores both from its archive and flags the removal.
    // Whichever honest app saw the tampered state first restores it and keeps the evidence; an app
    // that only ever saw the restored doc shows that member's signed report. Either names whose voice was touched.
    const voices = amara.page.locator('.document-voices');
    await expect(voices.getByRole('listitem').filter({ hasText: 'A minority or dissenting view by Ko Imani was removed from the shared record' }).first()).toBeVisible({ timeout: 20_000 });
    await expect(voices.getByRole('listitem').filter({ hasText: 'A position by Ko Imani was altered in the shared record' }).first()).toBeVisible();
    await expect(voices.getByRole('listitem').filter({ hasText: /Noticed by this device at|Reported by (Ko Imani|Lin Okafor) at/ }).first()).toBeVisible();
    await expect(amara.page.getByRole('region', { name: 'Minority and dissenting views' })).toContainText(VIEW);
    await expect(ko.page.getByRole('region', { name: 'Minority and dissenting views' })).toContainText(VIEW);
    await ko.page.getByRole('link', { name: 'Back to documents' }).click();
    await koVotes.openTab();
    await koVotes.openProposal('Vote after two rounds');
    await expect(koVotes.integrityWarnings()).toBeVisible({ timeout: 20_000 });
    await expect(koVotes.tallyMembers('Object')).toContainText('Ko Imani');
  } finally {
    tamperer.stdin.end('exit\n');
  }
});
