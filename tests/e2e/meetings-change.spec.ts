import { expect, expectAccessible, test } from './support/desk-fixtures';
import { MeetingsPage, type InventedMember } from './support/meetings-page';

// Invented people. Dates lie in 2030 so they stay in the future; Amsterdam is UTC+1 until 31 March 2030.
const CREATOR = { name: 'Amara Velde', organisation: 'Open Lines Trust', group: 'Civil society', region: 'Netherlands', timeZone: 'Europe/Amsterdam' };
const ISHAAN: InventedMember = { name: 'Ishaan Verma', group: 'Academia', role: 'Member', timeZone: 'Asia/Kolkata' };
const WORKSPACE = 'Coalition on Open Maps';

const line = (ics: string, name: string): string | undefined =>
  ics
    .split('\r\n')
    .find((entry) => entry.startsWith(`${name}:`))
    ?.slice(name.length + 1);

test('a rescheduled meeting keeps its calendar UID with a higher SEQUENCE, and a cancelled one is sent as CANCEL', async ({ profile }) => {
  const meetings = new MeetingsPage(profile.page);
  const page = meetings.page;
  await meetings.setUpCoalition(CREATOR, WORKSPACE, [ISHAAN]);
  await meetings.openTab();
  const plan = meetings.planForm();
  await plan.getByLabel('Title').fill('Steering call');
  await plan.getByLabel('Date and start time').fill('2030-03-12 14:00');
  await plan.getByLabel('Duration in minutes').fill('60');
  await plan.getByRole('button', { name: 'Create meeting' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Steering call' })).toBeVisible();

  const download = page.getByRole('button', { name: 'Download calendar file (.ics)' });
  const first = (await meetings.download(download)).text;
  expect(line(first, 'SEQUENCE')).toBe('0');
  expect(line(first, 'METHOD')).toBe('PUBLISH');

  await page.getByRole('button', { name: 'Change time, duration, format or invitees…' }).click();
  const form = page.getByRole('form', { name: 'Change or cancel this meeting' });
  // A time already past is refused inline, and so is an end before the start.
  await form.getByLabel('Date and start time').fill('2026-01-05 10:00');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByText('A meeting can only be moved to a time in the future.')).toBeVisible();
  await expect(form.getByLabel('Date and start time')).toHaveAttribute('aria-invalid', 'true');

  await form.getByLabel('Date and start time').fill('2030-03-14 16:30');
  await form.getByLabel('Duration in minutes').fill('90');
  await form.getByLabel('Format').selectOption({ label: 'Hybrid' });
  await form.getByRole('group', { name: 'Invited members' }).getByLabel(/^Ishaan Verma/).uncheck();
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByText('Changes saved.', { exact: false })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Changes to this meeting' })).toContainText(
    'Rescheduled from Tuesday, 12 March 2030 at 14:00 to Thursday, 14 March 2030 at 16:30',
  );
  await expect(page.getByRole('list', { name: 'Changes to this meeting' })).toContainText('by Amara Velde');
  await expect(page.getByText('Thursday, 14 March 2030 at 16:30').first()).toBeVisible();
  await expectAccessible(page, 'changing a meeting');

  const second = (await meetings.download(download)).text;
  expect(line(second, 'UID')).toBe(line(first, 'UID'));
  expect(Number(line(second, 'SEQUENCE'))).toBeGreaterThan(Number(line(first, 'SEQUENCE')));
  expect(second).toContain('DTSTART;TZID=Europe/Amsterdam:20300314T163000');
  expect(second).toContain('DTEND;TZID=Europe/Amsterdam:20300314T180000');

  await page.getByRole('button', { name: 'Cancel this meeting' }).click();
  await page.getByRole('button', { name: 'Yes, cancel the meeting' }).click();
  await expect(page.getByText(/^Cancelled by Amara Velde on /)).toBeVisible();
  await expect(page.getByRole('form', { name: 'Change or cancel this meeting' })).toHaveCount(0);
  const third = (await meetings.download(download)).text;
  expect(line(third, 'METHOD')).toBe('CANCEL');
  expect(line(third, 'STATUS')).toBe('CANCELLED');
  expect(line(third, 'UID')).toBe(line(first, 'UID'));
  expect(Number(line(third, 'SEQUENCE'))).toBeGreaterThan(Number(line(second, 'SEQUENCE')));

  // The list says so too, after a reload from IndexedDB.
  await page.reload();
  await meetings.openTab();
  const row = page.getByRole('row').filter({ has: page.getByRole('button', { name: 'Steering call' }) });
  await expect(row).toContainText('Cancelled by Amara Velde');
  await expectAccessible(page, 'meetings list with a cancelled meeting');
});

// Six more invented members, so seven ballots: the hand-computed example of tests/unit/meetings/ranked-poll.test.ts.
const VOTERS: InventedMember[] = ['Kofi Asante', 'Lena Hartmann', 'Mei Tanaka', 'Nikolai Orlov', 'Paula Rivas', 'Samir Haddad'].map((name) => ({
  name,
  group: 'Academia',
  role: 'Member',
  timeZone: 'Europe/Amsterdam',
}));

test('a ranked-choice poll shows the instant-runoff rounds of the hand-computed example', async ({ profile }) => {
  const meetings = new MeetingsPage(profile.page);
  const page = meetings.page;
  await meetings.setUpCoalition(CREATOR, WORKSPACE, VOTERS);
  await meetings.openTab();
  await meetings.openSection('Polls');
  const form = page.getByRole('form', { name: 'New ranked-choice poll' });
  await form.getByLabel('Question').fill('Where should the 2030 retreat be held?');
  await form.getByLabel('Options').fill('Nairobi');
  await form.getByRole('button', { name: 'Create ranked-choice poll' }).click();
  await expect(form.getByText('A ranked poll needs at least two options.')).toBeVisible();
  await form.getByLabel('Options').fill('Nairobi\nMontevideo\nTbilisi\nHanoi');
  await form.getByRole('button', { name: 'Create ranked-choice poll' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Where should the 2030 retreat be held?' })).toBeVisible();

  const ballot = page.getByRole('form', { name: 'Ballot' });
  const cast = async (voter: string, ranking: string[]) => {
    await ballot.getByLabel('Ballot of').selectOption({ label: voter });
    for (const [index, option] of ranking.entries()) await ballot.getByLabel(`Rank for ${option}`).selectOption(String(index + 1));
    await ballot.getByRole('button', { name: 'Save ballot' }).click();
    await expect(ballot.getByRole('status')).toHaveText(`Ballot of ${voter} saved.`);
  };
  await cast('Amara Velde', ['Nairobi']);
  await cast('Kofi Asante', ['Nairobi']);
  await cast('Lena Hartmann', ['Nairobi']);
  await cast('Mei Tanaka', ['Montevideo']);
  await cast('Nikolai Orlov', ['Montevideo']);
  await cast('Paula Rivas', ['Tbilisi', 'Montevideo']);
  await cast('Samir Haddad', ['Hanoi', 'Tbilisi']);

  const counts = async (round: number) =>
    page
      .getByRole('table', { name: `Round ${round}` })
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => (row.textContent ?? '').trim()));
  expect(await counts(1)).toEqual(['Nairobi3', 'Montevideo2', 'Tbilisi1', 'Hanoi1']);
  expect(await counts(2)).toEqual(['Nairobi3', 'Montevideo2', 'Tbilisi2']);
  expect(await counts(3)).toEqual(['Nairobi3', 'Montevideo3']);
  expect(await counts(4)).toEqual(['Nairobi3']);
  await expect(page.getByRole('table', { name: 'Round 1' })).toContainText('Eliminated: Hanoi. Tie for fewest settled by the order of the options.');
  await expect(page.getByRole('table', { name: 'Round 2' })).toContainText('Eliminated: Tbilisi. Tie for fewest settled by an earlier round.');
  await expect(page.getByRole('table', { name: 'Round 3' })).toContainText('Exhausted ballots: 1. Eliminated: Montevideo.');
  await expect(page.getByRole('table', { name: 'Round 4' })).toContainText('Exhausted ballots: 4.');
  await expect(page.getByRole('table', { name: 'Round 4' })).toContainText('Nairobi has more than half of the ballots still counting.');
  await expect(page.getByRole('status').filter({ hasText: 'Winner: Nairobi (rounds: 4).' })).toBeVisible();
  await expectAccessible(page, 'ranked-choice poll');
});
