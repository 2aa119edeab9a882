import type { Locator, Page } from 'playwright-core';

export interface AuditFilter {
  action?: string;
  objectType?: string;
  objectId?: string;
  /** Japan-time days, 'YYYY-MM-DD'. */
  from?: string;
  to?: string;
}

/** 監査ログ (the chief's audit log viewer). */
export class AuditPage {
  constructor(private readonly page: Page) {}

  async filter(f: AuditFilter) {
    await this.page.getByTestId('audit-filter-action').fill(f.action ?? '');
    await this.page.getByTestId('audit-filter-object-type').selectOption(f.objectType ?? '');
    await this.page.getByTestId('audit-filter-object-id').fill(f.objectId ?? '');
    await this.page.getByTestId('audit-filter-from').fill(f.from ?? '');
    await this.page.getByTestId('audit-filter-to').fill(f.to ?? '');
    await this.page.getByTestId('audit-apply').click();
  }

  rows(): Locator {
    return this.page.getByTestId('audit-row');
  }

  row(action: string, objectId?: string): Locator {
    const byObject = objectId ? `[data-object-id="${objectId}"]` : '';
    return this.page.locator(`[data-testid="audit-row"][data-action="${action}"]${byObject}`);
  }

  async expand(row: Locator): Promise<Locator> {
    const id = await row.getAttribute('data-event-id');
    await row.getByTestId('audit-expand').click();
    const details = this.page.locator(`[data-testid="audit-details"][data-event-id="${id}"]`);
    await details.waitFor();
    return details;
  }

  loadMore(): Locator {
    return this.page.getByTestId('audit-load-more');
  }
}
