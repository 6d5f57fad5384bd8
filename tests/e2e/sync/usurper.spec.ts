import * as Y from 'yjs';
import { admissionEntry, signJoinRequest } from '../../../shared/integrity/admission';
import { computeMembership } from '../../../shared/integrity/membership-log';
import { MembershipLogDoc } from '../../../shared/integrity/membership-log-doc';
import { signEntry, type SignedEntry } from '../../../shared/integrity/signed-entry';
import { exportPublicKey, generateSigningKeyPair } from '../../../shared/integrity/signing-key';
import { decodeInvite } from '../../../shared/sync/invite';
import { newWorkspaceSecret, roomNameFor } from '../../../shared/sync/room-name';
import { signRekey } from '../../../shared/sync/rekey';
import { expect, test } from '../support/desk-fixtures';
import { DeskPage } from '../support/desk-page';
import { ProposalsPage } from '../support/proposals-page';
// @ts-expect-error -- plain ESM helper shared with the Node test peers (yjs, y-webrtc over wrtc)
import { joinRoom } from './peer-kit.mjs';
import { signalingPerTest } from '../support/sync-setup';

const signaling = signalingPerTest();

type Provider = { awareness: { setLocalStateField(field: string, value: unknown): void }; destroy(): void };

/** Eve's own Node peer in the workspace's room: it holds the invite's secret, and nothing more. */
async function joinAsPlainPeer(code: string): Promise<{ doc: Y.Doc; provider: Provider; workspaceId: string; secret: string }> {
  const decoded = decodeInvite(code);
  if (!decoded.ok) throw new Error('invite did not decode');
  const { workspaceId, secret } = decoded.invite;
  const doc = new Y.Doc();
  const provider = joinRoom(doc, { room: await roomNameFor(workspaceId), password: secret, signaling: [signaling.url] }) as Provider;
  return { doc, provider, workspaceId, secret };
}

// Eve holds a valid invite, so her app can write anything into the shared document. Each attack of
// issue 16 is tried from a plain Node peer: a key registered for a member who has not joined and a
// view signed with it, a coordinator role written into her own member record, a re-key order on that
// authority, and an admission she signs for herself. None may count or change the honest app.
test('a peer with a valid invite cannot forge a voice, promote herself, re-key the workspace or admit herself', async ({ openPeer }) => {
  test.setTimeout(120_000);
  const amara = new DeskPage((await openPeer()).page);
  await amara.foundWorkspaceOn(signaling.url);
  await amara.openTab('Members');
  await amara.addMember({ name: 'Lin Okafor', group: 'Academia', role: 'Member' });
  const code = await amara.inviteCode();
  await amara.openTab('Documents');
  await amara.createDocument('Charter', 'Charter');
  await amara.page.getByRole('button', { name: 'Record a view on this document' }).click();
  await amara.page.getByLabel("The view, in its authors' words").fill('Meetings rotate so no region is always at night.');
  await amara.page.getByRole('button', { name: 'Record and sign this view' }).click();

  const { doc, provider, workspaceId, secret } = await joinAsPlainPeer(code);
  try {
    const members = doc.getMap<Record<string, unknown>>('members');
    const dissents = doc.getMap<SignedEntry>('dissents');
    await expect.poll(() => [...dissents.values()].length, { timeout: 30_000 }).toBeGreaterThan(0);
    const memberNamed = (name: string) => [...members.values()].find((member) => member.name === name);
    const lin = memberNamed('Lin Okafor');
    const amaraRecord = memberNamed('Amara Velde');
    if (!lin || !amaraRecord) throw new Error('members expected');
    const linId = String(lin.id);

    const eveKeys = await generateSigningKeyPair();
    const evePublic = await exportPublicKey(eveKeys.publicKey);
    const eveId = crypto.randomUUID();
    const registeredAt = new Date().toISOString();
    const original = [...dissents.values()][0] as SignedEntry;
    const { signature: _dropped, ...unsigned } = original;
    const forged = await signEntry(eveKeys.privateKey, {
      ...unsigned,
      id: crypto.randomUUID(),
      authorId: linId,
      content: { ...original.content, text: 'Lin withdraws every objection to the charter.' },
    });
    const view = await computeMembership(new MembershipLogDoc(doc).raw(), { workspaceId });
    const request = await signJoinRequest(eveKeys, { workspaceId, memberId: eveId, token: null, at: registeredAt });
    const selfAdmission = await admissionEntry(view, { memberId: eveId, privateKey: eveKeys.privateKey, publicKey: evePublic }, request, 'coordinator', new Date());
    doc.transact(() => {
      members.set(eveId, { ...amaraRecord, id: eveId, identityId: crypto.randomUUID(), name: 'Eve Mallory', role: 'coordinator' });
      doc.getMap('memberKeys').set(eveId, { memberId: eveId, publicKey: evePublic, registeredAt });
      doc.getMap('memberKeys').set(linId, { memberId: linId, publicKey: evePublic, registeredAt });
      dissents.set(forged.id, forged);
    });
    await new MembershipLogDoc(doc).append(selfAdmission);
    const charter = [...doc.getMap<Record<string, unknown>>('documents').values()].find((meta) => meta.title === 'Charter');
    provider.awareness.setLocalStateField('user', { memberId: eveId, name: 'Eve Mallory', color: '#444444' });
    provider.awareness.setLocalStateField('documentId', charter?.id ?? null);
    provider.awareness.setLocalStateField('rekey', await signRekey(eveKeys.privateKey, { workspaceId, secret: newWorkspaceSecret(), at: new Date().toISOString(), by: eveId }));

    // Amara's app has Eve's presence, with the re-key order in it, and her writes.
    await expect(amara.page.getByText('Also editing: Eve Mallory')).toBeVisible({ timeout: 30_000 });
    // The forged view is reported as unverified and is not among the views: Lin's key is not Eve's to register.
    await expect(amara.page.getByText("1 entry could not be verified against its author's key.")).toBeVisible({ timeout: 20_000 });
    await expect(amara.page.getByRole('region', { name: 'Minority and dissenting views' })).not.toContainText('Lin withdraws every objection');

    // The re-key was not obeyed: Amara's later typing still reaches Eve on the old secret.
    await amara.editorBody().getByText('How this document is amended').click();
    await amara.page.keyboard.press('End');
    await amara.page.keyboard.type(' Still on the old secret.');
    await expect.poll(() => doc.getXmlFragment(`body:${String(charter?.id)}`).toString(), { timeout: 20_000 }).toContain('Still on the old secret.');
    await expect(amara.syncStatus()).toContainText('Connected to 1 peer');
    await amara.page.getByRole('link', { name: 'Back to documents' }).click();
    await amara.openTab('Sharing');
    expect(decodeInvite(await amara.page.getByLabel('Invite code').inputValue())).toMatchObject({ ok: true, invite: { secret } });

    // Eve's own admission and role count for nothing: she is not an officer anywhere.
    const after = await computeMembership(new MembershipLogDoc(doc).raw(), { workspaceId });
    expect(after.members.map((member) => member.memberId)).not.toContain(eveId);
    expect(after.rejected.length).toBeGreaterThan(0);
  } finally {
    provider.destroy();
    doc.destroy();
  }
});

// Eve rewrites a proposal after a position was given to it, and plants a removal flag accusing
// Amara of erasing a voice (the shared flags map apps once trusted). The rewrite is shown as
// tampered and counts nothing; the forged accusation is shown nowhere.
test('a peer with a valid invite cannot rewrite a proposal under its positions or plant an accusation', async ({ openPeer }) => {
  test.setTimeout(120_000);
  const amara = new DeskPage((await openPeer()).page);
  await amara.foundWorkspaceOn(signaling.url);
  const code = await amara.inviteCode();
  const proposals = new ProposalsPage(amara.page);
  await proposals.openTab();
  await proposals.createProposal({ title: 'Shared map licence', text: 'Members publish map data under one open licence.' });
  await proposals.takePosition('Support');
  await expect.poll(() => proposals.tallyCount('Support')).toBe(1);

  const { doc, provider } = await joinAsPlainPeer(code);
  try {
    const records = doc.getMap<Record<string, unknown>>('proposals');
    await expect.poll(() => records.size, { timeout: 30_000 }).toBe(1);
    await expect.poll(() => doc.getMap('positions').size, { timeout: 30_000 }).toBeGreaterThan(0);
    const [proposalId, proposal] = [...records.entries()][0] as [string, Record<string, unknown>];
    const amaraId = String([...doc.getMap<Record<string, unknown>>('members').values()].find((member) => member.name === 'Amara Velde')?.id);
    doc.transact(() => {
      records.set(proposalId, { ...proposal, text: 'Members hand all map data to one vendor.' });
      doc.getMap('removalFlags').set('removed:forged', {
        id: 'removed:forged',
        entryId: crypto.randomUUID(),
        entryKind: 'dissent',
        subjectId: proposalId,
        authorId: amaraId,
        reason: 'removed',
        detectedAt: new Date().toISOString(),
        detectedBy: amaraId,
      });
    });

    await expect(amara.page.getByRole('alert').filter({ hasText: 'not the ones the proposer signed' })).toBeVisible({ timeout: 20_000 });
    await expect.poll(() => proposals.tallyCount('Support')).toBe(0);
    await expect(amara.page.getByText('removed from the shared record')).toHaveCount(0);
  } finally {
    provider.destroy();
    doc.destroy();
  }
});
