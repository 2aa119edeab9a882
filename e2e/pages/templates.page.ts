import type { Locator, Page } from 'playwright-core';

/** テンプレート管理 (the chief's reply templates). Keys are AUDIENCE:CATEGORY or AUDIENCE:DEFAULT. */
export class TemplatesPage {
  constructor(private readonly page: Page) {}

  row(key: string): Locator {
    return this.page.locator(`[data-testid="template-row"][data-key="${key}"]`);
  }

  editor(): Locator {
    return this.page.getByTestId('template-editor');
  }

  async openEditor(key: string) {
    await this.row(key).getByTestId('template-edit').click();
    await this.editor().waitFor();
  }

  async fillEditor(body: string, note: string) {
    await this.page.getByTestId('template-body').fill(body);
    await this.page.getByTestId('template-note').fill(note);
  }

  async save() {
    await this.page.getByTestId('template-save').click();
  }

  async cancel() {
    await this.page.getByTestId('template-cancel').click();
    await this.editor().waitFor({ state: 'detached' });
  }

  problems(): Locator {
    return this.page.getByTestId('template-problems');
  }

  problem(code: string): Locator {
    return this.page.locator(`[data-testid="template-problem"][data-code="${code}"]`);
  }

  result(): Locator {
    return this.page.getByTestId('template-result');
  }

  async openHistory(key: string) {
    await this.row(key).getByTestId('template-history').click();
    await this.page.getByTestId('template-history-list').waitFor();
  }

  historyRows(): Locator {
    return this.page.getByTestId('template-history-row');
  }

  async previewFor(audience: 'CHILD' | 'ADULT', categories: string[]) {
    await this.page.getByTestId(`template-preview-audience-${audience}`).check();
    for (const c of categories) await this.page.getByTestId(`template-preview-category-${c}`).check();
  }

  previewCount(): Locator {
    return this.page.getByTestId('template-preview-count');
  }

  preview(): Locator {
    return this.page.getByTestId('template-preview');
  }
}
