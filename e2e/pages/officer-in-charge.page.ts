import type { Locator, Page } from 'playwright-core';

/** The officer in charge's after-reply lists: 報告待ち and 送信失敗. */
export class OfficerInChargePage {
  constructor(private readonly page: Page) {}

  reportToChiefRow(caseId: string): Locator {
    return this.page.locator(`[data-testid="report-to-chief-row"][data-case-id="${caseId}"]`);
  }

  async reportToChief(caseId: string, note?: string) {
    const row = this.reportToChiefRow(caseId);
    if (note) await row.getByTestId('report-note-input').fill(note);
    await row.getByTestId('report-to-chief-button').click();
  }

  failedRow(caseId: string): Locator {
    return this.page.locator(`[data-testid="failed-row"][data-case-id="${caseId}"]`);
  }

  async retry(caseId: string) {
    await this.failedRow(caseId).getByTestId('retry-button').click();
  }

  async closeFailed(caseId: string, reason: string) {
    const row = this.failedRow(caseId);
    await row.getByTestId('close-failed-button').click();
    await row.getByTestId('close-failed-reason').fill(reason);
    await row.getByTestId('close-failed-submit').click();
  }

  actionResult(caseId: string): Locator {
    return this.page.locator(`[data-testid="action-result"][data-case-id="${caseId}"]`);
  }
}
