import type { Locator, Page } from 'playwright-core';

export class VolunteerPage {
  constructor(private readonly page: Page) {}

  async submitTip(url: string, note: string) {
    await this.page.getByTestId('tip-url').fill(url);
    await this.page.getByTestId('tip-note').fill(note);
    await this.page.getByTestId('tip-submit').click();
    await this.page.getByTestId('tip-result').waitFor();
  }

  tipRow(url: string, status?: 'RECEIVED' | 'HANDLED'): Locator {
    const statusSelector = status ? `[data-status="${status}"]` : '';
    return this.page.locator(`[data-testid="tip-row"]${statusSelector}`).filter({ hasText: url });
  }
}
