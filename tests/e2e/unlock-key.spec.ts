import type { Page } from '@playwright/test';
import { bytesToBase64 } from '../../shared/integrity/base64';
import { sealWithPassphrase } from '../../shared/integrity/passphrase-seal';
import { exportPublicKey } from '../../shared/integrity/signing-key';
import { expect, expectAccessible, test } from './support/desk-fixtures';
import { DeskPage } from './support/desk-page';
import { interfaceText, LanguagesPage } from './support/languages-page';

/*
 * The unlock screen a desktop member meets at start when their signing key is sealed with a
 * passphrase (decision 0021). The web edition never seals it so, so the test stores such a key the
 * way the desktop does (renderer/integrity/install-key.ts) and restarts the browser.
 */
const PASSPHRASE = 'lantern harbour 42';

async function storePassphraseSealedKey(page: Page): Promise<void> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const pkcs8 = bytesToBase64(new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey)));
  const value = { passphraseSealedPrivateKey: await sealWithPassphrase(pkcs8, PASSPHRASE), publicKey: await exportPublicKey(pair.publicKey) };
  await page.evaluate(
    (row) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('coalition-desk');
        request.onerror = () => reject(new Error(String(request.error)));
        request.onsuccess = () => {
          const transaction = request.result.transaction('local', 'readwrite');
          transaction.objectStore('local').put(row);
          transaction.oncomplete = () => {
            request.result.close();
            resolve();
          };
          transaction.onerror = () => reject(new Error(String(transaction.error)));
        };
      }),
    { key: 'signingKey', value },
  );
}

async function lockedAtStart(profile: { page: Page; restart(): Promise<Page> }): Promise<Page> {
  await profile.page.goto('/');
  await new DeskPage(profile.page).completeOnboarding({ name: 'Ilse Maranta', organisation: 'Harbour Commons', group: 'Civil society', region: 'Portugal' });
  await storePassphraseSealedKey(profile.page);
  const page = await profile.restart();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock your signing key' })).toBeVisible();
  return page;
}

test('the unlock screen offers the language menu and opens the key only with its passphrase', async ({ profile }) => {
  const page = await lockedAtStart(profile);
  await expectAccessible(page, 'unlock screen');

  const languages = new LanguagesPage(page);
  await languages.choose('fr');
  await expect(page.getByRole('heading', { level: 1, name: interfaceText('fr', 'keyProtection.unlockTitle') })).toBeVisible();
  await page.getByLabel(interfaceText('fr', 'keyProtection.passphrase')).fill('not the passphrase');
  await page.getByRole('button', { name: interfaceText('fr', 'keyProtection.unlock'), exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(interfaceText('fr', 'keyProtection.wrongPassphrase'));

  await languages.choose('en');
  await page.getByLabel('Passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Your coalitions' })).toBeVisible();
});

test('starting over with a new key is asked twice, and cancelling keeps the locked key', async ({ profile }) => {
  const page = await lockedAtStart(profile);
  const startOver = page.getByRole('button', { name: 'I have lost the passphrase: start with a new signing key' });

  await startOver.click();
  const question = page.getByRole('group', { name: interfaceText('en', 'keyProtection.forgottenConfirm') });
  await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectAccessible(page, 'unlock screen, start over asked');
  await page.keyboard.press('Enter');
  await expect(question).toBeHidden();
  await expect(startOver).toBeFocused();

  // Cancelled: the sealed key is still there and still opens.
  await page.reload();
  await page.getByLabel('Passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Your coalitions' })).toBeVisible();

  await page.reload();
  await page.getByRole('button', { name: 'I have lost the passphrase: start with a new signing key' }).click();
  await page.getByRole('button', { name: 'Yes, start with a new key' }).click();
  await expect(page.getByRole('heading', { name: 'Your coalitions' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your coalitions' })).toBeVisible();
});
