import type { Locator, Page } from 'playwright-core';

export interface NewUser {
  username: string;
  displayName: string;
  role: 'OFFICER' | 'VOLUNTEER' | 'OFFICER_IN_CHARGE' | 'CHIEF';
  /** The unit as the picker names it, e.g. 熊本東警察署. */
  unitName: string;
  initialPassword: string;
}

/** 利用者・所属 (the chief's users and units). */
export class UsersPage {
  constructor(private readonly page: Page) {}

  row(username: string): Locator {
    return this.page.locator(`[data-testid="user-row"][data-username="${username}"]`);
  }

  /** Opens the form and fills every field; `save()` sends it. */
  async fillNewUser(user: NewUser) {
    await this.page.getByTestId('user-create').click();
    await this.page.getByTestId('user-form').waitFor();
    await this.page.getByTestId('user-username').fill(user.username);
    await this.page.getByTestId('user-display-name').fill(user.displayName);
    await this.page.getByTestId('user-role').selectOption(user.role);
    await this.page.getByTestId('user-unit').selectOption({ label: user.unitName });
    await this.page.getByTestId('user-password').fill(user.initialPassword);
  }

  async chooseRole(role: NewUser['role']) {
    await this.page.getByTestId('user-role').selectOption(role);
  }

  async save() {
    await this.page.getByTestId('user-save').click();
  }

  roleError(): Locator {
    return this.page.getByTestId('user-role-error');
  }

  result(): Locator {
    return this.page.getByTestId('user-result');
  }

  async deactivate(username: string, reason: string) {
    await this.row(username).getByTestId('user-deactivate').click();
    await this.page.getByTestId('user-deactivate-reason').fill(reason);
    await this.page.getByTestId('user-deactivate-submit').click();
    await this.page.locator(`[data-testid="user-row"][data-username="${username}"][data-active="false"]`).waitFor();
  }

  async reactivate(username: string) {
    await this.row(username).getByTestId('user-reactivate').click();
    await this.page.locator(`[data-testid="user-row"][data-username="${username}"][data-active="true"]`).waitFor();
  }

  unitRow(code: string): Locator {
    return this.page.locator(`[data-testid="unit-row"][data-code="${code}"]`);
  }

  async createUnit(code: string, name: string, kind: 'STATION' | 'DIVISION' = 'STATION') {
    await this.page.getByTestId('unit-create').click();
    await this.page.getByTestId('unit-code').fill(code);
    await this.page.getByTestId('unit-kind').selectOption(kind);
    await this.page.getByTestId('unit-name').fill(name);
    await this.page.getByTestId('unit-save').click();
    await this.unitRow(code).waitFor();
  }

  async renameUnit(code: string, name: string) {
    await this.unitRow(code).getByTestId('unit-rename').click();
    await this.page.getByTestId('unit-name').fill(name);
    await this.page.getByTestId('unit-save').click();
    await this.unitRow(code).getByText(name, { exact: true }).waitFor();
  }
}
