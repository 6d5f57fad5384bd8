import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { DeskPage } from './desk-page';

export interface InventedMember {
  name: string;
  group: string;
  role: string;
  timeZone: string;
}

/** The Meetings tab as a user reaches it: by role and label, keyboard-usable controls only. */
export class MeetingsPage {
  readonly desk: DeskPage;

  constructor(readonly page: Page) {
    this.desk = new DeskPage(page);
  }

  /** Onboards the creator in a chosen zone, creates the workspace and adds members, each in their own zone. */
  async setUpCoalition(creator: { name: string; organisation: string; group: string; region: string; timeZone: string }, workspace: string, members: InventedMember[]): Promise<void> {
    await this.desk.open();
    const identity = this.page.getByRole('form', { name: 'Your identity' });
    await expect(identity.getByLabel('Time zone')).not.toHaveValue('');
    await identity.getByLabel('Time zone').fill(creator.timeZone);
    await this.desk.completeOnboarding(creator);
    await this.desk.createWorkspace(workspace);
    await this.desk.openTab('Members');
    for (const member of members) {
      await this.desk.memberForm().getByLabel('Time zone').fill(member.timeZone);
      await this.desk.addMember(member);
      await expect(this.page.getByRole('rowheader', { name: member.name })).toBeVisible();
    }
  }

  async openTab(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Workspace sections' }).getByRole('link', { name: 'Meetings' }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: 'Meetings', exact: true })).toBeVisible();
  }

  async openSection(name: 'Meetings' | 'Polls' | 'Actions'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Meetings sections' }).getByRole('button', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 3, name, exact: true })).toBeFocused();
  }

  planForm(): Locator {
    return this.page.getByRole('form', { name: 'Plan a meeting' });
  }

  localTimeRow(name: string): Locator {
    return this.page.getByRole('table', { name: /each invited member's clock/ }).getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }

  async createDatePoll(title: string, slots: string[]): Promise<void> {
    const form = this.page.getByRole('form', { name: 'New date poll' });
    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Duration in minutes').fill('60');
    for (const slot of slots) {
      await form.getByLabel('Slot', { exact: true }).fill(slot);
      await form.getByRole('button', { name: 'Add slot' }).click();
    }
    await form.getByRole('button', { name: 'Create date poll' }).click();
    await expect(this.page.getByRole('heading', { level: 3, name: `Date poll: ${title}` })).toBeVisible();
  }

  /** Answers one slot, named by its time as shown in the current user's zone. */
  async answerSlot(time: RegExp, answer: 'Yes' | 'If need be' | 'No'): Promise<void> {
    await this.page.getByRole('group', { name: time }).getByRole('radio', { name: answer, exact: true }).check();
  }

  async addAgendaItem(title: string, minutes: number, lead?: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Add an agenda item' });
    await form.getByLabel('Agenda item').fill(title);
    await form.getByLabel('Lead').selectOption({ label: lead ?? 'No lead' });
    await form.getByLabel('Time box in minutes').fill(String(minutes));
    await form.getByRole('button', { name: 'Add agenda item' }).click();
    await expect(this.agendaTitles()).toContainText([title]);
  }

  agendaTitles(): Locator {
    return this.page.getByRole('table', { name: /^Agenda items in order/ }).getByRole('rowheader');
  }

  async setAttendance(name: string, how: 'Present online' | 'Present in person' | 'Apologies'): Promise<void> {
    await this.page.getByLabel(`Attendance of ${name}`).selectOption({ label: how });
  }

  /** The minutes of one agenda item, a group named "1. Title". */
  itemMinutes(number: number, title: string): Locator {
    return this.page.getByRole('group', { name: `${number}. ${title}` });
  }

  async addKeyPoint(item: Locator, text: string): Promise<void> {
    await item.getByLabel('Key point', { exact: true }).fill(text);
    await item.getByRole('button', { name: 'Add key point' }).click();
    await expect(item.getByRole('listitem').filter({ hasText: text })).toBeVisible();
  }

  async addNextStep(item: Locator, text: string, owners: string[], dueDate?: string): Promise<void> {
    await item.getByLabel('Next step', { exact: true }).fill(text);
    for (const owner of owners) await item.getByRole('group', { name: 'Owners' }).getByLabel(new RegExp(`^${owner}`)).check();
    if (dueDate) await item.getByLabel('Due date').fill(dueDate);
    await item.getByRole('button', { name: 'Add next step' }).click();
    await expect(item.getByRole('listitem').filter({ hasText: text })).toBeVisible();
  }

  /** Clicks a button that downloads a file and returns the file's name and text. */
  async download(button: Locator): Promise<{ name: string; text: string }> {
    const downloading = this.page.waitForEvent('download');
    await button.click();
    const download = await downloading;
    const path = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }
}
