import { seedDemoData } from '../../src/demo/demo-seed';
import { startTestStack, type TestStack } from '../harness';

describe('demo data', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack?.close());

  it('seeds a suicide notice being worked, a deletion request and a security incident, each alerted', async () => {
    expect(await seedDemoData(stack.db)).toBe(true);
    const rows = await stack.db.query(
      `SELECT e.kind, e.status, (SELECT count(*)::int FROM alerts a WHERE a.escalation_id = e.id) AS alerts,
              (SELECT count(*)::int FROM escalation_steps s WHERE s.escalation_id = e.id AND s.done_at IS NOT NULL) AS ticked
       FROM escalations e ORDER BY e.number`,
    );
    expect(rows).toEqual([
      { kind: 'SUICIDE_NOTICE', status: 'IN_PROGRESS', alerts: 1, ticked: 1 },
      { kind: 'DELETION_REQUEST', status: 'OPEN', alerts: 1, ticked: 0 },
      { kind: 'SECURITY_INCIDENT', status: 'OPEN', alerts: 1, ticked: 0 },
    ]);
  });
});
