import type { Locator, Page } from 'playwright-core';

/** The screening record as the checklist asks for it (DESIGN §2). */
export interface Screening {
  region: 'KUMAMOTO' | 'UNKNOWN' | 'OTHER_PREFECTURE';
  child: 'POSTER_IS_CHILD' | 'TARGET_IS_CHILD' | 'NONE';
  source: 'CONTENT' | 'PROFILE' | 'BOTH';
  categories: string[];
}

export class ReviewPage {
  constructor(private readonly page: Page) {}

  queueRow(caseId: string): Locator {
    return this.page.locator(`[data-testid="queue-row"][data-case-id="${caseId}"]`);
  }

  async take(caseId: string) {
    await this.queueRow(caseId).getByTestId('take-button').click();
    await this.page.locator(`[data-testid="queue-row"][data-case-id="${caseId}"][data-status="SCREENING"]`).waitFor();
  }

  async fillChecklist(caseId: string, screening: Screening) {
    const row = this.queueRow(caseId);
    await row.getByTestId(`region-${screening.region}`).check();
    await row.getByTestId(`child-${screening.child}`).check();
    await row.getByTestId(`source-${screening.source}`).check();
    for (const c of screening.categories) await row.getByTestId(`category-${c}`).check();
  }

  /** 警告を送信 (or 注意喚起を送信): a clear case. */
  async warn(caseId: string, screening: Screening) {
    await this.fillChecklist(caseId, screening);
    await this.queueRow(caseId).getByTestId('warn-submit').click();
  }

  /** 伺いを立てる: a doubtful case goes to the chief with the reason. */
  async requestApproval(caseId: string, screening: Screening, reason: string) {
    await this.fillChecklist(caseId, screening);
    const row = this.queueRow(caseId);
    await row.getByTestId('request-approval').click();
    await row.getByTestId('approval-reason').fill(reason);
  }

  async submitApproval(caseId: string) {
    await this.queueRow(caseId).getByTestId('approval-submit').click();
  }

  /** The exact reply the case will get, shown as soon as the child indication and categories are chosen. */
  replyPreviewText(caseId: string): Locator {
    return this.queueRow(caseId).getByTestId('reply-preview-text');
  }

  /** X's weighted count, "n/280". */
  replyPreviewCount(caseId: string): Locator {
    return this.queueRow(caseId).getByTestId('reply-preview-count');
  }

  derivedAudience(caseId: string): Locator {
    return this.queueRow(caseId).getByTestId('derived-audience');
  }

  actionResult(caseId: string): Locator {
    return this.page.locator(`[data-testid="action-result"][data-case-id="${caseId}"]`);
  }

  warningRow(caseId: string, status: string): Locator {
    return this.page.locator(`[data-testid="warning-row"][data-case-id="${caseId}"][data-status="${status}"]`);
  }
}
