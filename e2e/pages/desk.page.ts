import type { Page } from 'playwright-core';

/** The statistics, monthly report, bulletin and pending-reply screens (issue 7). */
export class DeskPages {
  constructor(private readonly page: Page) {}

  async openTab(testId: string) {
    await this.page.getByTestId(testId).click();
  }

  statisticsDashboard() {
    return this.page.getByTestId('statistics-dashboard');
  }

  async exportStatistics(format: 'xlsx' | 'csv') {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId(`statistics-export-${format}`).click()]);
    return download;
  }

  monthlyRow(month: string, status?: 'DRAFT' | 'FINALIZED') {
    return this.page.locator(`[data-testid="monthly-row"][data-month="${month}"]${status ? `[data-status="${status}"]` : ''}`).first();
  }

  pendingReply(caseId: string) {
    return this.page.locator(`[data-testid="pending-reply"][data-case-id="${caseId}"]`);
  }

  bulletin(month: string) {
    return this.page.locator(`[data-testid="bulletin"][data-month="${month}"]`).first();
  }
}
