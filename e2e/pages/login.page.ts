import type { Page } from 'playwright-core';

export class LoginPage {
  constructor(private readonly page: Page) {}

  async open(url: string) {
    await this.page.goto(url);
    await this.page.getByTestId('login-username').waitFor();
  }

  async login(username: string, password: string) {
    await this.submitCredentials(username, password);
    await this.page.getByTestId('current-user-name').waitFor();
  }

  /** Username and password only: the answer may be the dashboard or a further login step. */
  async submitCredentials(username: string, password: string) {
    await this.page.getByTestId('login-username').fill(username);
    await this.page.getByTestId('login-password').fill(password);
    await this.page.getByTestId('login-submit').click();
  }

  /** The login step after an initial or reset password. */
  passwordChangeStep() {
    return this.page.locator('[data-testid="login-step"][data-step="PASSWORD_CHANGE_REQUIRED"]');
  }

  async changePassword(current: string, next: string) {
    await this.page.getByTestId('password-current').fill(current);
    await this.page.getByTestId('password-new').fill(next);
    await this.page.getByTestId('password-confirm').fill(next);
    await this.page.getByTestId('password-change-submit').click();
  }

  /** The login page again, saying the session ended (expired, ended elsewhere, or the account deactivated). */
  sessionEndedNotice() {
    return this.page.getByTestId('session-ended');
  }

  async logout() {
    await this.page.getByTestId('logout').click();
    await this.page.getByTestId('login-username').waitFor();
  }

  async switchLanguage() {
    await this.page.getByTestId('lang-switch').click();
  }
}
