import { expect, test } from './support/desk-fixtures';
import { DeskPage } from './support/desk-page';

const person = { name: 'Amara Velde', organisation: 'Open Lines Trust', group: 'Civil society', region: 'Netherlands' };

// Any address a member is sent or types must give a readable screen, and leave the app usable.
test('a broken % escape in a join or workspace address shows a message, and the app stays usable', async ({ profile }) => {
  const amara = new DeskPage(profile.page);
  await amara.open();
  await amara.completeOnboarding(person);
  await amara.createWorkspace('Coalition on Open Maps');
  for (const hash of ['#/join/CD1.%E0%A4%A', '#/join/%', '#/w/%zz/documents', '#/w/abc/d/%ff%fe']) {
    await amara.page.goto(`./${hash}`);
    await expect(amara.page.getByRole('heading', { level: 1, name: 'This address cannot be opened' })).toBeVisible();
    await expect(amara.page.getByRole('alert')).toContainText('broken “%” escape');
    // Navigating elsewhere works without a reload.
    await amara.page.getByRole('link', { name: 'Go to your workspaces' }).click();
    await expect(amara.page.getByRole('heading', { name: 'Your coalitions' })).toBeVisible();
    await amara.page.getByRole('link', { name: 'Coalition on Open Maps' }).click();
    await expect(amara.page.getByRole('heading', { level: 1, name: 'Coalition on Open Maps' })).toBeVisible();
  }
});

test('a 2 MB join link is refused at once with a message, and a pasted megabyte too', async ({ profile }) => {
  const amara = new DeskPage(profile.page);
  await amara.open();
  await amara.completeOnboarding(person);
  // Made in the page, as a click on a link would, so the test's own transfer of 2 MB is not timed.
  const started = Date.now();
  await amara.page.evaluate((length) => {
    window.location.hash = `#/join/CD1.${'A'.repeat(length)}`;
  }, 2 * 1024 * 1024 - 100);
  await expect(amara.page.getByRole('alert')).toContainText('far longer than any address Coalition desk makes', { timeout: 20_000 });
  // Chromium alone takes about a second to take a 2 MB address; the app used to freeze for over 30.
  expect(Date.now() - started, 'milliseconds to show the message').toBeLessThan(20_000);
  await amara.page.getByRole('link', { name: 'Workspaces', exact: true }).click();
  await expect(amara.page.getByRole('heading', { name: 'Your coalitions' })).toBeVisible();

  const pasted = Date.now();
  await amara.page.getByLabel('Invite code or link').fill(`CD1.${'A'.repeat(1024 * 1024)}`);
  await expect(amara.page.locator('#join-code-error')).toContainText('far longer than any invite');
  await amara.page.getByRole('button', { name: 'Join workspace' }).click();
  await expect(amara.page.locator('#join-code-error')).toContainText('far longer than any invite');
  expect(Date.now() - pasted, 'milliseconds to refuse the pasted megabyte').toBeLessThan(20_000);
  // Still usable: a workspace can be created from the same screen.
  await amara.createWorkspace('Coalition on Open Maps');
});

test('a valid invite pasted from an email, with spaces, line breaks, a zero-width space, quotes and a full stop, is read', async ({ profile, openPeer }) => {
  const amara = new DeskPage(profile.page);
  await amara.open();
  await amara.completeOnboarding(person);
  await amara.createWorkspace('Coalition on Open Maps');
  const code = await amara.newInviteCode();

  const ko = new DeskPage((await openPeer()).page);
  await ko.open();
  await ko.completeOnboarding({ name: 'Ko Tanaka', organisation: 'Harbour Data Lab', group: 'Technical community', region: 'Japan' });
  const mailed = `  \u200f“${code.slice(0, 40)}\n${code.slice(40, 80)}\u200b${code.slice(80)}”. \n`;
  await ko.joinWith(mailed);
  await expect(ko.page.getByRole('heading', { level: 1, name: 'Coalition on Open Maps' })).toBeVisible();
});

test('a 100,000-character paste into a form field is cut with a message, and typing in a long field stays quick', async ({ profile }) => {
  const amara = new DeskPage(profile.page);
  await amara.open();
  await amara.completeOnboarding(person);
  await amara.createWorkspace('Coalition on Open Maps');
  await amara.openTab('Members');
  const name = amara.memberForm().getByLabel('Name');
  await name.fill('x'.repeat(100_000));
  await expect(amara.memberForm().getByText('This field takes at most 40,000 characters')).toBeVisible();
  expect(await name.evaluate((input: HTMLInputElement) => input.value.length)).toBe(40_000);
  await amara.memberForm().getByRole('button', { name: 'Add member' }).click();
  await expect(amara.memberForm().getByText('This is too long.')).toBeVisible();

  // Typing at the end of a 30,000-character text area: each key used to cost seconds of layout.
  await amara.page.getByRole('link', { name: 'Workspaces', exact: true }).click();
  const objectives = amara.page.getByRole('form', { name: 'Create workspace' }).getByLabel('Objectives');
  await objectives.fill('Open maps for every coalition. '.repeat(1_000));
  await objectives.press('End');
  const started = Date.now();
  await objectives.pressSequentially(' Shared data.');
  await expect.poll(() => objectives.evaluate((area: HTMLTextAreaElement) => area.value.endsWith('coalition.  Shared data.'))).toBe(true);
  expect(Date.now() - started, 'milliseconds to type 13 keys at the end of 31,000 characters').toBeLessThan(10_000);
});

// What made these forms slow: every keystroke re-rendered the whole form, and with it the time-zone
// list, the local-times preview and the fairness suggestion, whose arithmetic goes through
// Intl.DateTimeFormat. Counted, not timed, so a loaded machine cannot make it flaky.
test('a keystroke in a form field does no time-zone arithmetic', async ({ profile }) => {
  await profile.page.addInitScript(() => {
    const counts = { formats: 0 };
    (window as unknown as { intlCalls: typeof counts }).intlCalls = counts;
    const Original = Intl.DateTimeFormat;
    const originalParts = Original.prototype.formatToParts;
    Original.prototype.formatToParts = function (this: Intl.DateTimeFormat, ...args: Parameters<typeof originalParts>) {
      counts.formats++;
      return originalParts.apply(this, args);
    };
    Intl.DateTimeFormat = new Proxy(Original, {
      construct(target, args: ConstructorParameters<typeof Original>) {
        counts.formats++;
        return new target(...args);
      },
      apply(target, _self, args: ConstructorParameters<typeof Original>) {
        counts.formats++;
        return target(...args);
      },
    });
  });
  const amara = new DeskPage(profile.page);
  await amara.open();
  await amara.completeOnboarding(person);
  await amara.createWorkspace('Coalition on Open Maps');
  const calls = () => amara.page.evaluate(() => (window as unknown as { intlCalls: { formats: number } }).intlCalls.formats);
  const typeInto = async (field: ReturnType<typeof amara.page.getByRole>, text: string) => {
    await field.fill('x'.repeat(10_000));
    await field.press('End');
    const before = await calls();
    await field.pressSequentially(text);
    await expect(field).toHaveValue(new RegExp(`${text}$`));
    return (await calls()) - before;
  };

  await amara.openTab('Members');
  expect(await typeInto(amara.memberForm().getByLabel('Name'), 'Ko Tanaka'), 'date formats made while typing a member name').toBe(0);

  await amara.page.getByRole('navigation', { name: 'Workspace sections' }).getByRole('link', { name: 'Meetings' }).click();
  const plan = amara.page.getByRole('form', { name: 'Plan a meeting' });
  await plan.getByLabel('Date and start time').fill('2026-12-03T14:00');
  await expect(plan.getByRole('table')).toBeVisible();
  expect(await typeInto(plan.getByRole('textbox', { name: 'Title', exact: true }), 'Steering committee'), 'date formats made while typing a meeting title').toBe(0);
});
