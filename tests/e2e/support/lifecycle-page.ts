import { expect, type Locator, type Page } from '@playwright/test';

/** The lifecycle section of a document screen, as a member sees and uses it. */
export class LifecyclePage {
  constructor(readonly page: Page) {}

  region(): Locator {
    return this.page.getByRole('region', { name: 'Lifecycle' });
  }

  async expectStage(stage: string): Promise<void> {
    await expect(this.region().getByText('Stage:')).toContainText(stage, { timeout: 20_000 });
  }

  step(name: string): Locator {
    return this.region().getByRole('button', { name, exact: true });
  }

  reviewEnd(): Locator {
    return this.region().getByLabel('Review closes on');
  }

  history(): Locator {
    return this.region().getByRole('list', { name: 'Stage history' }).getByRole('listitem');
  }

  /** A calendar day `days` from today on the browser's clock, as a date input takes it. */
  dayFromToday(days: number): Promise<string> {
    return this.page.evaluate((offset) => {
      const day = new Date(Date.now() + offset * 86_400_000);
      return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    }, days);
  }
}
