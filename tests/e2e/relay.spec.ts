import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRelayServer, type RelayServer } from '../../electron/relay/relay-server';
import { everyByteBelow, markerForms } from '../unit/sync/relay-kit';
import { expect, expectAccessible, test } from './support/desk-fixtures';
import { DeskPage } from './support/desk-page';

const STORED = 'all changes stored';
let dataDir: string;
let relay: RelayServer | undefined;

test.beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'desk-e2e-relay-'));
  relay = await startRelayServer({ host: '127.0.0.1', port: 0, dataDir });
});
test.afterEach(async () => {
  await relay?.close();
  await rm(dataDir, { recursive: true, force: true });
});

test('two members who are never online together share a document through a relay that stores none of it', async ({ openPeer }) => {
  const server = relay as RelayServer;
  const marker = 'Tidewater-quorum-marker-5521';

  const amaraProfile = await openPeer();
  const amara = new DeskPage(amaraProfile.page);
  await amara.open();
  await amara.completeOnboarding({ name: 'Amara Velde', organisation: 'Open Lines Trust', group: 'Civil society', region: 'Netherlands' });
  await amara.createWorkspace('Coalition on Tidal Commons');
  await amara.addRelay(server.url);
  await expect(amara.relayStatus()).toContainText(STORED);
  await expectAccessible(amara.page, 'sharing with a relay');
  const code = await amara.inviteCode();
  await amara.openTab('Documents');
  await amara.createDocument('Blank', 'Tidal charter');
  await amara.editorBody().click();
  await amara.page.keyboard.type(`${marker} drafted by Amara.`);
  await expect(amara.relayStatus()).toContainText(STORED);
  await amara.waitUntilSaved();
  await amaraProfile.context.close();

  const koProfile = await openPeer();
  const ko = new DeskPage(koProfile.page);
  await ko.open();
  await ko.completeOnboarding({ name: 'Ko Imani', organisation: 'Ministry of Coasts', group: 'Government', region: 'Kenya' });
  // The invite carries Amara's relay: Ko types no address.
  await ko.joinWith(code);
  await expect(ko.relayStatus()).toContainText(new URL(server.url).host);
  await expect(ko.page.getByRole('heading', { level: 1, name: 'Coalition on Tidal Commons' })).toBeVisible();
  await ko.openTab('Documents');
  await ko.page.getByRole('link', { name: 'Tidal charter' }).click();
  await expect(ko.editorBody()).toContainText(`${marker} drafted by Amara.`);
  await ko.editorBody().getByText('drafted by Amara.').click();
  await ko.page.keyboard.press('End');
  await ko.page.keyboard.type(' Seconded by Ko.');
  await expect(ko.relayStatus()).toContainText(STORED);
  await ko.waitUntilSaved();
  await koProfile.context.close();

  // The relay restarts on the same data directory and port, as after a reboot of its server.
  await server.close();
  relay = await startRelayServer({ host: '127.0.0.1', port: server.port, dataDir });

  const page = await amaraProfile.restart();
  const back = new DeskPage(page);
  await back.open();
  await page.getByRole('link', { name: 'Coalition on Tidal Commons' }).click();
  await back.openTab('Documents');
  await page.getByRole('link', { name: 'Tidal charter' }).click();
  await expect(back.editorBody()).toContainText(`${marker} drafted by Amara. Seconded by Ko.`);
  await expect(back.relayStatus()).toContainText(STORED);
  await expectAccessible(page, 'document with a relay status');
  await amaraProfile.context.close();

  await relay.close();
  relay = undefined;
  const bytes = await everyByteBelow(dataDir);
  for (const form of markerForms(marker)) expect(bytes.includes(form), `the relay's files contain ${form.toString()}`).toBe(false);
});
