import type { Locator, Page } from 'playwright-core';

/** The case detail drawer, opened from any list's case-open-button. */
export class CaseDrawer {
  constructor(private readonly page: Page) {}

  /** Opens the case from the first case-open-button for it inside `scope` (a row, a result banner). */
  async openFrom(scope: Locator, caseId: string) {
    await scope.locator(`[data-testid="case-open-button"][data-case-id="${caseId}"]`).first().click();
    await this.drawer(caseId).waitFor();
  }

  drawer(caseId: string, status?: string): Locator {
    const statusSelector = status ? `[data-status="${status}"]` : '';
    return this.page.locator(`[data-testid="case-drawer"][data-case-id="${caseId}"]${statusSelector}`);
  }

  async timelineActions(caseId: string): Promise<string[]> {
    const entries = this.drawer(caseId).getByTestId('timeline-entry');
    return entries.evaluateAll((els) => els.map((el) => el.getAttribute('data-action') ?? ''));
  }

  /** Scrolls the drawer to its history (for screenshots: the drawer scrolls, not the page). */
  async scrollToTimeline(caseId: string) {
    await this.drawer(caseId).getByTestId('case-timeline').scrollIntoViewIfNeeded();
  }

  async close() {
    await this.page.getByTestId('case-drawer-close').click();
    await this.page.getByTestId('case-drawer').waitFor({ state: 'detached' });
  }
}
