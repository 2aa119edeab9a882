import type { Browser, Page } from 'playwright-core';
import { EscalationPages } from './pages/escalations.page';
import { LoginPage } from './pages/login.page';
import { startAppUnderTest, type AppUnderTest } from './support/app-under-test';
import { launchBrowser, screenshot } from './support/browser';
import { DEMO_PASSWORD, USERS } from './support/demo';

jest.setTimeout(180_000);

describe('escalations in Chromium (Japanese): a station officer raises a suicide notice, the chief sees it live, the officer in charge works it to DONE', () => {
  let app: AppUnderTest;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startAppUnderTest(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    if (app) expect(await app.stop()).toBe(0);
  });

  async function loggedIn(username: string, width = 1366): Promise<{ page: Page; esc: EscalationPages }> {
    const context = await browser.newContext({ viewport: { width, height: 768 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.open(app.url);
    await login.login(username, DEMO_PASSWORD);
    return { page, esc: new EscalationPages(page) };
  }

  it('raise → live alert → acknowledge → checklist → DONE; the emergency disclosure request text', async () => {
    // The chief is logged in first, in a browser of their own, and is never reloaded.
    const chief = await loggedIn(USERS.chief);
    await chief.page.getByTestId('tab-review').waitFor();
    await chief.page.evaluate(() => ((window as unknown as { __noReload: number }).__noReload = 1));

    // A station officer: two clicks and the post.
    const officer = await loggedIn(USERS.officer);
    await officer.page.getByTestId('officer-page').waitFor();
    await officer.esc.openRaise('SUICIDE_NOTICE');
    const postUrl = `https://x.com/e2e_yoru_kmm/status/${1_900_000_000_000_000_000n + BigInt(Date.now())}`;
    await officer.esc.fillRaise(postUrl, 'e2e: 「今夜で終わりにする」との投稿（熊本市内、高校生と自称）');
    await screenshot(officer.page, 'escalation-raise', { fullPage: false });
    const escalationId = await officer.esc.sendRaise();
    expect(escalationId).toMatch(/[0-9a-f-]{36}/);
    await officer.esc.myRaisedRow(escalationId).waitFor();
    expect(await officer.esc.myRaisedRow(escalationId).getAttribute('data-status')).toBe('OPEN');

    // The chief's page shows the red banner without a reload (graphql-ws, through Redis from the worker).
    const banner = chief.esc.banner(escalationId);
    await banner.waitFor({ timeout: 60_000 });
    expect(await chief.page.evaluate(() => (window as unknown as { __noReload?: number }).__noReload)).toBe(1);
    expect(await banner.getAttribute('data-kind')).toBe('SUICIDE_NOTICE');
    expect(await banner.getByTestId('alert-summary').textContent()).toContain('今夜で終わりにする');
    expect(Number(await chief.page.getByTestId('alert-bell-count').getAttribute('data-count'))).toBeGreaterThan(0);
    await screenshot(chief.page, 'chief-live-alert', { fullPage: false });
    await chief.page.getByTestId('alert-bell').click();
    await chief.page.locator(`[data-testid="alert-bell-item"][data-escalation-id="${escalationId}"]`).waitFor();
    await screenshot(chief.page, 'chief-alert-bell', { fullPage: false });
    await chief.page.keyboard.press('Escape');
    await banner.getByTestId('alert-acknowledge').click();
    await banner.waitFor({ state: 'detached' });

    // The officer in charge works it on the board.
    const oic = await loggedIn(USERS.officerInCharge);
    await oic.page.getByTestId('tab-escalations').click();
    const row = oic.esc.row(escalationId);
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('OPEN');
    await screenshot(oic.page, 'escalation-board');
    await row.getByTestId('escalation-open').click();
    const drawer = oic.esc.drawer(escalationId);
    await drawer.waitFor();
    await drawer.getByTestId('escalation-claim').click();
    await oic.page.locator(`[data-testid="escalation-drawer"][data-escalation-id="${escalationId}"][data-status="IN_PROGRESS"]`).waitFor();
    expect(await drawer.getByTestId('escalation-detail-owner').textContent()).not.toBe('未定');
    const steps = drawer.getByTestId('escalation-step');
    const count = await steps.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const step = steps.nth(i);
      await step.getByTestId('escalation-step-checkbox').click();
      await oic.page.locator(`[data-testid="escalation-step"][data-position="${await step.getAttribute('data-position')}"][data-done="true"]`).waitFor();
    }
    expect(await drawer.getByTestId('escalation-step-done-by').count()).toBe(count);
    await drawer.getByTestId('escalation-note').fill('e2e: 所轄署が本人を保護、保護者へ引き渡し');
    await drawer.getByTestId('escalation-note-add').click();
    await drawer.locator('[data-testid="escalation-event"][data-type="NOTE_ADDED"]').waitFor();
    await screenshot(oic.page, 'escalation-detail', { fullPage: false });
    await drawer.getByTestId('escalation-complete').click();
    await drawer.getByTestId('escalation-action-text').fill('e2e: 保護完了');
    await drawer.getByTestId('escalation-action-confirm').click();
    await oic.page.locator(`[data-testid="escalation-drawer"][data-escalation-id="${escalationId}"][data-status="DONE"]`).waitFor();
    await drawer.locator('[data-testid="escalation-event"][data-type="STATUS_CHANGED"]').first().waitFor();
    await oic.page.getByTestId('escalation-drawer-close').click();

    // The officer who raised it sees it done (the list refreshes itself).
    await officer.page.locator(`[data-testid="my-raised-row"][data-escalation-id="${escalationId}"][data-status="DONE"]`).waitFor({ timeout: 30_000 });
    await screenshot(officer.page, 'officer-raised-escalations');

    // Emergency disclosure: the division raises one; the request text for X is assembled.
    await oic.page.getByTestId('escalation-new').click();
    await oic.esc.chooseOption('raise-kind', '緊急開示要請');
    await oic.page.getByTestId('raise-post-url').fill(postUrl);
    await oic.page.getByTestId('raise-summary').fill('e2e: 自殺予告の投稿者の所在確認のため');
    await oic.page.getByTestId('raise-submit').click();
    const disclosure = oic.page.locator('[data-testid="escalation-drawer"][data-kind="EMERGENCY_DISCLOSURE"]');
    await disclosure.waitFor();
    const panel = disclosure.getByTestId('disclosure-panel');
    await panel.getByTestId('disclosure-missing').waitFor();
    await panel.getByTestId('disclosure-personAtRisk').fill('投稿者本人（高校生と自称、熊本市内）');
    await panel.getByTestId('disclosure-danger').fill('今夜自殺すると投稿。場所と時刻が具体的で切迫している。');
    await panel.getByTestId('disclosure-informationNeeded').fill('登録メールアドレス、電話番号、直近のIPアドレス');
    await panel.getByTestId('disclosure-reason').fill('本人の所在を特定し保護するため');
    await panel.getByTestId('disclosure-contact').fill('熊本県警察 生活安全企画課 096-000-0000');
    await panel.getByTestId('disclosure-save').click();
    await panel.getByTestId('disclosure-complete').waitFor();
    const text = await panel.getByTestId('disclosure-text').inputValue();
    expect(text).toContain('本人の所在を特定し保護するため');
    await panel.getByTestId('disclosure-lang').getByText('英語（Xの窓口用）').click();
    await oic.page.locator('[data-testid="disclosure-text"][data-lang="en"]').waitFor();
    expect(await panel.getByTestId('disclosure-text').inputValue()).not.toBe(text);
    await panel.getByTestId('disclosure-lang').getByText('日本語').click();
    await screenshot(oic.page, 'disclosure-request', { fullPage: false });
    await oic.page.getByTestId('escalation-drawer-close').click();

    // Tablet width: the board scrolls sideways inside its frame; the drawer fills the screen.
    await oic.page.setViewportSize({ width: 768, height: 1024 });
    await oic.page.getByTestId('escalations-view').getByText('すべて').click();
    await oic.esc.row(escalationId).waitFor();
    await screenshot(oic.page, 'escalation-board-tablet');
    await oic.esc.row(escalationId).getByTestId('escalation-open').click();
    await oic.esc.drawer(escalationId).waitFor();
    await screenshot(oic.page, 'escalation-detail-tablet', { fullPage: false });

    for (const p of [chief.page, officer.page, oic.page]) await p.context().close();
  });
});
