import type { Locator, Page } from 'playwright-core';

export class ReviewPage {
  constructor(private readonly page: Page) {}

  queueRow(caseId: string): Locator {
    return this.page.locator(`[data-testid="queue-row"][data-case-id="${caseId}"]`);
  }

  async take(caseId: string) {
    await this.queueRow(caseId).getByTestId('take-button').click();
    await this.page.locator(`[data-testid="queue-row"][data-case-id="${caseId}"][data-status="SCREENING"]`).waitFor();
  }

  async warn(caseId: string, categories: string[], audience: 'CHILD' | 'ADULT') {
    const row = this.queueRow(caseId);
    for (const c of categories) await row.getByTestId(`category-${c}`).check();
    await row.getByTestId(`audience-${audience}`).check();
    await row.getByTestId('warn-submit').click();
  }

  warningRow(caseId: string, status: string): Locator {
    return this.page.locator(`[data-testid="warning-row"][data-case-id="${caseId}"][data-status="${status}"]`);
  }
}
