import type { Browser, Page, Route } from 'playwright-core';
import { CaseDrawer } from './pages/case-drawer.page';
import { ChiefPage } from './pages/chief.page';
import { LoginPage } from './pages/login.page';
import { Navigation } from './pages/navigation.page';
import { OfficerInChargePage } from './pages/officer-in-charge.page';
import { OfficerPage } from './pages/officer.page';
import { ReviewPage, type Screening } from './pages/review.page';
import { VolunteerPage } from './pages/volunteer.page';
import { startAppUnderTest, type AppUnderTest } from './support/app-under-test';
import { launchBrowser, screenshot } from './support/browser';
import { DEMO_PASSWORD, USERS } from './support/demo';
import { GraphQLApi } from './support/graphql-api';
import { postOnX, sandboxReplies, scriptSandbox, waitForReply } from './support/x-sandbox';

jest.setTimeout(120_000);

/** The worker posts within seconds; the work lists are live (a volunteer's tips poll every 5 s). */
const LIST_UPDATE_TIMEOUT = 20_000;

describe('case workflow in Chromium: every role plays its part (DESIGN §3)', () => {
  let app: AppUnderTest;
  let browser: Browser;

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

  /** A fresh browser session logged in as `username`. */
  async function loggedIn(username: string): Promise<{ page: Page; login: LoginPage }> {
    const page = await newPage();
    const login = new LoginPage(page);
    await login.open(app.url);
    await login.login(username, DEMO_PASSWORD);
    return { page, login };
  }

  async function switchUser(login: LoginPage, username: string) {
    await login.logout();
    await login.login(username, DEMO_PASSWORD);
  }

  it('officer reports → officer in charge asks approval → chief approves → reply on X → report to chief → acknowledged, case CLOSED', async () => {
    const text = `光の森周辺で会えるJC・JKの子募集。交通費出します e2e-approval-${Date.now()}`;
    const profile = '40代 会社員 菊陽町 車あり';
    const postId = await postOnX(app, text, 'e2e_hikari', profile);
    const postUrl = `https://x.com/e2e_hikari/status/${postId}`;

    // 警察職員: 発見報告, with the text and profile as seen.
    const { page, login } = await loggedIn(USERS.officer);
    const officer = new OfficerPage(page);
    const result = await officer.submitReport(postUrl, '光の森、児童を対象とした面会の呼びかけ', { postText: text, profileText: profile });
    await result.waitFor();
    const caseId = (await result.getAttribute('data-case-id'))!;
    expect(caseId).toBeTruthy();
    await officer.reportRow(caseId).waitFor();
    await screenshot(page, 'workflow-01-officer-report');

    // 実施担当者: take, screen, and ask the chief (doubt: a dispute may follow).
    await switchUser(login, USERS.officerInCharge);
    const review = new ReviewPage(page);
    await review.queueRow(caseId).waitFor();
    await expect(review.queueRow(caseId).getByTestId('post-text').textContent()).resolves.toContain('光の森');
    await review.take(caseId);
    const screening: Screening = { region: 'KUMAMOTO', child: 'TARGET_IS_CHILD', source: 'BOTH', categories: ['C1_SEX_OR_MEETING'] };
    const reason = '投稿者が実在の事業者を名乗っており、警告後に紛争となるおそれがあるため';
    await review.requestApproval(caseId, screening, reason);
    // The poster targets a child: a warning (警告) to an adult, derived from the checklist.
    expect(await review.derivedAudience(caseId).getAttribute('data-audience')).toBe('ADULT');
    // The exact reply this case will get, with X's weighted count.
    await review.replyPreviewCount(caseId).waitFor();
    expect(await review.replyPreviewCount(caseId).textContent()).toMatch(/^\d+\/280$/);
    expect(await review.replyPreviewCount(caseId).getAttribute('data-valid')).toBe('true');
    const previewText = (await review.replyPreviewText(caseId).textContent())!;
    await screenshot(page, 'workflow-02-screening-checklist');
    await review.submitApproval(caseId);
    await review.actionResult(caseId).waitFor();
    await review.queueRow(caseId).waitFor({ state: 'detached' });

    // 実施責任者: the 伺い shows the record, the exact reply and the reason; approve it.
    await switchUser(login, USERS.chief);
    const nav = new Navigation(page);
    const chief = new ChiefPage(page);
    await page.locator('[data-testid="tab-count-approvals"][data-count="1"]').waitFor();
    await nav.open('approvals');
    const approval = chief.approvalRow(caseId);
    await approval.waitFor();
    expect(await approval.getByTestId('approval-reason-text').textContent()).toBe(reason);
    const replyText = (await approval.getByTestId('reply-text').textContent())!;
    expect(replyText).toContain('熊本県警察');
    expect(await approval.getByTestId('audience').textContent()).toBe('警告');
    await screenshot(page, 'workflow-03-chief-approvals');
    await chief.approve(caseId);
    await chief.actionResult(caseId).waitFor();

    // The worker posts exactly the approved text as a reply on X.
    const replies = await waitForReply(app, postId);
    expect(replies).toHaveLength(1);
    expect(replies[0].text).toBe(replyText);
    // …which is what the screening checklist previewed.
    expect(replies[0].text).toBe(previewText);

    // 実施担当者: report the posted warning to the chief.
    await switchUser(login, USERS.officerInCharge);
    const oic = new OfficerInChargePage(page);
    await nav.open('report-to-chief');
    const toReport = oic.reportToChiefRow(caseId);
    await toReport.waitFor({ timeout: LIST_UPDATE_TIMEOUT });
    expect(await toReport.getByTestId('reply-post-id').textContent()).toBe(replies[0].id);
    await toReport.getByTestId('report-note-input').fill('承認どおり警告を実施しました。');
    await screenshot(page, 'workflow-04-report-to-chief');
    await oic.reportToChief(caseId);
    await oic.actionResult(caseId).waitFor();

    // 実施責任者: acknowledge; the case closes.
    await switchUser(login, USERS.chief);
    await nav.open('acknowledge');
    const ack = chief.ackRow(caseId);
    await ack.waitFor();
    expect(await ack.getByTestId('report-note').textContent()).toBe('承認どおり警告を実施しました。');
    await screenshot(page, 'workflow-05-chief-acknowledge');
    await chief.acknowledge(caseId);
    const acknowledged = chief.actionResult(caseId);
    await acknowledged.waitFor();

    // The drawer shows the case CLOSED and its whole history, in order.
    const drawer = new CaseDrawer(page);
    await drawer.openFrom(acknowledged, caseId);
    await drawer.drawer(caseId, 'CLOSED').waitFor();
    const actions = await drawer.timelineActions(caseId);
    // Opening the case and its first report happen in one transaction: same instant, either order.
    expect(actions.slice(0, 2).sort()).toEqual(['case.OPEN', 'report.SUBMIT']);
    expect(actions.slice(2)).toEqual([
      'case.TAKE',
      'case.REQUEST_APPROVAL',
      'case.APPROVE',
      'case.RECORD_REPLY_POSTED',
      'case.REPORT_TO_CHIEF',
      'case.ACKNOWLEDGE',
    ]);
    await expect(drawer.drawer(caseId).getByTestId('x-account').getAttribute('data-case-count')).resolves.toBe('1');
    await screenshot(page, 'workflow-06-case-drawer', { fullPage: false });
    await drawer.scrollToTimeline(caseId);
    await screenshot(page, 'workflow-06b-case-drawer-timeline', { fullPage: false });
    await drawer.close();

    // The officer sees the outcome of their report too.
    await switchUser(login, USERS.officer);
    const ownRow = page.locator(`[data-testid="unit-report-row"][data-case-id="${caseId}"][data-status="CLOSED"]`);
    await ownRow.waitFor();
    await drawer.openFrom(ownRow, caseId);
    await drawer.drawer(caseId, 'CLOSED').getByTestId('case-timeline').waitFor();
    // Officers may not read X accounts: the drawer does not ask for them.
    expect(await drawer.drawer(caseId).getByTestId('x-account').count()).toBe(0);
    await screenshot(page, 'workflow-06c-officer-case-drawer', { fullPage: false });
    await page.context().close();
  });

  it('(English) a post from another prefecture does not qualify: NOT_QUALIFIED points to "Not applicable"; the case closes without a reply', async () => {
    const postId = await postOnX(app, `博多駅の近くで今日会えるJKいたら連絡ください e2e-na-${Date.now()}`, 'e2e_hakata');
    const officerApi = await GraphQLApi.login(app.url, USERS.officer);
    const caseId = await officerApi.submitReport(`https://x.com/e2e_hakata/status/${postId}`, '福岡の書き込みの可能性');

    // The same screens with the English switch: every string must follow it.
    const page = await newPage();
    const login = new LoginPage(page);
    await login.open(app.url);
    await login.switchLanguage();
    await login.login(USERS.officerInCharge, DEMO_PASSWORD);
    const review = new ReviewPage(page);
    await review.queueRow(caseId).waitFor();
    await review.take(caseId);
    await review.warn(caseId, { region: 'OTHER_PREFECTURE', child: 'TARGET_IS_CHILD', source: 'CONTENT', categories: ['C1_SEX_OR_MEETING'] });

    const row = review.queueRow(caseId);
    const error = row.locator('[data-testid="error-message"][data-error-code="NOT_QUALIFIED"]');
    await error.waitFor();
    expect(await error.textContent()).toContain('Not applicable');
    expect(await error.getByTestId('not-qualified-problems').textContent()).toContain('another prefecture');
    await screenshot(page, 'workflow-07-en-not-qualified');

    await error.getByTestId('not-qualified-to-na').click();
    expect(await row.getByTestId('na-reason').inputValue()).toBe('OUT_OF_REGION');
    await row.getByTestId('na-note').fill('Meeting near Hakata station: passed on to Fukuoka police');
    await screenshot(page, 'workflow-08-en-not-applicable');
    await row.getByTestId('na-submit').click();
    const done = review.actionResult(caseId);
    await done.waitFor();
    await row.waitFor({ state: 'detached' });

    const drawer = new CaseDrawer(page);
    await drawer.openFrom(done, caseId);
    await drawer.drawer(caseId, 'CLOSED').waitFor();
    expect(await drawer.timelineActions(caseId)).toContain('case.MARK_NOT_APPLICABLE');
    expect(await drawer.drawer(caseId).getByTestId('case-fields').textContent()).toContain('Outside the prefecture');
    await drawer.scrollToTimeline(caseId);
    await screenshot(page, 'workflow-08b-en-case-drawer', { fullPage: false });
    expect((await sandboxReplies(app)).filter((r) => r.inReplyToPostId === postId)).toHaveLength(0);
    await page.context().close();
  });

  it("a volunteer's tip turns HANDLED once the alert is posted, and the volunteer sees nothing else", async () => {
    const postId = await postOnX(app, `中3です。自画撮り売ってます、DMで e2e-tip-${Date.now()}`, 'e2e_tip_amakusa', '中3 天草');
    const tipUrl = `https://x.com/e2e_tip_amakusa/status/${postId}?s=20`;

    const { page } = await loggedIn(USERS.volunteer);
    const volunteer = new VolunteerPage(page);
    // Only the tip page: no work lists, no tabs.
    expect(await page.getByTestId('tab-review').count()).toBe(0);
    await volunteer.submitTip(tipUrl, '天草の中学生が画像を売ると書いています');
    await volunteer.tipRow(tipUrl, 'RECEIVED').waitFor();
    await screenshot(page, 'workflow-09-volunteer-tip');

    // The division warns through the API (the screens are covered above).
    const oicApi = await GraphQLApi.login(app.url, USERS.officerInCharge);
    const caseId = await oicApi.caseIdInQueue(postId);
    await oicApi.takeCase(caseId);
    await oicApi.warnCase(caseId, { region: 'KUMAMOTO', childIndication: 'POSTER_IS_CHILD', indicationSource: 'PROFILE', categories: ['C4_CSAM_TRADE'] });
    await waitForReply(app, postId);

    // No reload: the list polls.
    await volunteer.tipRow(tipUrl, 'HANDLED').waitFor({ timeout: LIST_UPDATE_TIMEOUT });
    expect(await volunteer.tipRow(tipUrl).getByTestId('tip-status').textContent()).toBe('対応済み');
    await screenshot(page, 'workflow-10-volunteer-tip-handled');
    await page.context().close();
  });

  it('the chief returns a 伺い with a comment, the officer in charge sees it, asks again, and the chief declines: CLOSED, no reply', async () => {
    const postId = await postOnX(app, `JK2 熊本 今日泊めてくれる人 e2e-decline-${Date.now()}`, 'e2e_decline');
    const officerApi = await GraphQLApi.login(app.url, USERS.officer);
    const oicApi = await GraphQLApi.login(app.url, USERS.officerInCharge);
    const caseId = await officerApi.submitReport(`https://x.com/e2e_decline/status/${postId}`, 'e2e');
    const screening = { region: 'UNKNOWN', childIndication: 'POSTER_IS_CHILD', indicationSource: 'CONTENT', categories: ['C2_LODGING'] };
    await oicApi.takeCase(caseId);
    await oicApi.requestApproval(caseId, screening, '地域が特定できないため');

    const { page, login } = await loggedIn(USERS.chief);
    const nav = new Navigation(page);
    const chief = new ChiefPage(page);
    await nav.open('approvals');
    await chief.approvalRow(caseId).waitFor();
    await chief.returnForScreening(caseId, 'プロフィールの地名も確認してください');
    await chief.actionResult(caseId).waitFor();

    // Back in screening with the officer who took it, who sees the chief's comment.
    await switchUser(login, USERS.officerInCharge);
    const review = new ReviewPage(page);
    await review.queueRow(caseId).getByTestId('chief-comment').waitFor();
    expect(await review.queueRow(caseId).getByTestId('chief-comment').textContent()).toContain('プロフィールの地名も確認してください');
    await review.requestApproval(caseId, { region: 'UNKNOWN', child: 'POSTER_IS_CHILD', source: 'BOTH', categories: ['C2_LODGING'] }, 'プロフィールにも地名なし');
    await review.submitApproval(caseId);
    await review.actionResult(caseId).waitFor();

    await switchUser(login, USERS.chief);
    await nav.open('approvals');
    await chief.approvalRow(caseId).waitFor();
    await chief.decline(caseId, '県内との関連が認められないため');
    const declined = chief.actionResult(caseId);
    await declined.waitFor();
    const drawer = new CaseDrawer(page);
    await drawer.openFrom(declined, caseId);
    await drawer.drawer(caseId, 'CLOSED').waitFor();
    const actions = await drawer.timelineActions(caseId);
    expect(actions.slice(2)).toEqual(['case.TAKE', 'case.REQUEST_APPROVAL', 'case.RETURN_FOR_SCREENING', 'case.REQUEST_APPROVAL', 'case.DECLINE']);
    expect((await sandboxReplies(app)).filter((r) => r.inReplyToPostId === postId)).toHaveLength(0);
    await page.context().close();
  });

  it('failed replies: X refuses two replies; one is sent again, the other closed with a reason', async () => {
    const stamp = Date.now();
    const officerApi = await GraphQLApi.login(app.url, USERS.officer);
    const oicApi = await GraphQLApi.login(app.url, USERS.officerInCharge);
    const posts = await Promise.all([
      postOnX(app, `高2です。今日熊本駅で会える人いませんか e2e-fail-a-${stamp}`, 'e2e_fail_a'),
      postOnX(app, `JK1 下通で泊めてくれる人 e2e-fail-b-${stamp}`, 'e2e_fail_b'),
    ]);
    const [retryCase, closeCase] = [
      await officerApi.submitReport(`https://x.com/e2e_fail_a/status/${posts[0]}`, 'e2e'),
      await officerApi.submitReport(`https://x.com/e2e_fail_b/status/${posts[1]}`, 'e2e'),
    ];
    // X answers 403 "duplicate content" to the next two replies: a permanent failure.
    await scriptSandbox(app, { queue: [{ mode: 'duplicate', times: 2 }] });
    for (const caseId of [retryCase, closeCase]) {
      await oicApi.takeCase(caseId);
      await oicApi.warnCase(caseId, { region: 'KUMAMOTO', childIndication: 'POSTER_IS_CHILD', indicationSource: 'CONTENT', categories: ['C1_SEX_OR_MEETING'] });
    }

    const { page } = await loggedIn(USERS.officerInCharge);
    const nav = new Navigation(page);
    const oic = new OfficerInChargePage(page);
    await page.locator('[data-testid="tab-count-failed"][data-count="2"]').waitFor({ timeout: LIST_UPDATE_TIMEOUT });
    await nav.open('failed');
    await oic.failedRow(retryCase).waitFor();
    await oic.failedRow(closeCase).waitFor();
    expect(await oic.failedRow(retryCase).getByTestId('failure-reason').getAttribute('data-failure-kind')).toBe('DUPLICATE_CONTENT');
    await screenshot(page, 'workflow-11-failed-replies');

    await oic.retry(retryCase);
    await oic.actionResult(retryCase).waitFor();
    await waitForReply(app, posts[0]);

    await oic.closeFailed(closeCase, '投稿者が既に削除しており返信できないため');
    await oic.actionResult(closeCase).waitFor();
    await oic.failedRow(closeCase).waitFor({ state: 'detached' });
    const drawer = new CaseDrawer(page);
    await drawer.openFrom(oic.actionResult(closeCase), closeCase);
    await drawer.drawer(closeCase, 'CLOSED').waitFor();
    expect(await drawer.timelineActions(closeCase)).toContain('case.CLOSE_FAILED');
    await page.context().close();
  });

  it('the queue colours each case by its age since the first report (SLA bands: < 1 h, 1–4 h, > 4 h)', async () => {
    const { page } = await loggedIn(USERS.officerInCharge);
    // The server computes ageSeconds from the first report; fresh demo cases are all minutes old,
    // so the answer is aged here to show the three bands the client draws.
    const ages = [30 * 60, 2 * 3600 + 15 * 60, 5 * 3600 + 40 * 60];
    await page.route('**/graphql', async (route: Route) => {
      if (route.request().postDataJSON()?.operationName !== 'ReviewQueue') return route.fallback();
      const response = await route.fetch();
      const body = await response.json();
      body.data.reviewQueue.nodes.forEach((node: { ageSeconds: number }, i: number) => {
        if (i < ages.length) node.ageSeconds = ages[i];
      });
      return route.fulfill({ response, json: body });
    });
    await page.reload();
    const review = page.getByTestId('queue-row');
    await review.first().waitFor();
    const bands = await review.evaluateAll((rows) =>
      rows.slice(0, 3).map((row) => row.querySelector('[data-testid="case-age"]')?.getAttribute('data-sla')),
    );
    expect(bands).toEqual(['normal', 'warning', 'overdue']);
    await screenshot(page, 'workflow-13-sla-colours');
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.context().close();
  });

  it('two people on one case: the second gets CONFLICT, a message, and the reloaded case', async () => {
    const postId = await postOnX(app, `JC2 熊本市東区 泊めてください e2e-conflict-${Date.now()}`, 'e2e_conflict');
    const officerApi = await GraphQLApi.login(app.url, USERS.officer);
    const caseId = await officerApi.submitReport(`https://x.com/e2e_conflict/status/${postId}`, 'e2e');

    const { page } = await loggedIn(USERS.officerInCharge);
    const review = new ReviewPage(page);
    await review.queueRow(caseId).waitFor();

    // Hold the screen on what the officer saw: polls of the queue answer with that snapshot.
    let frozenQueue: string | null = null;
    await page.route('**/graphql', async (route: Route) => {
      const body = route.request().postDataJSON() as { operationName?: string } | null;
      if (body?.operationName !== 'ReviewQueue') return route.fallback();
      if (frozenQueue) return route.fulfill({ status: 200, contentType: 'application/json', body: frozenQueue });
      const response = await route.fetch();
      frozenQueue = await response.text();
      return route.fulfill({ response });
    });
    await page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().postDataJSON()?.operationName === 'ReviewQueue');
    expect(frozenQueue).not.toBeNull();

    // Meanwhile the chief takes the case.
    const chiefApi = await GraphQLApi.login(app.url, USERS.chief);
    await chiefApi.takeCase(caseId);

    await review.queueRow(caseId).getByTestId('take-button').click();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    const conflict = review.queueRow(caseId).locator('[data-testid="error-message"][data-error-code="CONFLICT"]');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('読み込み直した');
    // Reloaded: the case now shows the chief has it.
    await page.locator(`[data-testid="queue-row"][data-case-id="${caseId}"][data-status="SCREENING"]`).waitFor();
    expect(await review.queueRow(caseId).getByTestId('taken-by-other').textContent()).toContain('佐藤');
    await screenshot(page, 'workflow-12-conflict');
    await page.context().close();
  });
});
