import * as Y from 'yjs';
import { adoptedTextDigest, encodeAdoptedText } from '../../../shared/documents/adopted-text';
import { LifecycleDoc } from '../../../shared/documents/lifecycle-doc';
import type { TransitionContent } from '../../../shared/documents/lifecycle-stage';
import { signJoinRequest } from '../../../shared/integrity/join-request';
import { JoinRequestsDoc } from '../../../shared/integrity/join-requests-doc';
import { computeMembership } from '../../../shared/integrity/membership-log';
import { MembershipLogDoc } from '../../../shared/integrity/membership-log-doc';
import { signEntry, unsignedEntry, type SignedEntry } from '../../../shared/integrity/signed-entry';
import { generateSigningKeyPair } from '../../../shared/integrity/signing-key';
import { decodeInvite } from '../../../shared/sync/invite';
import { roomNameFor } from '../../../shared/sync/room-name';
import { expect, expectAccessible, test } from '../support/desk-fixtures';
import { DeskPage } from '../support/desk-page';
import { LifecyclePage } from '../support/lifecycle-page';
import { ProposalsPage } from '../support/proposals-page';
import { joinAs, KO, signalingPerTest } from '../support/sync-setup';
// @ts-expect-error -- plain ESM helper shared with the Node test peers (yjs, y-webrtc over wrtc)
import { joinRoom } from './peer-kit.mjs';

const signaling = signalingPerTest();
type Provider = { destroy(): void };

/** Amara takes the charter to a consensus call and records the decision that adopts it, but does not mark it adopted yet. */
async function charterUnderConsensusCall(amara: DeskPage): Promise<void> {
  const lifecycle = new LifecyclePage(amara.page);
  await amara.openTab('Documents');
  await amara.createDocument('Charter', 'Charter');
  await lifecycle.reviewEnd().fill(await lifecycle.dayFromToday(5));
  await lifecycle.step('Send for review').click();
  await lifecycle.expectStage('In review');
  await amara.page.getByRole('link', { name: 'Back to documents' }).click();
  const proposals = new ProposalsPage(amara.page);
  await proposals.openTab();
  await proposals.createProposal({ title: 'Adopt the charter', text: 'The coalition adopts the charter as drafted.', document: 'Charter' });
  await proposals.takePosition('Support');
  await proposals.recordDecision({ outcome: 'Adopted', summary: 'Adopted as drafted.' });
  await amara.openTab('Documents');
  await amara.page.getByRole('link', { name: 'Charter' }).click();
  await lifecycle.region().getByLabel('Proposal for the consensus call').selectOption({ label: 'Adopt the charter' });
  await lifecycle.step('Call for consensus').click();
  await lifecycle.expectStage('Consensus call');
  await expect(lifecycle.step('Mark as adopted')).toBeVisible();
}

/**
 * Eve's own Node peer, admitted by an invite like any member (role: member), so her signature
 * verifies: what she may not do is move a document forward.
 */
async function admittedPlainMember(code: string): Promise<{ doc: Y.Doc; provider: Provider; workspaceId: string; eveId: string; keys: CryptoKeyPair }> {
  const decoded = decodeInvite(code);
  if (!decoded.ok || !decoded.invite.admission) throw new Error('invite did not decode');
  const { workspaceId, secret, admission } = decoded.invite;
  const doc = new Y.Doc();
  const provider = joinRoom(doc, { room: await roomNameFor(workspaceId), password: secret, signaling: [signaling.url] }) as Provider;
  const keys = await generateSigningKeyPair();
  const eveId = crypto.randomUUID();
  await expect.poll(() => doc.getMap('members').size, { timeout: 30_000 }).toBeGreaterThan(0);
  const amaraRecord = [...doc.getMap<Record<string, unknown>>('members').values()][0];
  doc.getMap('members').set(eveId, { ...amaraRecord, id: eveId, identityId: crypto.randomUUID(), name: 'Eve Mallory', role: 'member' });
  await new JoinRequestsDoc(doc).put(await signJoinRequest(keys, { workspaceId, memberId: eveId, token: admission.token, at: new Date().toISOString() }));
  await expect
    .poll(async () => (await computeMembership(new MembershipLogDoc(doc).raw(), { workspaceId, root: admission.root })).members.some((member) => member.memberId === eveId), { timeout: 30_000 })
    .toBe(true);
  return { doc, provider, workspaceId, eveId, keys };
}

// The trust hole this closes: any member could pick "Adopted" in a select and it synced. Now Ko, a
// plain member, gets no button, and Eve's peer, which signs an "adopted" step with her own valid
// key, one claiming to be Ko's, and a plain status written into the record, moves nothing.
test('a member without the role cannot adopt; a forged adoption from that peer leaves the stage unchanged and is flagged', async ({ openPeer }) => {
  test.setTimeout(180_000);
  const amara = new DeskPage((await openPeer()).page);
  await amara.foundWorkspaceOn(signaling.url);
  const koCode = await amara.inviteCode();
  const eveCode = await amara.newInviteCode();
  await charterUnderConsensusCall(amara);
  const amaraLifecycle = new LifecyclePage(amara.page);

  const ko = new DeskPage((await openPeer()).page);
  await joinAs(ko, KO, koCode);
  await expect(ko.syncStatus()).toContainText('Connected to 1 peer', { timeout: 30_000 });
  await ko.page.getByRole('navigation', { name: 'Workspace sections' }).getByRole('link', { name: 'Documents' }).click();
  await ko.page.getByRole('link', { name: 'Charter' }).click();
  const koLifecycle = new LifecyclePage(ko.page);
  await koLifecycle.expectStage('Consensus call');
  await expect(koLifecycle.region()).toContainText('Only coordinators and the chair can move this document forward');
  await expect(koLifecycle.region().getByRole('button')).toHaveCount(0);
  await expectAccessible(ko.page, 'document a member cannot move forward');

  const { doc, provider, workspaceId, eveId, keys } = await admittedPlainMember(eveCode);
  try {
    const documents = doc.getMap<Record<string, unknown>>('documents');
    const charterId = String([...documents.values()].find((meta) => meta.title === 'Charter')?.id);
    const transitions = [...doc.getMap<SignedEntry<TransitionContent>>('documentTransitions').values()];
    const call = transitions.find((entry) => entry.subjectId === charterId && entry.content.to === 'consensus-call');
    const decision = [...doc.getMap<SignedEntry>('decisions').values()].find((entry) => entry.kind === 'decision' && entry.subjectId === call?.content.proposalId);
    if (!call || !decision) throw new Error('the consensus call and its decision should have synced');
    const koId = String([...doc.getMap<Record<string, unknown>>('members').values()].find((member) => member.name === 'Ko Imani')?.id);
    const text = encodeAdoptedText(doc.getXmlFragment(`body:${charterId}`));
    const adoption: TransitionContent = {
      from: 'consensus-call',
      to: 'adopted',
      previousId: call.id,
      reviewEndsAt: null,
      proposalId: call.content.proposalId,
      decisionId: decision.id,
      adoptedTextDigest: await adoptedTextDigest(text),
    };
    const context = { workspaceId, subjectId: charterId, now: new Date() };
    const byEve = await signEntry(keys.privateKey, unsignedEntry('document-transition', { ...context, authorId: eveId }, adoption));
    const asKo = await signEntry(keys.privateKey, unsignedEntry('document-transition', { ...context, authorId: koId }, adoption));
    const lifecycle = new LifecycleDoc(doc);
    lifecycle.record(byEve, text);
    lifecycle.record(asKo, text);
    documents.set(charterId, { ...documents.get(charterId), status: 'adopted' });

    const notApplied = amara.page.getByRole('region', { name: 'Stage changes not applied' });
    await expect(notApplied).toContainText('Eve Mallory marked it “Adopted” without a role that may move this document forward.', { timeout: 30_000 });
    await expect(notApplied).toContainText("1 stage change could not be verified against its author's key and is not applied.");
    await expect(notApplied).toContainText('Claimed to be by Ko Imani');
    await amaraLifecycle.expectStage('Consensus call');
    await expect(amaraLifecycle.history()).toHaveCount(2);
    await expect(amara.editorBody()).toHaveAttribute('contenteditable', 'true');
    await expect(amara.page.getByRole('note', { name: 'Locked text' })).toHaveCount(0);
    await expectAccessible(amara.page, 'document with a forged adoption flagged');
    // Ko's app judges the same entries the same way.
    await expect(ko.page.getByRole('region', { name: 'Stage changes not applied' })).toContainText('Eve Mallory marked it “Adopted”', { timeout: 30_000 });
    await koLifecycle.expectStage('Consensus call');

    // The coordinator's own adoption stands, and reaches Ko, whose copy is locked with no way to unlock it.
    await amaraLifecycle.step('Mark as adopted').click();
    await amaraLifecycle.expectStage('Adopted');
    await koLifecycle.expectStage('Adopted');
    await expect(ko.page.getByRole('note', { name: 'Locked text' })).toContainText('This document is Adopted: its text is locked.');
    await expect(ko.page.getByRole('note', { name: 'Locked text' })).toContainText('Only coordinators and the chair can move this document forward');
    await expect(ko.page.getByRole('button', { name: 'Start a new draft' })).toHaveCount(0);
    await expect(koLifecycle.history().last()).toContainText('Consensus call → Adopted, by Amara Velde');
  } finally {
    provider.destroy();
    doc.destroy();
  }
});
