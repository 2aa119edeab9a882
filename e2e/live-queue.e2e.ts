import type { Browser, Page } from 'playwright-core';
import { LoginPage } from './pages/login.page';
import { OfficerPage } from './pages/officer.page';
import { ReviewPage } from './pages/review.page';
import { startAppUnderTest, type AppUnderTest } from './support/app-under-test';
import { launchBrowser, screenshot } from './support/browser';
import { DEMO_PASSWORD, USERS } from './support/demo';
import { postOnX } from './support/x-sandbox';

jest.setTimeout(120_000);

// The lists poll every 30 s only as a fallback (client/src/lib/polling.ts): a change that shows up
// well within that, on a page that was never reloaded, after a workQueueChanged message on the
// page's WebSocket, came through the subscription.
const LIVE_WITHIN_MS = 5_000;

interface Watched {
  page: Page;
  /** The case numbers named by workQueueChanged messages this page received. */
  announced: Set<number>;
}

describe('live work lists in Chromium: changes made in another browser show up without reloading', () => {
  let app: AppUnderTest;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startAppUnderTest(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    if (app) expect(await app.stop()).toBe(0);
  });

  async function loggedIn(username: string): Promise<Watched> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    const page = await context.newPage();
    const announced = new Set<number>();
    page.on('websocket', (ws) =>
      ws.on('framereceived', ({ payload }) => {
        const text = typeof payload === 'string' ? payload : payload.toString('utf8');
        if (!text.includes('workQueueChanged')) return;
        const message = JSON.parse(text) as { payload?: { data?: { workQueueChanged?: { changes: Array<{ caseNumber: number }> } } } };
        for (const c of message.payload?.data?.workQueueChanged?.changes ?? []) announced.add(c.caseNumber);
      }),
    );
    const login = new LoginPage(page);
    await login.open(app.url);
    await login.login(username, DEMO_PASSWORD);
    // Set once; a reload would lose it.
    await page.evaluate(() => ((window as unknown as { __noReload: number }).__noReload = 1));
    return { page, announced };
  }

  const notReloaded = (page: Page) => page.evaluate(() => (window as unknown as { __noReload?: number }).__noReload);

  it("a report from a station appears in the officer in charge's queue, and taking it shows on the station's list", async () => {
    const oic = await loggedIn(USERS.officerInCharge);
    const review = new ReviewPage(oic.page);
    const badge = oic.page.getByTestId('tab-count-review');
    await badge.waitFor();
    const queuedBefore = Number(await badge.getAttribute('data-count'));

    const officer = await loggedIn(USERS.officer);
    const station = new OfficerPage(officer.page);
    const postId = await postOnX(app, 'JKです。今夜泊めてくれる人いませんか 熊本駅', 'e2e_live_poster');
    const result = await station.submitReport(`https://x.com/e2e_live_poster/status/${postId}`, 'e2e: 宿泊の呼びかけ');
    await result.waitFor();
    const caseId = (await result.getAttribute('data-case-id'))!;
    const caseNumber = Number(await result.getAttribute('data-case-number'));

    // The officer in charge's queue, in another browser, gets the case without a reload.
    await review.queueRow(caseId).waitFor({ timeout: LIVE_WITHIN_MS });
    await oic.page.locator(`[data-testid="tab-count-review"][data-count="${queuedBefore + 1}"]`).waitFor({ timeout: LIVE_WITHIN_MS });
    expect(oic.announced.has(caseNumber)).toBe(true);
    expect(await notReloaded(oic.page)).toBe(1);
    await screenshot(oic.page, 'live-review-queue');

    // The station's list follows the case as the officer in charge takes it.
    await station.reportRow(caseId).waitFor();
    expect(await station.reportRow(caseId).getAttribute('data-status')).toBe('RECEIVED');
    await review.take(caseId);
    await officer.page.locator(`[data-testid="unit-report-row"][data-case-id="${caseId}"][data-status="SCREENING"]`).waitFor({ timeout: LIVE_WITHIN_MS });
    expect(officer.announced.has(caseNumber)).toBe(true);
    expect(await notReloaded(officer.page)).toBe(1);
    await screenshot(officer.page, 'live-unit-reports');

    // The header at 1366 px and on a tablet (768 px): nothing spills over; on the tablet the
    // account, language and logout fold into one menu.
    await screenshot(oic.page, 'header-1366', { fullPage: false });
    await oic.page.setViewportSize({ width: 768, height: 1024 });
    const menuButton = oic.page.getByTestId('header-menu');
    await menuButton.waitFor();
    expect(await oic.page.getByTestId('logout').isVisible()).toBe(false);
    const overflow = await oic.page.evaluate(() => {
      const header = document.querySelector('header')!;
      return { scroll: header.scrollWidth, client: header.clientWidth, right: Math.max(...[...header.querySelectorAll('button')].map((b) => b.getBoundingClientRect().right)) };
    });
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
    expect(overflow.right).toBeLessThanOrEqual(768);
    await screenshot(oic.page, 'header-tablet', { fullPage: false });
    await menuButton.click();
    await oic.page.getByTestId('header-menu-logout').waitFor();
    // The dropdown fades in: shoot it once it is fully shown.
    await oic.page.waitForFunction(() => getComputedStyle(document.querySelector('[data-testid="header-menu-dropdown"]')!).opacity === '1');
    await screenshot(oic.page, 'header-tablet-menu', { fullPage: false });
    await oic.page.getByTestId('header-menu-logout').click();
    await oic.page.getByTestId('login-username').waitFor();
    for (const p of [oic.page, officer.page]) await p.context().close();
  });
});
