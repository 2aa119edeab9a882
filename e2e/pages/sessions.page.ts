import type { Locator, Page } from 'playwright-core';

/** ログイン中の端末, from the header's account menu (every role). */
export class SessionsDialog {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByTestId('account-menu').click();
    await this.page.getByTestId('menu-sessions').click();
    await this.page.getByTestId('sessions-table').waitFor();
  }

  async close() {
    await this.page.keyboard.press('Escape');
    await this.page.getByTestId('sessions-page').waitFor({ state: 'detached' });
  }

  rows(): Locator {
    return this.page.getByTestId('session-row');
  }

  current(): Locator {
    return this.page.locator('[data-testid="session-row"][data-current="true"]');
  }

  others(): Locator {
    return this.page.locator('[data-testid="session-row"][data-current="false"]');
  }

  async endFirstOther() {
    await this.others().first().getByTestId('session-end').click();
  }

  async endAllOthers() {
    await this.page.getByTestId('sessions-end-others').click();
  }

  result(): Locator {
    return this.page.getByTestId('sessions-result');
  }
}
