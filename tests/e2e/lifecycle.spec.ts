import { expect, expectAccessible, test } from './support/desk-fixtures';
import { DeskPage } from './support/desk-page';
import { LifecyclePage } from './support/lifecycle-page';
import { ProposalsPage } from './support/proposals-page';

const AMENDING = 'How this document is amended';

test('a coordinator takes a charter from draft through review and a consensus call to adopted and published, then starts a new draft', async ({ profile }) => {
  test.setTimeout(120_000);
  const page = profile.page;
  const desk = new DeskPage(page);
  await desk.open();
  await desk.completeOnboarding({ name: 'Amara Velde', organisation: 'Open Lines Trust', group: 'Civil society', region: 'Netherlands' });
  await desk.createWorkspace('Coalition on Open Maps', 'COM');
  await desk.openTab('Documents');
  await desk.createDocument('Charter', 'Charter');
  const lifecycle = new LifecyclePage(page);
  await lifecycle.expectStage('Draft');
  await expect(lifecycle.history()).toHaveCount(0);

  // Bad input: no end date, then one in the past; the stage does not move.
  await lifecycle.step('Send for review').click();
  await expect(lifecycle.reviewEnd()).toHaveAccessibleDescription(/Give the day the review closes\./);
  await lifecycle.reviewEnd().fill(await lifecycle.dayFromToday(-1));
  await lifecycle.step('Send for review').click();
  await expect(lifecycle.reviewEnd()).toHaveAccessibleDescription(/The review must close in the future\./);
  await lifecycle.expectStage('Draft');

  await lifecycle.reviewEnd().fill(await lifecycle.dayFromToday(3));
  await lifecycle.step('Send for review').click();
  await lifecycle.expectStage('In review');
  await expect(lifecycle.region()).toContainText('Review closes in 3 days');

  // A proposal on the charter, for the consensus call.
  const proposals = new ProposalsPage(page);
  await page.getByRole('link', { name: 'Back to documents' }).click();
  await proposals.openTab();
  await proposals.createProposal({ title: 'Adopt the charter', text: 'The coalition adopts the charter as drafted.', document: 'Charter' });
  await desk.openTab('Documents');
  // The list shows the stage the signed transitions establish.
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Charter' }) })).toContainText('In review');
  await page.getByRole('link', { name: 'Charter' }).click();
  await lifecycle.step('Call for consensus').click();
  await expect(lifecycle.region().getByLabel('Proposal for the consensus call')).toHaveAccessibleDescription(/Choose the proposal for the consensus call\./);
  await lifecycle.region().getByLabel('Proposal for the consensus call').selectOption({ label: 'Adopt the charter' });
  await lifecycle.step('Call for consensus').click();
  await lifecycle.expectStage('Consensus call');
  await expect(lifecycle.region()).toContainText('To mark it adopted, first record a decision adopting “Adopt the charter”.');
  await expect(lifecycle.step('Mark as adopted')).toHaveCount(0);

  // The coalition decides; the decision is what adoption names.
  await lifecycle.region().getByRole('link', { name: 'Adopt the charter', exact: true }).click();
  await proposals.takePosition('Support');
  await proposals.recordDecision({ outcome: 'Adopted', summary: 'Adopted as drafted.' });
  await desk.openTab('Documents');
  await page.getByRole('link', { name: 'Charter' }).click();
  await expect(lifecycle.region()).toContainText('Decision on “Adopt the charter”: Adopted');
  await lifecycle.step('Mark as adopted').click();
  await lifecycle.expectStage('Adopted');

  // Who, when and which decision, for every step.
  await expect(lifecycle.history()).toHaveCount(3);
  await expect(lifecycle.history().nth(0)).toContainText('Draft → In review, by Amara Velde');
  await expect(lifecycle.history().nth(1)).toContainText('In review → Consensus call, by Amara Velde');
  await expect(lifecycle.history().nth(1)).toContainText('proposal “Adopt the charter”');
  await expect(lifecycle.history().nth(2)).toContainText('Consensus call → Adopted, by Amara Velde');
  await expect(lifecycle.history().nth(2)).toContainText('decision on “Adopt the charter”: Adopted');

  // The adopted text is locked: read-only, with a note, no toolbar, and typing changes nothing.
  const body = desk.editorBody();
  await expect(page.getByRole('note', { name: 'Locked text' })).toContainText('This document is Adopted: its text is locked.');
  await expect(body).toHaveAttribute('contenteditable', 'false');
  await expect(body).toHaveAttribute('aria-readonly', 'true');
  await expect(page.getByRole('toolbar')).toHaveCount(0);
  const before = await body.innerText();
  await body.getByText(AMENDING).click();
  await page.keyboard.type('Nobody may type here.');
  await expect(body).not.toContainText('Nobody may type here.');
  expect(await body.innerText()).toBe(before);

  await lifecycle.region().getByRole('button', { name: 'View the adopted text' }).click();
  const adopted = page.getByRole('region', { name: 'The adopted text' });
  await expect(adopted).toContainText(AMENDING);
  await expectAccessible(page, 'adopted document with its history and adopted text');

  // Published is locked too.
  await lifecycle.step('Publish').click();
  await lifecycle.expectStage('Published');
  await expect(page.getByRole('note', { name: 'Locked text' })).toContainText('This document is Published: its text is locked.');
  await expect(body).toHaveAttribute('contenteditable', 'false');

  // A new draft unlocks the text; the adopted text stays as it was.
  await page.getByRole('button', { name: 'Start a new draft' }).click();
  await lifecycle.expectStage('Draft');
  await expect(body).toHaveAttribute('contenteditable', 'true');
  await body.getByText(AMENDING).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Amended after adoption.');
  await expect(body).toContainText('Amended after adoption.');
  await expect(lifecycle.history()).toHaveCount(5);
  await expect(lifecycle.history().nth(3)).toContainText('Adopted → Published, by Amara Velde');
  await expect(lifecycle.history().nth(4)).toContainText('Published → Draft, by Amara Velde');
  // Still open from before: the adopted charter stays retrievable while the new draft is worked on.
  await expect(lifecycle.region().getByRole('button', { name: 'Hide the adopted text' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('region', { name: 'The adopted text' })).toContainText(AMENDING);
  await expect(page.getByRole('region', { name: 'The adopted text' })).not.toContainText('Amended after adoption.');
  await expectAccessible(page, 'new draft after adoption');
});
