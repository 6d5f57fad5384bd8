import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '../../build/static-server.mjs';
import { expect, expectAccessible, test } from './support/desk-fixtures';
import { DeskPage } from './support/desk-page';

// The web edition's service worker installs a new release in the background and waits: the page
// never reloads on its own (app/UpdateReady.tsx), so a half-filled form is not lost.
test('a new release waits for the user to reload, and a half-typed form survives until then', async ({ profile }) => {
  // Our own server over a copy of the build, so this test can publish a "new release" on it.
  const server = await serveStatic(path.resolve('dist/renderer'));
  try {
    const desk = new DeskPage(profile.page);
    await desk.page.goto(server.url);
    await desk.waitUntilCachedForOffline();
    await desk.completeOnboarding({ name: 'Tomas Reyel', organisation: 'Riverside Commons', group: 'Civil society', region: 'Chile' });
    const name = desk.page.getByRole('form', { name: 'Create workspace' }).getByLabel('Name');
    await name.fill('Coalition on Slow Rivers');

    // A new release: the service worker script changes on the server, and the browser checks it.
    appendFileSync(path.join(server.root, 'sw.js'), '\n// the next release\n');
    const checkForUpdate = () =>
      desk.page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
    await checkForUpdate();
    const offer = desk.page.getByRole('status').filter({ hasText: 'A new version of Coalition desk is ready' });
    await expect(offer).toBeVisible();
    await expect(name).toHaveValue('Coalition on Slow Rivers');
    await expectAccessible(desk.page, 'update offered');

    // "Later" puts it away; the new version keeps waiting and is offered again on the next start.
    await offer.getByRole('button', { name: 'Later' }).click();
    await expect(offer).toHaveCount(0);
    await expect(name).toHaveValue('Coalition on Slow Rivers');
    await desk.page.reload();
    await expect(offer).toBeVisible();

    // "Reload now" switches to the new version: nothing is left waiting and the app runs.
    await offer.getByRole('button', { name: 'Reload now' }).click();
    await expect(desk.page.getByRole('heading', { name: 'Your coalitions' })).toBeVisible();
    await expect(offer).toHaveCount(0);
    await expect
      .poll(() => desk.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting === null && navigator.serviceWorker.controller !== null))
      .toBe(true);
  } finally {
    await server.close();
  }
});
