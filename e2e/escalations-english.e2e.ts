import type { Browser, Page } from 'playwright-core';
import { EscalationPages } from './pages/escalations.page';
import { LoginPage } from './pages/login.page';
import { startAppUnderTest, type AppUnderTest } from './support/app-under-test';
import { launchBrowser, screenshot } from './support/browser';
import { DEMO_PASSWORD, USERS } from './support/demo';

jest.setTimeout(180_000);

describe('escalations in English: a live urgent alert, a deletion request to X, the chief edits a procedure', () => {
  let app: AppUnderTest;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startAppUnderTest(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    if (app) expect(await app.stop()).toBe(0);
  });

  /** Logs in after switching the login page to English (the choice is kept in the browser). */
  async function loggedInEnglish(username: string): Promise<{ page: Page; esc: EscalationPages }> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-GB', timezoneId: 'Asia/Tokyo' });
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.open(app.url);
    await login.switchLanguage();
    await page.locator('[data-testid="lang-switch"][data-lang="en"]').waitFor();
    await login.login(username, DEMO_PASSWORD);
    return { page, esc: new EscalationPages(page) };
  }

  it('an officer raises an urgent child-safety escalation; the chief, in English, sees it live, acknowledges and opens it', async () => {
    const chief = await loggedInEnglish(USERS.chief);
    await chief.page.getByTestId('tab-review').waitFor();
    expect(await chief.page.getByTestId('tab-escalations').textContent()).toBe('Escalations');
    // Set once; a reload would lose it.
    await chief.page.evaluate(() => ((window as unknown as { __noReload: number }).__noReload = 1));

    const officer = await loggedInEnglish(USERS.officer);
    await officer.page.getByTestId('officer-page').waitFor();
    await officer.esc.openRaise('CHILD_SAFETY_URGENT');
    const postUrl = `https://x.com/e2e_en_kmm/status/${1_910_000_000_000_000_000n + BigInt(Date.now())}`;
    await officer.esc.fillRaise(postUrl, 'e2e: a pupil says she is meeting an adult tonight at Kumamoto station');
    await screenshot(officer.page, 'escalation-raise-en', { fullPage: false });
    const escalationId = await officer.esc.sendRaise();

    // Live: the chief's page gets the red banner over the WebSocket, in English, without reloading.
    const banner = chief.esc.banner(escalationId);
    await banner.waitFor({ timeout: 60_000 });
    expect(await chief.page.evaluate(() => (window as unknown as { __noReload?: number }).__noReload)).toBe(1);
    expect(await banner.getAttribute('data-kind')).toBe('CHILD_SAFETY_URGENT');
    expect(await banner.textContent()).toContain('Child safety (urgent)');
    await screenshot(chief.page, 'chief-live-alert-en', { fullPage: false });
    await banner.getByTestId('alert-acknowledge').click();
    await banner.waitFor({ state: 'detached' });

    await chief.page.getByTestId('tab-escalations').click();
    const row = chief.esc.row(escalationId);
    await row.waitFor();
    expect(await row.getAttribute('data-kind')).toBe('CHILD_SAFETY_URGENT');
    await screenshot(chief.page, 'escalation-board-en');
    await row.getByTestId('escalation-open').click();
    const drawer = chief.esc.drawer(escalationId);
    await drawer.waitFor();
    await drawer.getByTestId('escalation-claim').click();
    await chief.page.locator(`[data-testid="escalation-drawer"][data-escalation-id="${escalationId}"][data-status="IN_PROGRESS"]`).waitFor();
    // English step labels of the checklist, and the timeline in English.
    expect(await drawer.getByTestId('escalation-step').count()).toBeGreaterThan(0);
    expect(await drawer.locator('[data-testid="escalation-event"][data-type="RAISED"]').textContent()).toContain('Raised');
    await screenshot(chief.page, 'escalation-detail-en', { fullPage: false });
    await chief.page.getByTestId('escalation-drawer-close').click();
    await officer.page.context().close();

    // A deletion request: raised on the board, recorded as sent to X; the re-checks then follow the post.
    await chief.page.getByTestId('escalation-new').click();
    await chief.esc.chooseOption('raise-kind', 'Deletion request');
    await chief.page.getByTestId('raise-post-url').fill(`https://x.com/e2e_en_seller/status/${1_920_000_000_000_000_000n + BigInt(Date.now())}`);
    await chief.esc.chooseOption('raise-deletion-reason', 'Child sexual abuse material');
    await chief.page.getByTestId('raise-summary').fill('e2e: an account offering images of pupils for sale');
    await chief.page.getByTestId('raise-submit').click();
    const deletion = chief.page.locator('[data-testid="escalation-drawer"][data-kind="DELETION_REQUEST"]');
    await deletion.waitFor();
    const panel = deletion.getByTestId('deletion-panel');
    await panel.waitFor();
    expect(await panel.getAttribute('data-requested')).toBe('false');
    expect(await panel.textContent()).toContain('Not yet requested from X.');
    await panel.getByTestId('deletion-x-reference').fill('LE-REQ-2026-0042');
    await panel.getByTestId('deletion-record-sent').click();
    await deletion.locator('[data-testid="deletion-panel"][data-requested="true"]').waitFor();
    await panel.getByTestId('deletion-still-up').waitFor();
    expect(await panel.textContent()).toContain('LE-REQ-2026-0042');
    await deletion.locator('[data-testid="escalation-event"][data-type="DELETION_REQUEST_SENT"]').waitFor();
    await screenshot(chief.page, 'deletion-request', { fullPage: false });
    await chief.page.getByTestId('escalation-drawer-close').click();

    // The chief's procedure editor: a step added to the suicide-notice checklist makes a new version.
    await chief.page.getByTestId('escalations-tab-checklists').click();
    const editor = chief.page.getByTestId('checklist-editor');
    await editor.waitFor();
    const before = Number(await editor.getAttribute('data-version'));
    const steps = editor.getByTestId('checklist-step');
    const count = await steps.count();
    expect(count).toBeGreaterThan(0);
    await editor.getByTestId('checklist-add-step').click();
    await steps.nth(count).waitFor();
    await steps.nth(count).getByRole('textbox').nth(0).fill('e2e: 保護者に連絡したことを記録する');
    await steps.nth(count).getByRole('textbox').nth(1).fill('e2e: record that the guardians were called');
    await editor.getByTestId('checklist-note').fill('e2e: guardians step added');
    await editor.getByTestId('checklist-save').click();
    await editor.getByTestId('checklist-saved').waitFor();
    await chief.page.locator(`[data-testid="checklist-editor"][data-version="${before + 1}"]`).waitFor();
    expect(await editor.getByTestId('checklist-saved').textContent()).toBe(`Version ${before + 1} saved.`);
    expect(await editor.getByTestId('checklist-step').count()).toBe(count + 1);
    await screenshot(chief.page, 'checklist-editor');
    await chief.page.context().close();
  });
});
