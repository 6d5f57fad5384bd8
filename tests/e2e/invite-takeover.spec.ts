import { startSignalingServer } from '../../electron/sync/signaling-server';
import { decodeInvite, encodeInvite, inviteLink } from '../../shared/sync/invite';
import { newWorkspaceSecret } from '../../shared/sync/room-name';
import { expect, expectAccessible, test } from './support/desk-fixtures';
import { DeskPage } from './support/desk-page';

// Anyone who knows a workspace's id (every former member does) can craft an invite for it with
// their own secret and server. Joining must never hand the workspace over.
test('a crafted invite for a workspace already here is refused and reaches no server', async ({ profile }) => {
  const attackerServer = await startSignalingServer({ host: '127.0.0.1', port: 0 });
  try {
    const amara = new DeskPage(profile.page);
    await amara.open();
    await amara.completeOnboarding({ name: 'Amara Velde', organisation: 'Open Lines Trust', group: 'Civil society', region: 'Netherlands' });
    await amara.createWorkspace('Coalition on Open Maps');
    const genuine = await amara.inviteCode();
    const decoded = decodeInvite(genuine);
    if (!decoded.ok) throw new Error('invite did not decode');
    const crafted = { ...decoded.invite, secret: newWorkspaceSecret(), signaling: [attackerServer.url] };

    for (const form of [encodeInvite(crafted), inviteLink(crafted), `http://127.0.0.1/#/join/${encodeInvite(crafted)}`]) {
      await amara.joinWith(form);
      await expect(amara.page.locator('#join-code-error')).toContainText('This invite does not match your copy of the workspace');
    }
    await expectAccessible(amara.page, 'refused invite');
    await amara.page.getByRole('link', { name: 'Coalition on Open Maps' }).click();
    expect(await amara.inviteCode()).toBe(genuine);
    await expect(amara.page.getByLabel('Signaling server addresses, one per line')).not.toHaveValue(new RegExp(attackerServer.url));
    expect(attackerServer.clientCount()).toBe(0);

    // The same secret with a new server: added only when the member says so.
    const venue = { ...decoded.invite, signaling: [...decoded.invite.signaling, attackerServer.url] };
    await amara.joinWith(encodeInvite(venue));
    await expect(amara.page.getByRole('alertdialog')).toContainText(attackerServer.url);
    await amara.page.getByRole('button', { name: 'Keep my servers and open the workspace' }).click();
    await amara.openTab('Sharing');
    await expect(amara.page.getByLabel('Signaling server addresses, one per line')).not.toHaveValue(new RegExp(attackerServer.url));
    expect(attackerServer.clientCount()).toBe(0);
  } finally {
    await attackerServer.close();
  }
});
