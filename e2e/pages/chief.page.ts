import type { Locator, Page } from 'playwright-core';

/** The chief's inboxes: 承認待ち (approvals) and 報告確認 (reports to acknowledge). */
export class ChiefPage {
  constructor(private readonly page: Page) {}

  approvalRow(caseId: string): Locator {
    return this.page.locator(`[data-testid="approval-row"][data-case-id="${caseId}"]`);
  }

  async approve(caseId: string) {
    await this.approvalRow(caseId).getByTestId('approve-button').click();
  }

  async decline(caseId: string, reason: string) {
    const row = this.approvalRow(caseId);
    await row.getByTestId('decline-button').click();
    await row.getByTestId('decline-reason').fill(reason);
    await row.getByTestId('decline-submit').click();
  }

  async returnForScreening(caseId: string, comment: string) {
    const row = this.approvalRow(caseId);
    await row.getByTestId('return-button').click();
    await row.getByTestId('return-comment').fill(comment);
    await row.getByTestId('return-submit').click();
  }

  ackRow(caseId: string): Locator {
    return this.page.locator(`[data-testid="ack-row"][data-case-id="${caseId}"]`);
  }

  async acknowledge(caseId: string) {
    await this.ackRow(caseId).getByTestId('acknowledge-button').click();
  }

  actionResult(caseId: string): Locator {
    return this.page.locator(`[data-testid="action-result"][data-case-id="${caseId}"]`);
  }
}
