import { readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/desk-fixtures';
import { DeskPage } from './support/desk-page';

/** The browser process of a profile, from the lock Chromium keeps in it ("host-pid"). */
function browserPid(profileDir: string): number {
  return Number(readlinkSync(join(profileDir, 'SingletonLock')).split('-').pop());
}

// Decision 0024: each change is committed to IndexedDB in the task that made it. Before, a
// transaction committed only once the page had handled its requests' events, which waits behind
// queued keys: a browser killed right after fast typing lost the last keys.
test('keys typed at full speed survive the browser being killed right after the last one', async ({ profile }) => {
  let desk = new DeskPage(profile.page);
  await desk.startBlankDocument({ name: 'Rosa Quillen', organisation: 'Fieldnote Collective', group: 'Technical community', region: 'Colombia' }, 'Coalition on Quiet Networks', 'Notes');
  await desk.editorBody().click();
  const typed = 'The steering committee agreed that minority views are annexed.';
  await desk.page.keyboard.type(typed);
  // No wait for "saved", no grace period: the process dies as soon as the last key was delivered.
  const gone = new Promise((resolve) => profile.context.once('close', resolve));
  process.kill(browserPid(profile.dir), 'SIGKILL');
  await gone;

  desk = new DeskPage(await profile.restart());
  await desk.open();
  await desk.page.getByRole('link', { name: 'Coalition on Quiet Networks' }).click();
  await desk.openTab('Documents');
  await desk.page.getByRole('link', { name: 'Notes' }).click();
  await expect(desk.editorBody()).toHaveText(typed);
});
