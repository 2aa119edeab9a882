import type { Browser, Page } from 'playwright-core';
import { AuditPage } from './pages/audit.page';
import { LoginPage } from './pages/login.page';
import { Navigation } from './pages/navigation.page';
import { SessionsDialog } from './pages/sessions.page';
import { TemplatesPage } from './pages/templates.page';
import { UsersPage } from './pages/users.page';
import { startAppUnderTest, type AppUnderTest } from './support/app-under-test';
import { launchBrowser, screenshot } from './support/browser';
import { DEMO_PASSWORD, USERS } from './support/demo';
import { GraphQLApi, GraphQLApiError } from './support/graphql-api';

jest.setTimeout(120_000);

/** The officer's page polls (its raised escalations every 10 s): a deactivated user's next poll finds the session gone. */
const NEXT_POLL_TIMEOUT = 15_000;

/** Today as a Japan-time calendar day, as the audit filter takes it. */
const japanToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());

describe('chief administration in Chromium: templates, users and units, audit log, own sessions', () => {
  let app: AppUnderTest;
  let browser: Browser;
  // Shared between the steps below, which run in order: the account the chief creates.
  const newUser = {
    username: `e2e.higashi.${Date.now().toString(36)}`,
    displayName: '東 一郎',
    initialPassword: 'Shokai-Kagi-Higashi-4821',
    ownPassword: 'Aso-Kuju-Shirakawa-5512',
    id: '',
  };

  beforeAll(async () => {
    [app, browser] = await Promise.all([startAppUnderTest(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    if (app) expect(await app.stop()).toBe(0);
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    return context.newPage();
  }

  async function loggedIn(username: string): Promise<{ page: Page; login: LoginPage; nav: Navigation }> {
    const page = await newPage();
    const login = new LoginPage(page);
    await login.open(app.url);
    await login.login(username, DEMO_PASSWORD);
    return { page, login, nav: new Navigation(page) };
  }

  it('the chief edits a reply template: a new version, a hashtag refused by the lint, the history, the preview', async () => {
    const { page, nav } = await loggedIn(USERS.chief);
    const templates = new TemplatesPage(page);
    await nav.open('templates');
    const key = 'ADULT:C2_LODGING';
    await templates.row(key).waitFor();
    expect(await templates.row(key).getAttribute('data-version')).toBe('1');
    // Keys without a text of their own offer "create"; category texts can be deactivated.
    await templates.row('ADULT:C1_SEX_OR_MEETING').getByTestId('template-create').waitFor();
    await templates.row(key).getByTestId('template-deactivate').waitFor();
    await screenshot(page, 'admin-01-templates');

    // A new version, with the reason.
    await templates.openEditor(key);
    const body =
      '熊本県警察です。18歳未満の子供を泊める・泊めてもらう呼びかけは、同意があっても未成年者誘拐罪などになるおそれがあります。（整理番号{caseNumber}）';
    await templates.fillEditor(body, 'e2e: 罪名の表現を見直し');
    await expect(page.getByTestId('template-draft-preview').textContent()).resolves.toContain('整理番号1234');
    await screenshot(page, 'admin-02-template-edit', { fullPage: false });
    await templates.save();
    await templates.result().waitFor();
    await page.locator(`[data-testid="template-row"][data-key="${key}"][data-version="2"]`).waitFor();
    await expect(templates.row(key).getByTestId('template-text').textContent()).resolves.toBe(body);

    // The lint refuses a hashtag, names it, and nothing is saved.
    await templates.openEditor(key);
    await templates.fillEditor(`${body} #家出`, 'e2e: ハッシュタグを追加');
    await templates.save();
    await templates.problems().waitFor();
    await expect(templates.problem('HASHTAG').getAttribute('data-term')).resolves.toBe('#家出');
    await expect(templates.problem('HASHTAG').textContent()).resolves.toContain('ハッシュタグ');
    await screenshot(page, 'admin-03-template-lint', { fullPage: false });
    await templates.cancel();
    expect(await templates.row(key).getAttribute('data-version')).toBe('2');

    // Two chiefs at once: someone saves while this editor is open; saving answers CONFLICT, shows the
    // latest text, and the chief can save their text on top of it.
    await templates.openEditor(key);
    const other = await GraphQLApi.login(app.url, USERS.chief);
    const current = await other.call<{ replyTemplates: Array<{ id: string; key: string; version: number }> }>(
      `query { replyTemplates { id key version } }`,
    );
    const onServer = current.replyTemplates.find((tpl) => tpl.key === key)!;
    await other.call(`mutation($id: ID!, $body: String!, $v: Int!) { updateReplyTemplate(id: $id, body: $body, expectedVersion: $v) { id } }`, {
      id: onServer.id,
      body: body.replace('熊本県警察です。', '熊本県警察からのお知らせです。'),
      v: onServer.version,
    });
    await templates.fillEditor(body.replace('おそれがあります', 'おそれがあり、処罰の対象です'), 'e2e: 同時編集');
    await templates.save();
    await page.getByTestId('template-conflict').waitFor();
    // The latest version is read again before the chief can save over it.
    await page.locator('[data-testid="template-conflict-keep"]:not([data-loading])').waitFor();
    await page.getByTestId('template-conflict').locator('.mantine-Button-loader').waitFor({ state: 'detached' });
    await screenshot(page, 'admin-03b-template-conflict', { fullPage: false });
    await page.getByTestId('template-conflict-keep').click();
    await templates.result().waitFor();
    await page.locator(`[data-testid="template-row"][data-key="${key}"][data-version="4"]`).waitFor();

    // Versions in the history, newest in use.
    await templates.openHistory(key);
    await expect(templates.historyRows().count()).resolves.toBe(4);
    expect(await templates.historyRows().first().getAttribute('data-version')).toBe('4');
    expect(await templates.historyRows().first().getAttribute('data-active')).toBe('true');
    await screenshot(page, 'admin-04-template-history', { fullPage: false });
    await page.keyboard.press('Escape');
    await templates.historyRows().first().waitFor({ state: 'detached' });

    // A category text retired: its cases get the default. Created again, it continues the numbering.
    const c3 = 'ADULT:C3_HARMFUL_WORK';
    await templates.row(c3).getByTestId('template-deactivate').click();
    await page.getByTestId('template-deactivate-confirm').click();
    await page.locator(`[data-testid="template-row"][data-key="${c3}"][data-active="false"]`).waitFor();
    await templates.row(c3).getByTestId('template-create').click();
    await templates.editor().waitFor();
    await templates.fillEditor('熊本県警察です。児童に有害な仕事を紹介することは、児童福祉法などにより処罰の対象となります。（整理番号{caseNumber}）', 'e2e: 作り直し');
    await templates.save();
    await page.locator(`[data-testid="template-row"][data-key="${c3}"][data-active="true"][data-version="2"]`).waitFor();

    // The preview picks the new version for a lodging case and counts as X does.
    await templates.previewFor('ADULT', ['C2_LODGING']);
    await page.locator('[data-testid="template-preview"][data-template-key="ADULT:C2_LODGING"][data-template-version="4"]').waitFor();
    await expect(templates.previewCount().textContent()).resolves.toMatch(/^\d+\/280$/);
    expect(await templates.previewCount().getAttribute('data-valid')).toBe('true');

    // The same screen in English.
    await page.getByTestId('lang-switch').click();
    await page.getByText('Reply templates', { exact: true }).waitFor();
    await screenshot(page, 'admin-05-templates-en');
    await page.getByTestId('lang-switch').click();
    await page.getByText('返信文テンプレート', { exact: true }).waitFor();
    await page.context().close();
  });

  it('the chief adds an officer in a station (the division-only rule shown in place); the new user chooses a password; deactivated, they are thrown out', async () => {
    const { page: chief, nav } = await loggedIn(USERS.chief);
    const users = new UsersPage(chief);
    await nav.open('users');
    await users.row(USERS.chief).waitFor();

    // Units: add a station and rename it.
    await users.createUnit('ST90', 'e2e分庁舎');
    await users.renameUnit('ST90', 'e2e分庁舎（仮）');

    // An officer in charge must belong to the division: the server says so, under the role.
    await users.fillNewUser({ ...newUser, role: 'OFFICER_IN_CHARGE', unitName: '熊本東警察署' });
    await users.save();
    await users.roleError().waitFor();
    expect(await users.roleError().getAttribute('data-error-code')).toBe('INVALID_INPUT');
    await expect(users.roleError().textContent()).resolves.toContain('生活安全企画課');
    await screenshot(chief, 'admin-06-user-division-only', { fullPage: false });

    await users.chooseRole('OFFICER');
    await users.save();
    await users.result().waitFor();
    await users.row(newUser.username).waitFor();
    expect(await users.row(newUser.username).getAttribute('data-active')).toBe('true');
    newUser.id = (await users.row(newUser.username).getAttribute('data-user-id'))!;
    await users.row(newUser.username).getByTestId('user-must-change-password').waitFor();
    await screenshot(chief, 'admin-07-users-and-units');

    // The new officer logs in with the initial password and must choose their own first.
    const officer = await newPage();
    const officerLogin = new LoginPage(officer);
    await officerLogin.open(app.url);
    await officerLogin.submitCredentials(newUser.username, newUser.initialPassword);
    await officerLogin.passwordChangeStep().waitFor();
    await screenshot(officer, 'admin-08-password-change');
    await officerLogin.changePassword(newUser.initialPassword, newUser.ownPassword);
    await officer.getByTestId('current-user-name').waitFor();
    await expect(officer.getByTestId('current-user-unit').textContent()).resolves.toBe('熊本東警察署');
    await officer.getByTestId('report-url').waitFor();
    await screenshot(officer, 'admin-09-new-officer');

    // The chief deactivates them: their open page goes back to the login page on its next poll.
    await users.deactivate(newUser.username, 'e2e: 人事異動');
    await officerLogin.sessionEndedNotice().waitFor({ timeout: NEXT_POLL_TIMEOUT });
    await officer.getByTestId('login-username').waitFor();
    await screenshot(officer, 'admin-10-session-ended');
    // And they cannot log in again.
    await officerLogin.submitCredentials(newUser.username, newUser.ownPassword);
    await officer.locator('[data-testid="error-message"][data-error-code="UNAUTHENTICATED"]').waitFor();
    await officer.context().close();

    // Reactivated with a reset password: the next login must choose a new one again.
    await users.reactivate(newUser.username);
    await users.row(newUser.username).getByTestId('user-reset-password').click();
    await chief.getByTestId('user-new-password').fill('Kikuchi-Keiryu-Onsen-3307');
    await chief.getByTestId('user-reset-password-submit').click();
    await users.result().waitFor();
    await users.row(newUser.username).getByTestId('user-must-change-password').waitFor();
    await expect(GraphQLApi.login(app.url, newUser.username, 'Kikuchi-Keiryu-Onsen-3307')).rejects.toMatchObject({
      errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'PASSWORD_CHANGE_REQUIRED' }) })],
    });
    await chief.context().close();
  });

  it('the chief reads the audit log and finds those actions, with before and after; older entries load on demand', async () => {
    expect(newUser.id).not.toBe('');
    // Every read of the audit log is itself logged: enough reads make a second page of audit.READ.
    const api = await GraphQLApi.login(app.url, USERS.chief);
    for (let i = 0; i < 52; i++) await api.call(`query { auditEvents(first: 1) { nodes { id } } }`);

    const { page, nav } = await loggedIn(USERS.chief);
    const audit = new AuditPage(page);
    await nav.open('audit');
    await audit.rows().first().waitFor();

    // What happened to the new account, newest first, within today (Japan time).
    await audit.filter({ action: 'user.', objectType: 'User', objectId: newUser.id, from: japanToday(), to: japanToday() });
    await audit.row('user.DEACTIVATE', newUser.id).waitFor();
    const actions = await audit.rows().evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')));
    expect(actions).toEqual([
      'user.LOGIN',
      'user.RESET_PASSWORD',
      'user.REACTIVATE',
      'user.DEACTIVATE',
      'user.CHANGE_PASSWORD',
      'user.LOGIN',
      'user.CREATE',
    ]);
    const details = await audit.expand(audit.row('user.DEACTIVATE', newUser.id));
    await expect(details.getByTestId('audit-before').textContent()).resolves.toContain('"active": true');
    await expect(details.getByTestId('audit-after').textContent()).resolves.toContain('e2e: 人事異動');
    await screenshot(page, 'admin-11-audit-log');

    // The template edit of the first test is there too, by the chief.
    await audit.filter({ action: 'replyTemplate.' });
    await audit.row('replyTemplate.UPDATE').first().waitFor();
    await expect(audit.row('replyTemplate.UPDATE').first().textContent()).resolves.toContain('佐藤 浩');

    // "Show more" appends the next page of reads.
    await audit.filter({ action: 'audit.READ' });
    await audit.loadMore().waitFor();
    await expect(audit.rows().count()).resolves.toBe(50);
    await audit.loadMore().click();
    await audit.rows().nth(50).waitFor();
    expect(await audit.rows().count()).toBeGreaterThan(50);
    await page.context().close();
  });

  it('a user sees where they are logged in and ends their other sessions', async () => {
    // Two more sessions of the same officer elsewhere (another PC, a phone).
    const [elsewhere, another] = await Promise.all([GraphQLApi.login(app.url, USERS.officer), GraphQLApi.login(app.url, USERS.officer)]);
    const { page } = await loggedIn(USERS.officer);
    const sessions = new SessionsDialog(page);
    await sessions.open();
    await expect(sessions.rows().count()).resolves.toBe(3);
    await expect(sessions.current().count()).resolves.toBe(1);
    await screenshot(page, 'admin-12-sessions', { fullPage: false });

    // End one: that session is gone at once.
    await sessions.endFirstOther();
    await sessions.result().waitFor();
    await expect(sessions.rows().count()).resolves.toBe(2);
    const stillAlive = await Promise.all(
      [elsewhere, another].map((api) =>
        api.call(`query { me { id } }`).then(
          () => true,
          (e: GraphQLApiError) => {
            expect(e.errors[0].extensions?.code).toBe('UNAUTHENTICATED');
            return false;
          },
        ),
      ),
    );
    expect(stillAlive.filter(Boolean)).toHaveLength(1);

    // End all others: only this device remains, and this page keeps working.
    await sessions.endAllOthers();
    await page.locator('[data-testid="session-row"]').nth(1).waitFor({ state: 'detached' });
    await expect(sessions.rows().count()).resolves.toBe(1);
    expect(await sessions.rows().first().getAttribute('data-current')).toBe('true');
    await sessions.close();
    await page.getByTestId('report-url').waitFor();
    await page.context().close();
  });
});
