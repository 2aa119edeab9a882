import type { Page } from 'playwright-core';

export class LoginPage {
  constructor(private readonly page: Page) {}

  async open(url: string) {
    await this.page.goto(url);
    await this.page.getByTestId('login-username').waitFor();
  }

  async login(username: string, password: string) {
    await this.page.getByTestId('login-username').fill(username);
    await this.page.getByTestId('login-password').fill(password);
    await this.page.getByTestId('login-submit').click();
    await this.page.getByTestId('current-user-name').waitFor();
  }

  async logout() {
    await this.page.getByTestId('logout').click();
    await this.page.getByTestId('login-username').waitFor();
  }

  async switchLanguage() {
    await this.page.getByTestId('lang-switch').click();
  }
}
