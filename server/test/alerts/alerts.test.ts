import { createHmac } from 'node:crypto';
import { buildOrganisation, TEST_PASSWORD } from '../factories';
import { startTestStack, waitFor, type GraphQLTestClient, type TestStack } from '../harness';
import {
  raiseDirectly,
  raiseThroughApi,
  sleep,
  startMailServer,
  startWebhookServer,
  subscribeAlerts,
  waitForRedisSubscriber,
  type MailBox,
} from './support';

const REPEAT_MS = 1500;
const WEBHOOK_SECRET = 'test-webhook-secret-0123456789';

/**
 * Alerts end to end, in-process: API (graphql-ws subscriptions through Redis pub/sub), worker
 * (outbox → BullMQ `alerts` → in-app, e-mail to a local SMTP server, a signed webhook to a local
 * HTTP server), the ladder of an urgent alert and its acknowledgement.
 */
describe('escalation alerts', () => {
  let stack: TestStack;
  let mail: MailBox;
  let hook: Awaited<ReturnType<typeof startWebhookServer>>;
  let org: Awaited<ReturnType<typeof buildOrganisation>>;
  let chief: GraphQLTestClient;
  let oic: GraphQLTestClient;
  let officer: GraphQLTestClient;
  /** Webhook answers: the first call of each alert listed here fails (a retry must follow). */
  const failFirstCallOf = new Set<string>();
  const seenAlert = new Set<string>();

  beforeAll(async () => {
    mail = await startMailServer();
    hook = await startWebhookServer((raw) => {
      const { alertId } = JSON.parse(raw) as { alertId: string };
      if (failFirstCallOf.has(alertId) && !seenAlert.has(alertId)) {
        seenAlert.add(alertId);
        return 503;
      }
      return 204;
    });
    stack = await startTestStack({
      worker: true,
      env: {
        ALERT_REPEAT_MS: String(REPEAT_MS),
        ALERT_MAX_STEPS: '6',
        SMTP_URL: mail.url,
        ALERT_MAIL_FROM: 'Patrol Desk <alerts@patrol-desk.test>',
        PUBLIC_URL: 'https://patrol-desk.test',
        ALERT_WEBHOOK_URL: hook.url,
        ALERT_WEBHOOK_SECRET: WEBHOOK_SECRET,
        OUTBOX_REDELIVER_AFTER_MS: '60000',
      },
    });
    org = await buildOrganisation(stack.db);
    chief = await stack.client().login(org.chief.username, TEST_PASSWORD);
    oic = await stack.client().login(org.officerInCharge.username, TEST_PASSWORD);
    officer = await stack.client().login(org.officer.username, TEST_PASSWORD);
    // E-mail addresses are set by the chief through user administration.
    for (const [user, email] of [
      [org.chief, 'chief@patrol-desk.test'],
      [org.officerInCharge, 'oic@patrol-desk.test'],
    ] as const) {
      await chief.ok(`mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id email } }`, { id: user.id, input: { email } });
    }
  });
  afterAll(async () => {
    await stack?.close();
    await mail?.close();
    await hook?.close();
  });

  const deliveries = (alertId: string) =>
    stack.db.query(`SELECT step, channel, recipient, status, attempts FROM alert_deliveries WHERE alert_id = $1 ORDER BY step, channel, recipient`, [alertId]) as Promise<
      Array<{ step: number; channel: string; recipient: string; status: string; attempts: number }>
    >;

  it('a suicide notice reaches the chief live and by e-mail, repeats until acknowledged, and stops after', async () => {
    const live = subscribeAlerts(stack.api.url, chief.sessionCookie!);
    const oicLive = subscribeAlerts(stack.api.url, oic.sessionCookie!);
    try {
      await waitForRedisSubscriber(stack.config.redisUrl, stack.config.QUEUE_PREFIX, org.chief.id);
      await waitForRedisSubscriber(stack.config.redisUrl, stack.config.QUEUE_PREFIX, org.officerInCharge.id);

      // An officer at a station raises it through the API.
      const { alertId, escalationId } = await raiseThroughApi(stack.db, officer, 'SUICIDE_NOTICE');

      const first = await live.next((e) => e.alertId === alertId && e.step === 0, 'the first live alert at the chief');
      expect(first).toMatchObject({ escalationId, escalationKind: 'SUICIDE_NOTICE', reason: 'ESCALATION_RAISED', urgent: true, step: 0 });
      await oicLive.next((e) => e.alertId === alertId && e.step === 0, 'the first live alert at the officer in charge');

      // E-mail to both, in Japanese, with the link and nothing personal.
      const firstMail = await waitFor('the first e-mail to the chief', async () =>
        mail.messages.find((m) => m.to.includes('chief@patrol-desk.test') && m.messageId.includes(`alert-${alertId}-step-0-`)),
      );
      expect(firstMail.subject).toContain('至急');
      expect(firstMail.subject).toContain('自殺予告');
      expect(firstMail.text).toContain(`https://patrol-desk.test/escalations/${escalationId}`);
      expect(firstMail.text).not.toContain('自殺をほのめかす'); // the summary stays in the app
      expect(firstMail.text).not.toContain('x.com'); // so does the post
      await waitFor('the first e-mail to the officer in charge', async () =>
        mail.messages.find((m) => m.to.includes('oic@patrol-desk.test') && m.messageId.includes(`alert-${alertId}-step-0-`)),
      );

      // The unread list has it, linked to the escalation and the alert.
      const unread = await chief.ok(`{ myNotifications(unreadOnly: true) { id kind escalationId alertId read } }`);
      expect(unread.myNotifications).toContainEqual(expect.objectContaining({ kind: 'ESCALATION_ALERT', escalationId, alertId, read: false }));
      const mine = await chief.ok(`{ myAlerts { id urgent escalationKind currentStep acknowledgedAt escalation { id } } }`);
      expect(mine.myAlerts).toContainEqual(expect.objectContaining({ id: alertId, urgent: true, escalationKind: 'SUICIDE_NOTICE', acknowledgedAt: null, escalation: { id: escalationId } }));

      // Nobody acknowledges: it repeats (steps 1 and 2), live and by e-mail.
      await live.next((e) => e.alertId === alertId && e.step === 1, 'the first repeat', 20_000);
      await live.next((e) => e.alertId === alertId && e.step === 2, 'the second repeat', 20_000);
      const repeatMail = await waitFor('the e-mail of the first repeat', async () =>
        mail.messages.find((m) => m.to.includes('chief@patrol-desk.test') && m.messageId.includes(`alert-${alertId}-step-1-`)),
      );
      expect(repeatMail.subject).toContain('再通知1');

      // The chief acknowledges: who, when, how fast; the ladder stops; the chief's notices are read.
      const ack = await chief.ok(
        `mutation($id: ID!) { acknowledgeAlert(id: $id) { id acknowledgedAt ackLatencyMs acknowledgedBy { id } ladderEnd currentStep } }`,
        { id: alertId },
      );
      expect(ack.acknowledgeAlert).toMatchObject({ id: alertId, acknowledgedBy: { id: org.chief.id }, ladderEnd: 'ACKNOWLEDGED' });
      expect(ack.acknowledgeAlert.ackLatencyMs).toBeGreaterThanOrEqual(2 * REPEAT_MS);
      const lastStep = Math.max(...(await deliveries(alertId)).map((d) => d.step));
      expect(lastStep).toBeGreaterThanOrEqual(2);
      const unreadAfter = await chief.ok(`{ myNotifications(unreadOnly: true) { alertId } }`);
      expect(unreadAfter.myNotifications.filter((n: { alertId: string }) => n.alertId === alertId)).toEqual([]);
      const stillOpen = await chief.ok(`{ myAlerts { id } }`);
      expect(stillOpen.myAlerts.map((a: { id: string }) => a.id)).not.toContain(alertId);

      // Three more intervals: nothing further — not live, not in the deliveries, not by e-mail.
      await sleep(3 * REPEAT_MS + 500);
      expect(live.events.filter((e) => e.alertId === alertId && e.step > lastStep)).toEqual([]);
      expect(Math.max(...(await deliveries(alertId)).map((d) => d.step))).toBe(lastStep);
      const stepOf = (messageId: string) => Number(/-step-(\d+)-/.exec(messageId)?.[1]);
      expect(mail.messages.filter((m) => m.messageId.includes(`alert-${alertId}-`) && stepOf(m.messageId) > lastStep)).toEqual([]);
      // The next step's job ran and found the alert acknowledged.
      const [next] = await stack.db.query(`SELECT done_at FROM outbox_messages WHERE job_id = $1`, [`alert-${alertId}-step-${lastStep + 1}`]);
      if (next) await waitFor('the next step job to finish', async () => (await stack.db.query(`SELECT 1 FROM outbox_messages WHERE job_id = $1 AND done_at IS NOT NULL`, [`alert-${alertId}-step-${lastStep + 1}`])).length > 0);

      // The chief sees every delivery: per step, channel and recipient, each exactly once.
      const detail = await chief.ok(
        `query($id: ID!) { alert(id: $id) { id maxStep deliveries { step channel recipient status sentAt attempts } } }`,
        { id: alertId },
      );
      const rows = detail.alert.deliveries as Array<{ step: number; channel: string; recipient: string; status: string }>;
      for (let step = 0; step <= lastStep; step += 1) {
        expect(rows.filter((d) => d.step === step && d.channel === 'IN_APP').map((d) => d.recipient).sort()).toEqual([org.officerInCharge.id, org.chief.id].sort());
        expect(rows.filter((d) => d.step === step && d.channel === 'EMAIL').map((d) => d.recipient).sort()).toEqual(['chief@patrol-desk.test', 'oic@patrol-desk.test']);
        expect(rows.filter((d) => d.step === step && d.channel === 'WEBHOOK')).toHaveLength(1);
      }
      await waitFor('every delivery sent', async () => (await deliveries(alertId)).every((d) => d.status === 'SENT'));
      // One e-mail per step and address, never two.
      const ids = mail.messages.filter((m) => m.messageId.includes(`alert-${alertId}-`)).map((m) => `${m.to.join(',')}|${m.messageId.replace(/-[0-9a-f-]{36}@.*$/, '')}`);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toHaveLength(2 * (lastStep + 1));
      // The acknowledgement is audited.
      const audit = await stack.db.query(`SELECT actor_id FROM audit_events WHERE action = 'alert.ACKNOWLEDGE' AND object_id = $1`, [alertId]);
      expect(audit).toEqual([{ actor_id: org.chief.id }]);
    } finally {
      await live.close();
      await oicLive.close();
    }
  });

  it('a non-urgent deletion request alerts the officers in charge once; acknowledging twice keeps the first', async () => {
    const live = subscribeAlerts(stack.api.url, oic.sessionCookie!);
    try {
      await waitForRedisSubscriber(stack.config.redisUrl, stack.config.QUEUE_PREFIX, org.officerInCharge.id);
      const { alertId } = await raiseDirectly(stack.db, org.officerInCharge, 'DELETION_REQUEST', { urgent: false });
      const ev = await live.next((e) => e.alertId === alertId, 'the deletion alert at the officer in charge');
      expect(ev).toMatchObject({ urgent: false, step: 0, escalationKind: 'DELETION_REQUEST' });
      await waitFor('the ladder to end after one notice', async () => {
        const [a] = await stack.db.query(`SELECT ladder_end FROM alerts WHERE id = $1`, [alertId]);
        return a.ladder_end === 'SENT_ONCE';
      });
      await sleep(2 * REPEAT_MS);
      const rows = await deliveries(alertId);
      expect(rows.filter((d) => d.channel === 'IN_APP').map((d) => d.recipient)).toEqual([org.officerInCharge.id]); // not the chief
      expect(new Set(rows.map((d) => d.step))).toEqual(new Set([0]));

      const first = await oic.ok(`mutation($id: ID!) { acknowledgeAlert(id: $id) { acknowledgedAt acknowledgedBy { id } } }`, { id: alertId });
      const again = await chief.ok(`mutation($id: ID!) { acknowledgeAlert(id: $id) { acknowledgedAt acknowledgedBy { id } } }`, { id: alertId });
      expect(again.acknowledgeAlert).toEqual(first.acknowledgeAlert);
      expect(first.acknowledgeAlert.acknowledgedBy.id).toBe(org.officerInCharge.id);
    } finally {
      await live.close();
    }
  });

  it('after logout no alert reaches the old socket (checked at each alert, not only every 30 s); a live session still hears it', async () => {
    const leaving = await stack.client().login(org.chief.username, TEST_PASSWORD);
    const old = subscribeAlerts(stack.api.url, leaving.sessionCookie!);
    const live = subscribeAlerts(stack.api.url, chief.sessionCookie!);
    const acknowledge = (id: string) => chief.ok(`mutation($id: ID!) { acknowledgeAlert(id: $id) { id } }`, { id });
    try {
      await waitForRedisSubscriber(stack.config.redisUrl, stack.config.QUEUE_PREFIX, org.chief.id);
      // Both subscriptions are running: an alert before the logout reaches both.
      const before = await raiseDirectly(stack.db, org.officer, 'SECURITY_INCIDENT', { urgent: false });
      await old.next((e) => e.alertId === before.alertId, 'the alert before logout on the session that will end');
      await live.next((e) => e.alertId === before.alertId, 'the alert before logout on the other session');

      await leaving.ok(`mutation { logout }`);
      const after = await raiseDirectly(stack.db, org.officer, 'SECURITY_INCIDENT', { urgent: false });
      await live.next((e) => e.alertId === after.alertId, 'the alert after logout on the live session');
      // The old socket either gets the event (wrong) or is closed as its session ended (right): wait for one.
      await waitFor('the old socket to get the alert or be closed', async () => old.events.some((e) => e.alertId === after.alertId) || old.closed.length > 0, 20_000);
      expect(old.events.filter((e) => e.alertId === after.alertId)).toEqual([]);
      expect(old.closed.map((c) => c.code)).toEqual([4401]);
      await acknowledge(before.alertId);
      await acknowledge(after.alertId);
    } finally {
      await old.close();
      await live.close();
    }
  });

  it('an officer in charge may not acknowledge an alert that was not sent to them; bad IDs are refused', async () => {
    const { alertId } = await raiseDirectly(stack.db, org.officer, 'SECURITY_INCIDENT', { urgent: false });
    await waitFor('the chief to be alerted', async () => (await deliveries(alertId)).some((d) => d.channel === 'IN_APP'));
    const res = await oic.request(`mutation($id: ID!) { acknowledgeAlert(id: $id) { id } }`, { id: alertId });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await chief.request(`mutation { acknowledgeAlert(id: "nope") { id } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
    const missing = await chief.request(`query { alert(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const badEmail = await chief.request(`mutation($id: ID!) { updateUser(id: $id, input: { email: "not an address" }) { id } }`, { id: org.officer.id });
    expect(badEmail.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'email' });
  });

  it('signs the webhook (HMAC-SHA256 of the raw body) and retries it when it fails', async () => {
    const { alertId, escalationId } = await raiseDirectly(stack.db, org.officer, 'CHILD_SAFETY_URGENT');
    failFirstCallOf.add(alertId);
    const ok = await waitFor('a successful webhook call', async () =>
      hook.calls.find((c) => c.status === 204 && (JSON.parse(c.raw) as { alertId: string; step: number }).alertId === alertId),
    20_000);
    const failed = hook.calls.filter((c) => c.status === 503 && (JSON.parse(c.raw) as { alertId: string }).alertId === alertId);
    expect(failed).toHaveLength(1);
    for (const call of [ok, ...failed]) {
      const expected = `sha256=${createHmac('sha256', WEBHOOK_SECRET).update(call.raw).digest('hex')}`;
      expect(call.headers['x-patroldesk-signature']).toBe(expected);
      const body = JSON.parse(call.raw) as { sentAt: string };
      expect(Number(call.headers['x-patroldesk-timestamp'])).toBe(Math.floor(new Date(body.sentAt).getTime() / 1000));
      // A forged body does not verify.
      expect(createHmac('sha256', 'wrong-secret').update(call.raw).digest('hex')).not.toBe(expected.slice(7));
    }
    expect(JSON.parse(ok.raw)).toMatchObject({ type: 'patrol-desk.alert', alertId, escalationId, escalationKind: 'CHILD_SAFETY_URGENT', urgent: true, step: 0, link: `https://patrol-desk.test/escalations/${escalationId}` });
    expect(ok.raw).not.toContain('テスト用'); // no summary, no personal data
    await waitFor('the webhook delivery recorded as sent after a retry', async () => {
      const rows = (await deliveries(alertId)).filter((d) => d.channel === 'WEBHOOK' && d.step === 0);
      return rows.length === 1 && rows[0]!.status === 'SENT' && rows[0]!.attempts === 2;
    });
    await chief.ok(`mutation($id: ID!) { acknowledgeAlert(id: $id) { id } }`, { id: alertId });
  });
});
