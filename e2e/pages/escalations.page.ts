import type { Page } from 'playwright-core';

/** The escalation screens: raising (any staff), the board and drawer (division), live alerts. */
export class EscalationPages {
  constructor(private readonly page: Page) {}

  async openRaise(kind: 'SUICIDE_NOTICE' | 'CHILD_SAFETY_URGENT', scope = this.page.getByTestId('officer-page')) {
    await scope.getByTestId(kind === 'SUICIDE_NOTICE' ? 'raise-suicide-notice' : 'raise-child-safety').first().click();
    await this.page.getByTestId('raise-escalation-form').waitFor();
  }

  async fillRaise(postUrl: string, note: string) {
    await this.page.getByTestId('raise-post-url').fill(postUrl);
    await this.page.getByTestId('raise-summary').fill(note);
  }

  /** Sends the open form; returns the new escalation's id. */
  async sendRaise(): Promise<string> {
    await this.page.getByTestId('raise-submit').click();
    const result = this.page.getByTestId('raise-result');
    await result.waitFor();
    return (await result.getAttribute('data-escalation-id'))!;
  }

  banner(escalationId: string) {
    return this.page.locator(`[data-testid="alert-banner"][data-escalation-id="${escalationId}"]`);
  }

  row(escalationId: string) {
    return this.page.locator(`[data-testid="escalation-row"][data-escalation-id="${escalationId}"]`);
  }

  drawer(escalationId: string) {
    return this.page.locator(`[data-testid="escalation-drawer"][data-escalation-id="${escalationId}"]`);
  }

  myRaisedRow(escalationId: string) {
    return this.page.locator(`[data-testid="my-raised-row"][data-escalation-id="${escalationId}"]`);
  }

  async chooseOption(testId: string, label: string) {
    await this.page.getByTestId(testId).click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }
}
