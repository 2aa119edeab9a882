import type { Page } from 'playwright-core';

export class OfficerPage {
  constructor(private readonly page: Page) {}

  async submitReport(url: string, note: string, observed: { postText?: string; profileText?: string } = {}) {
    await this.page.getByTestId('report-url').fill(url);
    await this.page.getByTestId('report-note').fill(note);
    if (observed.postText) await this.page.getByTestId('report-post-text').fill(observed.postText);
    if (observed.profileText) await this.page.getByTestId('report-profile-text').fill(observed.profileText);
    await this.page.getByTestId('report-submit').click();
    return this.page.getByTestId('report-result');
  }

  reportRows() {
    return this.page.getByTestId('unit-report-row');
  }

  reportRow(caseId: string) {
    return this.page.locator(`[data-testid="unit-report-row"][data-case-id="${caseId}"]`);
  }
}
