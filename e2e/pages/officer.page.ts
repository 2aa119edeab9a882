import type { Page } from 'playwright-core';

export class OfficerPage {
  constructor(private readonly page: Page) {}

  async submitReport(url: string, note: string) {
    await this.page.getByTestId('report-url').fill(url);
    await this.page.getByTestId('report-note').fill(note);
    await this.page.getByTestId('report-submit').click();
    return this.page.getByTestId('report-result');
  }

  reportRows() {
    return this.page.getByTestId('unit-report-row');
  }
}
