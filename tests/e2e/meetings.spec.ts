import { expect, expectAccessible, test } from './support/desk-fixtures';
import { MeetingsPage, type InventedMember } from './support/meetings-page';

// Invented people in three zones. In March 2026 the US is already on summer time (from 8 March) and Europe not yet
// (from 29 March): Amsterdam is UTC+1, Kolkata UTC+5:30, Los Angeles UTC−7. Every date below is explicit.
// The slot suggestion offers only times still ahead, so the planning test uses Tuesday 12 March 2030, when the offsets
// are the same (US summer time from 10 March, Europe's from 31 March).
const CREATOR = { name: 'Amara Velde', organisation: 'Open Lines Trust', group: 'Civil society', region: 'Netherlands', timeZone: 'Europe/Amsterdam' };
const ISHAAN: InventedMember = { name: 'Ishaan Verma', group: 'Academia', role: 'Member', timeZone: 'Asia/Kolkata' };
const ROSA: InventedMember = { name: 'Rosa Delgado', group: 'Technical community', role: 'Member', timeZone: 'America/Los_Angeles' };
const WORKSPACE = 'Coalition on Open Maps';

test('planning a meeting across three zones flags the member it is night for, and suggests a fairer time', async ({ profile }) => {
  const meetings = new MeetingsPage(profile.page);
  const page = meetings.page;
  await meetings.setUpCoalition(CREATOR, WORKSPACE, [ISHAAN, ROSA]);
  await meetings.openTab();
  await expect(page.getByText('No meetings yet.')).toBeVisible();

  const form = meetings.planForm();
  await form.getByLabel('Title').fill('Mapping data working call');
  // 07:00 in Amsterdam is 11:30 in Kolkata and 23:00 the evening before in Los Angeles.
  await form.getByLabel('Date and start time').fill('2030-03-12T07:00');
  await form.getByLabel('Duration in minutes').fill('60');
  await expect(meetings.localTimeRow('Rosa Delgado')).toContainText('Night for Rosa Delgado');
  await expect(meetings.localTimeRow('Rosa Delgado')).toContainText('23:00–00:00');
  await expect(meetings.localTimeRow('Rosa Delgado')).toContainText('the day before');
  await expect(meetings.localTimeRow('Ishaan Verma')).toContainText('11:30–12:30');
  await expect(meetings.localTimeRow('Ishaan Verma')).not.toContainText('Night for');
  await expect(meetings.localTimeRow('Amara Velde')).not.toContainText('Night for');
  await expect(page.getByRole('status').filter({ hasText: '1 member would meet during their no-go hours: Rosa Delgado.' })).toBeVisible();
  // Nobody has had a night meeting yet, so the fairest slot is simply the first one at night for nobody: 14:00 in Amsterdam.
  await expect(form.getByText('Fairest start that day: Tuesday, 12 March 2030 at 14:00 (your time).')).toBeVisible();
  await expect(form.getByText('Nobody has to meet at night at this time.')).toBeVisible();
  await expectAccessible(page, 'planning a meeting');

  await form.getByRole('button', { name: 'Use this time' }).click();
  await expect(form.getByLabel('Date and start time')).toHaveValue('2030-03-12 14:00');
  await expect(page.getByRole('status').filter({ hasText: 'Nobody invited has to meet during their no-go hours.' })).toBeVisible();
  await expect(meetings.localTimeRow('Rosa Delgado')).toContainText('06:00–07:00');

  // Invalid input is refused field by field and nothing is stored.
  await form.getByLabel('Title').fill('');
  await form.getByRole('button', { name: 'Create meeting' }).click();
  await expect(form.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('This is required.')).toBeVisible();
  await form.getByLabel('Title').fill('Mapping data working call');
  await form.getByRole('button', { name: 'Create meeting' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Mapping data working call' })).toBeVisible();
  await expect(page.getByText('Tuesday, 12 March 2030 at 14:00')).toBeVisible();
  await expectAccessible(page, 'meeting page');

  // Calendar export: the meeting in the organiser's zone.
  const ics = await meetings.download(page.getByRole('button', { name: 'Download calendar file (.ics)' }));
  expect(ics.name).toBe('mapping-data-working-call.ics');
  expect(ics.text).toContain('BEGIN:VCALENDAR');
  expect(ics.text).toContain('DTSTART;TZID=Europe/Amsterdam:20300312T140000');
  expect(ics.text).toContain('SUMMARY:Mapping data working call');

  // Calendar import: a broken file says why and changes nothing; an invitation adds its meeting.
  await meetings.openSection('Meetings');
  const file = page.getByLabel('Calendar file (.ics)');
  await file.setInputFiles({ name: 'broken.ics', mimeType: 'text/calendar', buffer: Buffer.from('this is not a calendar') });
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was imported. This is not a readable calendar file.' })).toBeVisible();
  await expect(page.getByRole('table', { name: /^Meetings of this coalition/ }).getByRole('rowheader')).toHaveCount(1);
  const invitation = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Invented//Calendar//EN',
    'BEGIN:VEVENT',
    'UID:steering-42@invented.example',
    'DTSTAMP:20260301T090000Z',
    'DTSTART:20260317T130000Z',
    'DTEND:20260317T140000Z',
    'SUMMARY:Steering group check-in',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
  await file.setInputFiles({ name: 'invite.ics', mimeType: 'text/calendar', buffer: Buffer.from(invitation) });
  await expect(page.getByRole('status').filter({ hasText: '1 meeting imported:' })).toBeVisible();
  // Soonest first: the imported March 2026 call comes before the one planned for 2030.
  await expect(page.getByRole('table', { name: /^Meetings of this coalition/ }).getByRole('rowheader')).toHaveText(['Steering group check-in', 'Mapping data working call']);
  await expectAccessible(page, 'meetings list');
});

test('a date poll becomes a meeting with an agenda, minutes, actions and a summary report', async ({ profile }) => {
  const meetings = new MeetingsPage(profile.page);
  const page = meetings.page;
  await meetings.setUpCoalition(CREATOR, WORKSPACE, [ISHAAN, ROSA]);
  await meetings.openTab();

  await meetings.openSection('Polls');
  // 07:00 in Amsterdam is 23:00 the evening before in Los Angeles; 15:00 is 07:00 there and 19:30 in Kolkata.
  await meetings.createDatePoll('Main session planning', ['2026-03-12T07:00', '2026-03-12T15:00']);
  const slots = page.getByRole('table', { name: /^Proposed slots/ });
  await expect(slots.getByRole('row').filter({ hasText: '07:00' })).toContainText('Rosa Delgado');
  await meetings.answerSlot(/07:00/, 'No');
  await meetings.answerSlot(/15:00/, 'Yes');
  await expect(page.getByRole('status').filter({ hasText: 'Best slot so far: Thursday, 12 March 2026 at 15:00 (1 yes, 0 if need be, 0 no).' })).toBeVisible();
  await expectAccessible(page, 'date poll');
  await page.getByRole('button', { name: 'Schedule this slot' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Main session planning' })).toBeVisible();
  await expect(page.getByText('Thursday, 12 March 2026 at 15:00')).toBeVisible();

  // Agenda: three items, reordered with the keyboard-reachable buttons, timed against the hour.
  await meetings.addAgendaItem('Main session proposal', 25, 'Ishaan Verma');
  await meetings.addAgendaItem('AOB', 10);
  await meetings.addAgendaItem('Annual report', 20, 'Rosa Delgado');
  await page.getByRole('button', { name: 'Move up Annual report' }).click();
  await expect(meetings.agendaTitles()).toHaveText(['Main session proposal', 'Annual report', 'AOB']);
  await expect(page.getByRole('button', { name: 'Move up Annual report' })).toBeFocused();
  await expect(page.getByText('The agenda takes 55 of the meeting\'s 60 minutes; 5 minutes are left for AOB and wrap-up.')).toBeVisible();
  // Pointer users drag rows; the result is the same reorder.
  await meetings.agendaTitles().filter({ hasText: 'AOB' }).dragTo(meetings.agendaTitles().filter({ hasText: 'Annual report' }));
  await expect(meetings.agendaTitles()).toHaveText(['Main session proposal', 'AOB', 'Annual report']);
  await page.getByRole('button', { name: 'Move up Annual report' }).click();
  await expect(meetings.agendaTitles()).toHaveText(['Main session proposal', 'Annual report', 'AOB']);
  // The chair times the item under discussion.
  await page.getByRole('button', { name: 'Start the timer for Main session proposal' }).click();
  await expect(page.getByRole('timer', { name: 'Time for Main session proposal' })).toHaveText(/^2[45]:\d\d left$/);

  await meetings.setAttendance('Amara Velde', 'Present online');
  await meetings.setAttendance('Ishaan Verma', 'Present in person');
  await meetings.setAttendance('Rosa Delgado', 'Apologies');
  await expect(page.getByText('2 present (1 online, 1 in person), 1 sent apologies.')).toBeVisible();

  // The speaking queue is the workspace's: the chair raises a hand for Ishaan in the room, Amara raises her own.
  const queue = page.getByRole('region', { name: 'Speaking queue' });
  const floor = queue.getByRole('status');
  await queue.getByLabel('Member').selectOption({ label: 'Ishaan Verma' });
  await queue.getByRole('button', { name: 'Raise hand' }).click();
  await queue.getByLabel('Member').selectOption({ label: 'Amara Velde' });
  await queue.getByRole('button', { name: 'Raise hand' }).click();
  await expect(queue.getByRole('list', { name: 'Raised hands, in order' }).getByRole('listitem')).toHaveText([/^Ishaan Verma/, /^Amara Velde/]);
  await expect(floor).toHaveText('Nobody has the floor. Your hand is up: you are number 2 in the queue.');
  await queue.getByRole('button', { name: 'Give the floor to the next speaker' }).click();
  await expect(floor).toHaveText(/^Now speaking: Ishaan Verma, since \d\d:\d\d\. Your hand is up: you are number 1 in the queue\.$/);
  await page.getByRole('form', { name: 'Adoption of the agenda' }).getByRole('button', { name: 'Record adoption' }).click();
  await expect(page.getByText(/^The agenda was adopted without changes\. \(recorded /)).toBeVisible();

  const first = meetings.itemMinutes(1, 'Main session proposal');
  await meetings.addKeyPoint(first, 'The session should showcase tangible outcomes, not only process.');
  await meetings.addKeyPoint(first, 'Other coalitions are welcome to contribute from the floor.');
  await meetings.addNextStep(first, 'Draft the session concept note', ['Ishaan Verma'], '2026-03-31');
  await meetings.addNextStep(first, 'Invite the panellists', ['Amara Velde']);
  const second = meetings.itemMinutes(2, 'Annual report');
  await meetings.addKeyPoint(second, 'The annual report is due on 31 January.');
  await expectAccessible(page, 'minutes');

  await first.getByRole('button', { name: 'Make an action Draft the session concept note' }).click();
  await expect(first.getByText('(tracked as an action)')).toBeVisible();
  await first.getByRole('button', { name: 'Make an action Invite the panellists' }).click();
  await expect(first.getByText('(tracked as an action)')).toHaveCount(2);

  const report = await meetings.download(page.getByRole('button', { name: 'Download summary (Markdown)' }));
  expect(report.name).toBe('main-session-planning-2026-03-12-summary.md');
  const text = report.text;
  expect(text).toContain(`**${WORKSPACE}**`);
  expect(text).toContain('**Virtual meeting \\| 12 March 2026**');
  expect(text).toContain('Summary report');
  expect(text).toContain('**Adoption of the agenda**');
  const section1 = text.slice(text.indexOf('## 1. Main session proposal'), text.indexOf('## 2. Annual report'));
  expect(section1).toContain('### Key points raised\n\n- The session should showcase tangible outcomes, not only process.\n- Other coalitions are welcome to contribute from the floor.');
  expect(section1).toContain('### Next steps\n\n- Draft the session concept note (Ishaan Verma, by 31 March 2026)\n- Invite the panellists (Amara Velde)');
  expect(text).toContain('## 2. Annual report\n\n### Key points raised\n\n- The annual report is due on 31 January.');
  expect(text).toContain('## 3. AOB');
  const annex = text.slice(text.indexOf('## Annex 1'));
  expect(annex).toContain('### Participants\n\n- Amara Velde (Open Lines Trust), online\n- Ishaan Verma, in person');
  expect(annex).toContain('### Apologies\n\n- Rosa Delgado');
  const html = await meetings.download(page.getByRole('button', { name: 'Download summary (HTML)' }));
  expect(html.text).toContain('<h3>Key points raised</h3>');
  expect(html.text).toContain('<h3>Participants</h3>');
  await expectAccessible(page, 'meeting page with minutes');

  // Circulating opens a comment period; approval waits for its end, and says so instead of offering a dead button.
  await page.getByLabel('Comment period in days').fill('3');
  await page.getByRole('button', { name: 'Circulate for comments' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Circulated for comments on / })).toBeVisible();
  await expect(page.getByText(/^The minutes can be approved once the comment period ends/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Approve minutes' })).toHaveCount(0);

  // Actions: each deadline on the owner's clock. Midnight ending 31 March in Amsterdam (summer time from 29 March, UTC+2)
  // is 03:30 on 1 April in Kolkata. The creator is the coordinator, so may mark anyone's action done.
  await meetings.openSection('Actions');
  const actions = page.getByRole('table', { name: 'Actions' });
  const drafting = actions.getByRole('row').filter({ hasText: 'Draft the session concept note' });
  await expect(drafting).toContainText('31 March 2026 (set in Europe/Amsterdam)');
  await expect(drafting).toContainText('Ishaan Verma: before 1 April 2026 at 03:30 (Asia/Kolkata)');
  await expect(page.getByText('Only an action\'s owners or a coordinator can mark it done.')).toBeVisible();
  const inviting = actions.getByRole('row').filter({ hasText: 'Invite the panellists' });
  await expect(inviting).toContainText('No deadline');
  await inviting.getByRole('button', { name: 'Mark done Invite the panellists' }).click();
  await expect(inviting).toContainText('Done');
  await expect(inviting.getByRole('button', { name: 'Reopen Invite the panellists' })).toBeVisible();
  await expect(drafting.getByRole('button', { name: 'Mark done Draft the session concept note' })).toBeVisible();
  await expectAccessible(page, 'actions');

  // The queue is stored with the workspace, not in the page: it is all still there after a reload.
  await page.reload();
  await meetings.openTab();
  await page.getByRole('button', { name: 'Main session planning' }).click();
  await expect(floor).toHaveText(/^Now speaking: Ishaan Verma, since \d\d:\d\d\. Your hand is up: you are number 1 in the queue\.$/);
  await expect(queue.getByText('Has spoken: Ishaan Verma.')).toBeVisible();
});

test('a show of hands picks a session title', async ({ profile }) => {
  const meetings = new MeetingsPage(profile.page);
  const page = meetings.page;
  await meetings.setUpCoalition(CREATOR, WORKSPACE, [ISHAAN]);
  await meetings.openTab();
  await meetings.openSection('Polls');
  const form = page.getByRole('form', { name: 'New choice poll' });
  await form.getByLabel('Question').fill('Title of the main session');
  await form.getByLabel('Options').fill('Maps for everyone\nOpen data, open borders\nmaps for everyone');
  await form.getByRole('button', { name: 'Create choice poll' }).click();
  await expect(form.getByText('Each option must be different.')).toBeVisible();
  await form.getByLabel('Options').fill('Maps for everyone\nOpen data, open borders');
  await form.getByRole('button', { name: 'Create choice poll' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Title of the main session' })).toBeVisible();
  await page.getByRole('radio', { name: 'Open data, open borders' }).check();
  await page.getByRole('button', { name: 'Vote', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Leading: Open data, open borders.' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Open data, open borders' })).toContainText('Amara Velde');
  await expectAccessible(page, 'choice poll');
  await page.getByRole('button', { name: 'Close poll' }).click();
  await expect(page.getByRole('button', { name: 'Vote', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Reopen poll' })).toBeVisible();
});
