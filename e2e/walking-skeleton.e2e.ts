import type { Browser, Page } from 'playwright-core';
import { LoginPage } from './pages/login.page';
import { OfficerPage } from './pages/officer.page';
import { ReviewPage, type Screening } from './pages/review.page';
import { startAppUnderTest, type AppUnderTest } from './support/app-under-test';
import { launchBrowser, screenshot } from './support/browser';
import { DEMO_PASSWORD as PASSWORD } from './support/demo';
import { postOnX, sandboxReplies } from './support/x-sandbox';

jest.setTimeout(120_000);

describe('walking skeleton in Chromium: officer reports, officer in charge warns, the reply appears on X', () => {
  let app: AppUnderTest;
  let browser: Browser;

  beforeAll(async () => {
    app = await startAppUnderTest();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    if (app) expect(await app.stop()).toBe(0); // Ctrl-C stops everything cleanly
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    return context.newPage();
  }

  it.each([
    ['ja', '日本語'],
    ['en', 'English'],
  ])('takes one post from report to posted reply (%s)', async (lang) => {
    const postId = await postOnX(app, `JKです。${lang}テスト 今日下通で会える人いませんか`, `e2e_${lang}_poster`);

    const page = await newPage();
    const login = new LoginPage(page);
    await login.open(app.url);
    if (lang === 'en') {
      await login.switchLanguage();
      await page.getByText('Log in', { exact: false }).first().waitFor();
    } else {
      await page.getByText('ログイン').first().waitFor();
    }
    await screenshot(page, `${lang}-01-login`);

    // 警察職員: report the post.
    await login.login('officer.chuo', PASSWORD);
    const officer = new OfficerPage(page);
    const result = await officer.submitReport(`https://twitter.com/e2e_${lang}_poster/status/${postId}?s=20`, '下通での面会の呼びかけ');
    await result.waitFor();
    const caseId = await result.getAttribute('data-case-id');
    expect(caseId).toBeTruthy();
    await page.locator(`[data-testid="unit-report-row"][data-case-id="${caseId}"]`).waitFor();
    await screenshot(page, `${lang}-02-officer-reported`);
    await login.logout();

    // 実施担当者: take the case and warn.
    await login.login('oic.tanaka', PASSWORD);
    const review = new ReviewPage(page);
    await review.queueRow(caseId!).waitFor();
    await screenshot(page, `${lang}-03-review-queue`);
    await review.take(caseId!);
    const screening: Screening = { region: 'KUMAMOTO', child: 'POSTER_IS_CHILD', source: 'CONTENT', categories: ['C1_SEX_OR_MEETING'] };
    await review.fillChecklist(caseId!, screening);
    // The poster is a child, so the reply is an alert (注意喚起): the audience follows from the checklist.
    expect(await review.derivedAudience(caseId!).getAttribute('data-audience')).toBe('CHILD');
    await review.queueRow(caseId!).getByTestId('warn-submit').click();
    await review.actionResult(caseId!).waitFor();
    await review.warningRow(caseId!, 'WARNING_POSTED').waitFor({ timeout: 20_000 });
    await screenshot(page, `${lang}-04-warning-posted`);

    const replies = (await sandboxReplies(app)).filter((r) => r.inReplyToPostId === postId);
    expect(replies).toHaveLength(1);
    expect(replies[0].text).toContain('熊本県警察');
    const shown = await review.warningRow(caseId!, 'WARNING_POSTED').getByTestId('reply-post-id').textContent();
    expect(shown).toContain(replies[0].id);

    // The X sandbox shows what was posted.
    await page.goto(app.sandboxUrl);
    await page.getByText(replies[0].id).first().waitFor();
    await screenshot(page, `${lang}-05-x-sandbox`);
    await page.context().close();
  });
});
