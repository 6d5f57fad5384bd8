import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/desk-fixtures';
import { DeskPage } from './support/desk-page';
import { interfaceText, LanguagesPage, type Language } from './support/languages-page';
import { MeetingsPage } from './support/meetings-page';
import { ProposalsPage } from './support/proposals-page';

declare global {
  interface Window {
    __sameDocument?: boolean;
  }
}

// Invented people and texts; everything else on the screens is the interface's.
const AMARA = { name: 'Amara Velde', organisation: 'Open Lines Trust', group: 'Civil society', region: 'Netherlands' };
const WORKSPACE = 'Coalition on Open Maps';
const CHARTER = 'Charter of the Coalition on Open Maps';
const PROPOSAL = { title: 'Adopt the charter', text: 'The coalition adopts the charter as drafted.' };
const MEETING = 'Mapping data working call';
const USER_CONTENT = [AMARA.name, AMARA.organisation, AMARA.region, WORKSPACE, CHARTER, PROPOSAL.title, PROPOSAL.text, MEETING, 'Amara', 'AV'];

interface Coalition {
  workspaceId: string;
  documentId: string;
  proposalId: string;
}

function idAfter(page: Page, pattern: RegExp): string {
  const match = pattern.exec(new URL(page.url()).hash);
  if (!match?.[1]) throw new Error(`no id in ${page.url()}`);
  return decodeURIComponent(match[1]);
}

/** A coalition with a charter, a proposal and a meeting, made in English, the browser's language. */
async function setUpCoalition(page: Page): Promise<Coalition> {
  const desk = new DeskPage(page);
  const proposals = new ProposalsPage(page);
  const meetings = new MeetingsPage(page);
  await desk.completeOnboarding(AMARA);
  await desk.createWorkspace(WORKSPACE);
  const workspaceId = idAfter(page, /^#\/w\/([^/]+)/);
  await desk.openTab('Documents');
  await desk.createDocument('Charter', CHARTER);
  const documentId = idAfter(page, /\/d\/([^/]+)$/);
  // The document screen has no tab bar: back to the workspace by its address.
  const languages = new LanguagesPage(page);
  await languages.go(`#/w/${workspaceId}/proposals`);
  await expect(page.getByRole('heading', { level: 2, name: 'Proposals and decisions', exact: true })).toBeVisible();
  await proposals.createProposal(PROPOSAL);
  const proposalId = idAfter(page, /\/p\/([^/]+)$/);
  await languages.go(`#/w/${workspaceId}/meetings`);
  await expect(page.getByRole('heading', { level: 2, name: 'Meetings', exact: true })).toBeVisible();
  const form = meetings.planForm();
  await form.getByLabel('Title').fill(MEETING);
  await form.getByLabel('Date and start time').fill('2026-03-10T14:00');
  await form.getByLabel('Duration in minutes').fill('60');
  await form.getByRole('button', { name: 'Create meeting' }).click();
  await expect(page.getByRole('heading', { level: 3, name: MEETING })).toBeVisible();
  return { workspaceId, documentId, proposalId };
}

interface Screen {
  name: string;
  hash: string;
  /** Shown once the screen has rendered in `language`. */
  ready: (page: Page, language: Language) => ReturnType<Page['getByRole']>;
}

function mainScreens({ workspaceId, documentId, proposalId }: Coalition): Screen[] {
  const heading = (level: number, key: string, values?: Record<string, string>) => (page: Page, language: Language) =>
    page.getByRole('heading', { level, name: interfaceText(language, key, values), exact: true });
  return [
    { name: 'workspace list', hash: '#/', ready: heading(1, 'workspaces.title') },
    { name: 'workspace overview', hash: `#/w/${workspaceId}/overview`, ready: heading(2, 'workspace.profile') },
    { name: 'a document', hash: `#/w/${workspaceId}/d/${documentId}`, ready: (page, language) => page.getByRole('textbox', { name: interfaceText(language, 'editor.bodyLabel', { title: CHARTER }) }) },
    { name: 'proposals', hash: `#/w/${workspaceId}/proposals`, ready: heading(2, 'proposals.title') },
    { name: 'a proposal', hash: `#/w/${workspaceId}/p/${proposalId}`, ready: heading(2, 'proposals.page.heading', { title: PROPOSAL.title }) },
    { name: 'meetings', hash: `#/w/${workspaceId}/meetings`, ready: heading(2, 'meetings.title') },
    { name: 'settings', hash: '#/settings', ready: heading(1, 'settings.title') },
  ];
}

async function showScreen(languages: LanguagesPage, screen: Screen, language: Language): Promise<void> {
  await languages.go(screen.hash);
  await expect(screen.ready(languages.page, language)).toBeVisible();
  await expect(languages.page.getByText(interfaceText(language, 'common.loading'))).toHaveCount(0);
}

// Not English although written in Latin letters: the product's name, codes and identifiers.
const NOT_ENGLISH = [/Coalition desk/g, /\b(?:Ctrl|Alt|Shift|Cmd)[+ ][\w+]+/g, /\b(?:Markdown|HTML|Word|DOCX|PDF|CSV)\b/g, /\b[A-Z][a-z]+\/[A-Za-z_]+\b/g, /\bUTC\b/g, /\b[a-z]+:\/\/\S*/g, /\.ics\b/g, /\bID\b/g, /\bBCP 47\b/g, /\b(?:pt-BR|zh-Hant|gsw|fr)\b/g];

/** Interface text that still has English words in it once user content and codes are taken out. */
function englishLeft(texts: readonly string[]): string[] {
  return texts.flatMap((text) => {
    let rest = text;
    // Longest first: a title can contain the workspace's name.
    for (const content of [...USER_CONTENT].sort((a, b) => b.length - a.length)) rest = rest.split(content).join(' ');
    for (const pattern of NOT_ENGLISH) rest = rest.replace(pattern, ' ');
    return /[A-Za-z]{2,}/.test(rest) ? [JSON.stringify(text)] : [];
  });
}

/** Where the app's name and the language menu sit across the width of the window. */
async function layout(page: Page) {
  const width = page.viewportSize()?.width ?? 0;
  const name = await page.locator('.app-name').boundingBox();
  const nav = await page.getByRole('navigation').first().boundingBox();
  const menu = await new LanguagesPage(page).menu().boundingBox();
  if (!name || !nav || !menu) throw new Error('header or menu not laid out');
  return { width, name, nav, menu };
}

test('a member picks Arabic on the first screen: right to left at once, Arabic on the proposal screen, and still so after a reload', async ({ profile }, testInfo) => {
  const page = profile.page;
  const languages = new LanguagesPage(page);
  await new DeskPage(page).open();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');

  // The very first screen offers the choice, before anything else is asked.
  await page.evaluate(() => {
    window.__sameDocument = true;
  });
  await languages.choose('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: interfaceText('ar', 'onboarding.title') })).toBeVisible();
  await expect(page.getByRole('button', { name: interfaceText('ar', 'onboarding.continue') })).toBeVisible();
  await expectAccessible(page, 'the first screen in Arabic');
  // Switched in place: the page was not reloaded.
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);

  // And back, for the English set-up below.
  await languages.choose('en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  const coalition = await setUpCoalition(page);

  await languages.go('#/');
  await expect(page.getByRole('heading', { level: 1, name: 'Your coalitions' })).toBeVisible();
  const leftToRight = await layout(page);
  expect(leftToRight.name.x).toBeLessThan(leftToRight.nav.x);
  expect(leftToRight.menu.x).toBeLessThan(leftToRight.width / 2);

  await languages.choose('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: interfaceText('ar', 'workspaces.title') })).toBeVisible();
  // Mirrored: the app's name starts the header at the right, the menu sits on the right.
  const rightToLeft = await layout(page);
  expect(rightToLeft.name.x).toBeGreaterThan(rightToLeft.nav.x);
  expect(rightToLeft.name.x + rightToLeft.name.width).toBeGreaterThan(rightToLeft.width - 64);
  expect(rightToLeft.menu.x).toBeGreaterThan(rightToLeft.width / 2);
  // For a person to look at (kept in test-results/): the bounding boxes above are what is asserted.
  await page.screenshot({ path: testInfo.outputPath('workspaces-ar.png'), fullPage: true });

  const proposal = mainScreens(coalition).find((screen) => screen.name === 'a proposal');
  if (!proposal) throw new Error('no proposal screen');
  await showScreen(languages, proposal, 'ar');
  await expect(page.getByRole('region', { name: interfaceText('ar', 'proposals.tally.title') })).toBeVisible();
  await expect(page.getByRole('link', { name: interfaceText('ar', 'proposals.backToList') })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('proposal-ar.png'), fullPage: true });

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(proposal.ready(page, 'ar')).toBeVisible();
});

test('in Chinese and in Russian the main screens show no English apart from what members wrote, and pass axe', async ({ profile }) => {
  test.setTimeout(240_000);
  const page = profile.page;
  const languages = new LanguagesPage(page);
  await new DeskPage(page).open();
  const screens = mainScreens(await setUpCoalition(page));

  // The check can fail: in English it finds English.
  await languages.go('#/');
  await expect(page.getByRole('heading', { level: 1, name: 'Your coalitions' })).toBeVisible();
  expect(englishLeft(await languages.visibleInterfaceText()).length).toBeGreaterThan(10);

  // Chosen on the first screen for one, in Settings for the other.
  for (const [language, where] of [['zh', '#/'], ['ru', '#/settings']] as const) {
    await languages.go(where);
    await expect(languages.menu()).toBeVisible();
    await languages.choose(language);
    for (const screen of screens) {
      await showScreen(languages, screen, language);
      expect(englishLeft(await languages.visibleInterfaceText()), `English left on ${screen.name} in ${language}`).toEqual([]);
      await expectAccessible(page, `${screen.name} in ${language}`);
    }
  }

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1, name: interfaceText('ru', 'settings.title') })).toBeVisible();
});

test('the main screens pass axe in Arabic, English, French and Spanish', async ({ profile }) => {
  test.setTimeout(240_000);
  const page = profile.page;
  const languages = new LanguagesPage(page);
  await new DeskPage(page).open();
  const screens = mainScreens(await setUpCoalition(page));
  for (const language of ['ar', 'fr', 'es', 'en'] as const) {
    await languages.go('#/settings');
    await languages.choose(language);
    for (const screen of screens) {
      await showScreen(languages, screen, language);
      await expectAccessible(page, `${screen.name} in ${language}`);
    }
  }
});

test("with no choice made, the app follows the browser's languages: Russian for ru-RU, English for a language it lacks", async ({ browser, baseURL }) => {
  for (const [locale, expected] of [['ru-RU', 'ru'], ['pt-BR', 'en']] as const) {
    const context = await browser.newContext({ locale, baseURL });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('lang', expected);
    await expect(page.getByRole('heading', { level: 1, name: interfaceText(expected, 'onboarding.title') })).toBeVisible();
    await expect(new LanguagesPage(page).menu()).toHaveValue(expected);
    await context.close();
  }
});
