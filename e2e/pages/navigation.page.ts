import type { Page } from 'playwright-core';

export type DivisionTab =
  | 'review'
  | 'approvals'
  | 'acknowledge'
  | 'report-to-chief'
  | 'failed'
  | 'report'
  | 'templates'
  | 'users'
  | 'audit';

export class Navigation {
  constructor(private readonly page: Page) {}

  async open(tab: DivisionTab) {
    await this.page.getByTestId(`tab-${tab}`).click();
  }

  tab(tab: DivisionTab) {
    return this.page.getByTestId(`tab-${tab}`);
  }
}
