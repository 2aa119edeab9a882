import { buildOrganisation, TEST_PASSWORD } from '../factories';
import { GraphQLTestClient, startTestStack, waitFor, type TestStack } from '../harness';
import { spawnWorker, type WorkerProcess } from '../replies/support';
import {
  alertEnv,
  assertServerBuilt,
  raiseThroughApi,
  spawnApi,
  startMailServer,
  subscribeAlerts,
  waitForRedisSubscriber,
  type ApiProcess,
  type MailBox,
} from './support';

/**
 * Several server copies (DESIGN §6 scale-out): two compiled API processes and a worker process on
 * the same database and Redis prefix. An officer raises a suicide notice on copy A; the chief,
 * connected to copy B only, receives it live (the worker publishes through Redis pub/sub, which
 * every copy listens to), and so does the officer in charge connected to copy A.
 *
 * Runs the built server: `npm run build -w server` first when running this file alone.
 */
describe('several server copies: a live alert reaches a chief connected to another copy', () => {
  let stack: TestStack;
  let mail: MailBox;
  let copyA: ApiProcess;
  let copyB: ApiProcess;
  let worker: WorkerProcess;

  beforeAll(async () => {
    assertServerBuilt();
    mail = await startMailServer();
    const env = alertEnv(mail.url, 2000);
    stack = await startTestStack({ worker: false, env });
    [copyA, copyB] = [await spawnApi(stack, env), await spawnApi(stack, env)];
    worker = spawnWorker(stack, env);
    const timeout = setTimeout(() => {
      // eslint-disable-next-line no-console
      console.error(['copy A:', ...copyA.output, 'copy B:', ...copyB.output, 'worker:', ...worker.output].join('\n'));
    }, 40_000);
    await Promise.all([copyA.ready, copyB.ready, worker.ready]);
    clearTimeout(timeout);
  }, 90_000);
  afterAll(async () => {
    for (const p of [copyA?.proc, copyB?.proc, worker?.proc]) p?.kill('SIGTERM');
    await Promise.all([copyA?.exited, copyB?.exited, worker?.exited]);
    await stack?.close();
    await mail?.close();
  });

  it('raised on copy A, received live by the chief on copy B and the officer in charge on copy A', async () => {
    const org = await buildOrganisation(stack.db);
    await stack.db.query(`UPDATE users SET email = $2 WHERE id = $1`, [org.chief.id, 'chief@patrol-desk.test']);
    const chiefOnB = await new GraphQLTestClient(copyB.url).login(org.chief.username, TEST_PASSWORD);
    const oicOnA = await new GraphQLTestClient(copyA.url).login(org.officerInCharge.username, TEST_PASSWORD);
    const officerOnA = await new GraphQLTestClient(copyA.url).login(org.officer.username, TEST_PASSWORD);

    const chiefLive = subscribeAlerts(copyB.url, chiefOnB.sessionCookie!);
    const oicLive = subscribeAlerts(copyA.url, oicOnA.sessionCookie!);
    try {
      await waitForRedisSubscriber(stack.config.redisUrl, stack.config.QUEUE_PREFIX, org.chief.id);
      await waitForRedisSubscriber(stack.config.redisUrl, stack.config.QUEUE_PREFIX, org.officerInCharge.id);

      const { alertId, escalationId } = await raiseThroughApi(stack.db, officerOnA, 'SUICIDE_NOTICE');
      const atChief = await chiefLive.next((e) => e.alertId === alertId && e.step === 0, 'the alert at the chief on copy B', 20_000);
      expect(atChief).toMatchObject({ escalationId, escalationKind: 'SUICIDE_NOTICE', urgent: true });
      await oicLive.next((e) => e.alertId === alertId && e.step === 0, 'the alert at the officer in charge on copy A', 20_000);
      await waitFor('the e-mail to the chief', async () => mail.messages.some((m) => m.messageId.includes(`alert-${alertId}-step-0-`)), 20_000);

      // Acknowledged on copy B: exactly one event per step and subscriber so far, and the ladder ends.
      const ack = await chiefOnB.ok(`mutation($id: ID!) { acknowledgeAlert(id: $id) { ladderEnd acknowledgedBy { id } } }`, { id: alertId });
      expect(ack.acknowledgeAlert).toEqual({ ladderEnd: 'ACKNOWLEDGED', acknowledgedBy: { id: org.chief.id } });
      const steps = chiefLive.events.filter((e) => e.alertId === alertId).map((e) => e.step);
      expect(new Set(steps).size).toBe(steps.length);
    } finally {
      await chiefLive.close();
      await oicLive.close();
    }
  }, 60_000);
});
