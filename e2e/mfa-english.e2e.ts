import { authenticator } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import { toString as qrSvg } from 'qrcode';
import { LoginPage } from './pages/login.page';
import { startAppUnderTest, type AppUnderTest } from './support/app-under-test';
import { launchBrowser, screenshot } from './support/browser';
import { DEMO_PASSWORD, USERS } from './support/demo';

jest.setTimeout(120_000);

/** The authenticator app: the code for a moment (a code is accepted once per 30 s step, ±1 step). */
const totp = (secret: string, at = Date.now()) => authenticator.clone({ epoch: at }).generate(secret);

describe('in English: two-factor set-up, login with a TOTP code, the division screens', () => {
  let app: AppUnderTest;
  let browser: Browser;
  let page: Page;
  let login: LoginPage;
  let secret = '';

  beforeAll(async () => {
    [app, browser] = await Promise.all([startAppUnderTest(), launchBrowser()]);
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-GB', timezoneId: 'Europe/London' });
    page = await context.newPage();
    login = new LoginPage(page);
  });
  afterAll(async () => {
    await browser?.close();
    if (app) expect(await app.stop()).toBe(0);
  });

  it('switches to English before logging in and sets up an authenticator app, seeing the recovery codes once', async () => {
    await login.open(app.url);
    await login.switchLanguage();
    await page.locator('[data-testid="lang-switch"][data-lang="en"]').waitFor();
    await login.login(USERS.officerInCharge, DEMO_PASSWORD);
    expect(await page.getByTestId('tab-review').textContent()).toContain('Review queue');

    await page.getByTestId('account-menu').click();
    await page.getByTestId('menu-mfa').click();
    await page.locator('[data-testid="mfa-settings"][data-enabled="false"]').waitFor();
    await page.getByTestId('mfa-start').click();
    secret = ((await page.getByTestId('mfa-secret').textContent()) ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    const otpauth = (await page.getByTestId('mfa-otpauth').getAttribute('href'))!;
    expect(otpauth).toMatch(/^otpauth:\/\/totp\//);
    expect(otpauth).toContain(`secret=${secret}`);
    // The QR code is a picture of exactly that URI (the encoder is deterministic: same input, same SVG).
    const qr = page.getByTestId('mfa-qr');
    await qr.waitFor();
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const expected = await qrSvg(otpauth, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    expect(decodeURIComponent((await qr.getAttribute('src'))!.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''))).toBe(expected);
    await screenshot(page, 'mfa-enrolment-en', { fullPage: false });

    // A wrong code is refused in place, in English.
    await page.locator('[data-testid="mfa-enrol-code"] input').first().click();
    await page.keyboard.type('000000');
    await page.getByTestId('mfa-enrol-confirm').click();
    await page.getByTestId('error-message').waitFor();
    expect(await page.getByTestId('error-message').textContent()).toMatch(/[A-Za-z]/);

    await page.locator('[data-testid="mfa-enrol-code"] input').first().click();
    await page.keyboard.type(totp(secret));
    await page.getByTestId('mfa-enrol-confirm').click();
    await page.getByTestId('mfa-recovery-codes').waitFor();
    expect(await page.getByTestId('mfa-recovery-code').count()).toBe(10);
    await screenshot(page, 'mfa-recovery-codes-en', { fullPage: false });
    await page.getByTestId('mfa-recovery-done').click();
    await page.locator('[data-testid="mfa-settings"][data-enabled="true"]').waitFor();
    await page.keyboard.press('Escape');
  });

  it('logs in again with the password and a TOTP code', async () => {
    await login.logout();
    await login.submitCredentials(USERS.officerInCharge, DEMO_PASSWORD);
    await page.locator('[data-testid="login-step"][data-step="MFA_CODE_REQUIRED"]').waitFor();
    await screenshot(page, 'mfa-login-code-en');
    // The enrolment used this 30 s step's code; the next step's is within the accepted drift.
    await page.getByTestId('mfa-code').fill(totp(secret, Date.now() + 30_000));
    await page.getByTestId('mfa-verify-submit').click();
    await page.getByTestId('current-user-name').waitFor();
  });

  it('works through the division screens in English: statistics, monthly reports, pending replies, bulletins', async () => {
    await page.getByTestId('tab-statistics').click();
    await page.getByTestId('statistics-dashboard').waitFor();
    expect(await page.getByTestId('statistics-page').textContent()).toContain('Trend by month');
    await screenshot(page, 'oic-statistics-en');

    await page.getByTestId('tab-monthly-reports').click();
    await page.getByTestId('monthly-generate').click();
    await page.locator('[data-testid="monthly-report"][data-status="DRAFT"]').waitFor();
    expect(await page.getByTestId('monthly-status').textContent()).toBe('Draft');
    await screenshot(page, 'oic-monthly-report-en');

    // Keyboard: "]" moves to the next screen (after monthly reports come the bulletins).
    await page.getByTestId('monthly-back').click();
    await page.keyboard.press(']');
    await page.getByTestId('bulletins-page').waitFor();
    await page.getByTestId('bulletins-empty').waitFor();
    await screenshot(page, 'oic-bulletins-empty-en');

    await page.getByTestId('tab-pending-replies').click();
    await page.getByTestId('pending-replies-page').waitFor();
    await screenshot(page, 'oic-pending-replies-en');

    // Tablet width, English.
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.getByTestId('tab-statistics').click();
    await page.getByTestId('statistics-dashboard').waitFor();
    await screenshot(page, 'oic-statistics-tablet-en');
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('turns the second factor off with the password', async () => {
    await page.getByTestId('account-menu').click();
    await page.getByTestId('menu-mfa').click();
    await page.locator('[data-testid="mfa-settings"][data-enabled="true"]').waitFor();
    await page.getByTestId('mfa-disable-password').fill(DEMO_PASSWORD);
    await page.getByTestId('mfa-disable').click();
    await page.locator('[data-testid="mfa-settings"][data-enabled="false"]').waitFor();
  });
});
