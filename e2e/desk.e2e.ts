import type { Browser, Page } from 'playwright-core';
import { DeskPages } from './pages/desk.page';
import { LoginPage } from './pages/login.page';
import { startAppUnderTest, type AppUnderTest } from './support/app-under-test';
import { launchBrowser, screenshot } from './support/browser';
import { DEMO_PASSWORD, USERS } from './support/demo';
import { GraphQLApi } from './support/graphql-api';
import { postOnX, sandboxReplies } from './support/x-sandbox';

jest.setTimeout(120_000);

/** The Japan-time month before this one, 'YYYY-MM' (the month the monthly report is written for). */
function lastJapanMonth(): string {
  const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit' }).format(new Date()).split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 2, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

describe('division desk in Chromium (Japanese): manual reply, statistics and export, monthly report to a station bulletin', () => {
  let app: AppUnderTest;
  let browser: Browser;

  beforeAll(async () => {
    // Replies go the manual path: the officer in charge posts them through X's web intent.
    [app, browser] = await Promise.all([startAppUnderTest({ env: { REPLY_MODE: 'manual' } }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    if (app) expect(await app.stop()).toBe(0);
  });

  async function loggedIn(username: string, width = 1366): Promise<{ page: Page; desk: DeskPages }> {
    const context = await browser.newContext({ viewport: { width, height: 768 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', acceptDownloads: true });
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.open(app.url);
    await login.login(username, DEMO_PASSWORD);
    return { page, desk: new DeskPages(page) };
  }

  it('the officer in charge posts a warning by hand through the X intent and records its URL', async () => {
    const officer = await GraphQLApi.login(app.url, USERS.officer);
    const oic = await GraphQLApi.login(app.url, USERS.officerInCharge);
    const postId = await postOnX(app, `熊本市内 JC2 今夜泊めてくれる人 e2e-manual-${Date.now()}`, 'e2e_manual_kmm');
    const caseId = await officer.submitReport(`https://x.com/e2e_manual_kmm/status/${postId}`, 'e2e: 手動投稿');
    await oic.takeCase(caseId);
    await oic.warnCase(caseId, { region: 'KUMAMOTO', childIndication: 'POSTER_IS_CHILD', indicationSource: 'CONTENT', categories: ['C2_LODGING'] });

    const { page, desk } = await loggedIn(USERS.officerInCharge);
    await desk.openTab('tab-pending-replies');
    const card = desk.pendingReply(caseId);
    await card.getByTestId('manual-reply-panel').waitFor();
    expect(await card.getAttribute('data-channel')).toBe('MANUAL');
    const text = (await card.getByTestId('manual-reply-text').textContent())!;
    expect(text).toContain('熊本県警察');
    // X's weighted count, from the server (CJK counts 2).
    const weighted = Number(await card.getByTestId('manual-reply-weighted').getAttribute('data-count'));
    expect(weighted).toBeGreaterThan(text.length);
    expect(weighted).toBeLessThanOrEqual(280);
    await screenshot(page, 'oic-manual-reply');

    // ① The intent opens in a new tab, prefilled; ② post it there as the official account.
    const [intent] = await Promise.all([page.context().waitForEvent('page'), card.getByTestId('manual-reply-intent').click()]);
    await intent.getByTestId('intent-text').waitFor();
    expect(await intent.getByTestId('intent-text').inputValue()).toBe(text);
    await Promise.all([intent.waitForURL(/\/status\/\d+/), intent.getByTestId('intent-submit').click()]);
    // The officer copies the address bar; on X that is x.com (the sandbox serves the same path).
    const replyUrl = `https://x.com${new URL(intent.url()).pathname}`;
    await intent.close();

    // ③ A wrong URL is refused in place; the right one is verified on X and recorded.
    await card.getByTestId('manual-reply-url').fill('https://x.com/someone/status/1');
    await card.getByTestId('manual-reply-confirm').click();
    await card.getByTestId('error-message').waitFor();
    await card.getByTestId('manual-reply-url').fill(replyUrl);
    await card.getByTestId('manual-reply-confirm').click();
    await page.getByTestId('action-result').waitFor();
    await screenshot(page, 'oic-manual-reply-recorded');
    expect((await oic.caseState(caseId)).status).toBe('WARNING_POSTED');
    const replies = (await sandboxReplies(app)).filter((r) => r.inReplyToPostId === postId);
    expect(replies).toHaveLength(1);
    await page.context().close();
  });

  it('the chief reads the statistics dashboard and exports it as XLSX and CSV', async () => {
    const { page, desk } = await loggedIn(USERS.chief);
    await desk.openTab('tab-statistics');
    await desk.statisticsDashboard().waitFor();
    for (const id of ['chart-trend', 'chart-categories', 'chart-funnel', 'chart-time-to-warning', 'chart-deletion', 'statistics-escalations-area']) {
      await page.getByTestId(id).waitFor();
    }
    // The case warned by hand above counts as a report and a warning.
    expect(Number(await page.getByTestId('statistics-total-reports').getAttribute('data-value'))).toBeGreaterThan(0);
    expect(Number(await page.getByTestId('statistics-total-warned').getAttribute('data-value'))).toBeGreaterThan(0);
    await page.locator('.recharts-surface').first().waitFor();
    await screenshot(page, 'chief-statistics');

    const xlsx = await desk.exportStatistics('xlsx');
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const xlsxPath = await xlsx.path();
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(xlsxPath).subarray(0, 2).toString()).toBe('PK'); // a zip: a real workbook
    const csv = await desk.exportStatistics('csv');
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    expect(readFileSync(await csv.path()).toString('utf8')).toContain('発見報告');

    // The keyboard help lists the shortcuts; "?" opens it too.
    await page.keyboard.press('Shift+?');
    await page.getByTestId('shortcuts-help').waitFor();
    await screenshot(page, 'chief-shortcuts-help', { fullPage: false });
    await page.keyboard.press('Escape');

    // Tablet width: the same dashboard, one column.
    await page.setViewportSize({ width: 768, height: 1024 });
    await desk.statisticsDashboard().waitFor();
    await screenshot(page, 'chief-statistics-tablet');
    await page.context().close();
  });

  it('monthly report: the officer in charge drafts, the chief finalizes and publishes, a station officer reads the bulletin', async () => {
    const month = lastJapanMonth();
    const remarks = `e2e 所見: 夏休み前に宿泊の呼びかけが増加 ${Date.now()}`;

    const oic = await loggedIn(USERS.officerInCharge);
    await oic.desk.openTab('tab-monthly-reports');
    await oic.page.getByTestId('monthly-generate').click();
    const report = oic.page.locator(`[data-testid="monthly-report"][data-month="${month}"][data-status="DRAFT"]`);
    await report.waitFor();
    await oic.page.getByTestId('monthly-remarks').fill(remarks);
    await oic.page.getByTestId('monthly-save').click();
    await oic.page.getByTestId('monthly-done').waitFor();
    // Only the chief finalizes.
    expect(await oic.page.getByTestId('monthly-finalize').count()).toBe(0);
    await screenshot(oic.page, 'oic-monthly-report-draft');
    await oic.page.emulateMedia({ media: 'print' });
    await screenshot(oic.page, 'monthly-report-print');
    await oic.page.context().close();

    const chief = await loggedIn(USERS.chief);
    await chief.desk.openTab('tab-monthly-reports');
    await chief.desk.monthlyRow(month, 'DRAFT').getByTestId('monthly-open').click();
    await chief.page.getByTestId('monthly-finalize').waitFor();
    chief.page.once('dialog', (dialog) => void dialog.accept());
    await chief.page.getByTestId('monthly-finalize').click();
    await chief.page.locator(`[data-testid="monthly-report"][data-status="FINALIZED"]`).waitFor();
    expect(await chief.page.getByTestId('monthly-remarks-text').textContent()).toBe(remarks);
    const title = `${month} SNS警告 月次周知（e2e）`;
    await chief.page.getByTestId('publish-title').fill(title);
    await screenshot(chief.page, 'chief-monthly-report-finalized');
    await chief.page.getByTestId('publish-submit').click();
    await chief.page.getByTestId('monthly-published').waitFor();
    await chief.page.context().close();

    // An officer at a station (八代警察署) sees the published bulletin.
    const station = await loggedIn('officer.yatsushiro');
    await station.desk.openTab('tab-bulletins');
    const bulletin = station.desk.bulletin(month);
    await bulletin.waitFor();
    expect(await bulletin.getByTestId('bulletin-title').textContent()).toBe(title);
    await screenshot(station.page, 'officer-bulletins');
    await station.page.setViewportSize({ width: 768, height: 1024 });
    await screenshot(station.page, 'officer-bulletins-tablet');
    await station.page.context().close();
  });
});
