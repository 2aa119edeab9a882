import { buildOrganisation, TEST_PASSWORD } from '../factories';
import { startTestStack, type TestStack } from '../harness';

const STATS = `query($from: DateTimeISO!, $to: DateTimeISO!) { escalationStatistics(from: $from, to: $to) {
  counts { month kind status count } deletion { requested removed stillUp hoursToRemovalP50 hoursToRemovalP90 } } }`;
const HOUR = 3600_000;

describe('escalationStatistics against a known dataset', () => {
  let stack: TestStack;
  let org: Awaited<ReturnType<typeof buildOrganisation>>;

  beforeAll(async () => {
    stack = await startTestStack();
    org = await buildOrganisation(stack.db);
  });
  afterAll(() => stack?.close());

  async function insert(e: {
    kind: string;
    status: string;
    createdAt: string;
    requestedAt?: string;
    removedAfterHours?: number;
  }): Promise<void> {
    const finished = e.status === 'DONE' || e.status === 'CANCELLED';
    const requested = e.requestedAt ? new Date(e.requestedAt) : null;
    await stack.db.query(
      `INSERT INTO escalations (kind, urgency, status, summary, raised_by_id, raised_unit_id, due_at, created_at, completed_at, cancel_reason,
         post_id, post_url, deletion_reason, deletion_requested_at, deletion_removed_at, deletion_removal_outcome)
       VALUES ($1, 'URGENT', $2, 'dataset', $3, $4, $5, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        e.kind,
        e.status,
        org.officerInCharge.id,
        org.division.id,
        new Date(e.createdAt),
        finished ? new Date(e.createdAt) : null,
        e.status === 'CANCELLED' ? 'duplicate' : null,
        e.kind === 'DELETION_REQUEST' ? '1912345678900000009' : null,
        e.kind === 'DELETION_REQUEST' ? 'https://x.com/i/web/status/1912345678900000009' : null,
        e.kind === 'DELETION_REQUEST' ? 'CSAM' : null,
        requested,
        requested && e.removedAfterHours !== undefined ? new Date(requested.getTime() + e.removedAfterHours * HOUR) : null,
        requested && e.removedAfterHours !== undefined ? 'DELETED' : null,
      ],
    );
  }

  it('counts by Japan-time month × kind × status, and gives the deletion figures of requests sent in the period', async () => {
    // April and May 2026 in Japan time.
    await insert({ kind: 'SUICIDE_NOTICE', status: 'DONE', createdAt: '2026-04-10T03:00:00Z' });
    await insert({ kind: 'SUICIDE_NOTICE', status: 'OPEN', createdAt: '2026-04-20T03:00:00Z' });
    // 2026-04-01 00:30 in Japan: April, not March.
    await insert({ kind: 'SUICIDE_NOTICE', status: 'DONE', createdAt: '2026-03-31T15:30:00Z' });
    await insert({ kind: 'CHILD_SAFETY_URGENT', status: 'CANCELLED', createdAt: '2026-05-03T03:00:00Z' });
    await insert({ kind: 'DELETION_REQUEST', status: 'DONE', createdAt: '2026-05-01T00:00:00Z', requestedAt: '2026-05-01T01:00:00Z', removedAfterHours: 2 });
    await insert({ kind: 'DELETION_REQUEST', status: 'DONE', createdAt: '2026-05-02T00:00:00Z', requestedAt: '2026-05-02T01:00:00Z', removedAfterHours: 10 });
    await insert({ kind: 'DELETION_REQUEST', status: 'IN_PROGRESS', createdAt: '2026-05-03T00:00:00Z', requestedAt: '2026-05-03T01:00:00Z', removedAfterHours: 30 });
    await insert({ kind: 'DELETION_REQUEST', status: 'IN_PROGRESS', createdAt: '2026-05-04T00:00:00Z', requestedAt: '2026-05-04T01:00:00Z' });
    // A cancelled request counts as an escalation, not in the deletion figures.
    await insert({ kind: 'DELETION_REQUEST', status: 'CANCELLED', createdAt: '2026-05-05T00:00:00Z', requestedAt: '2026-05-05T01:00:00Z' });
    // Outside the period: March in Japan time, and 2026-06-01 00:00 in Japan.
    await insert({ kind: 'DELETION_REQUEST', status: 'DONE', createdAt: '2026-03-20T00:00:00Z', requestedAt: '2026-03-20T01:00:00Z', removedAfterHours: 1 });
    await insert({ kind: 'SECURITY_INCIDENT', status: 'OPEN', createdAt: '2026-05-31T15:00:00Z' });

    const oic = await stack.client().login(org.officerInCharge.username, TEST_PASSWORD);
    const stats = (await oic.ok(STATS, { from: '2026-03-31T15:00:00Z', to: '2026-05-31T15:00:00Z' })).escalationStatistics;
    expect(stats.counts).toEqual([
      { month: '2026-04', kind: 'SUICIDE_NOTICE', status: 'DONE', count: 2 },
      { month: '2026-04', kind: 'SUICIDE_NOTICE', status: 'OPEN', count: 1 },
      { month: '2026-05', kind: 'CHILD_SAFETY_URGENT', status: 'CANCELLED', count: 1 },
      { month: '2026-05', kind: 'DELETION_REQUEST', status: 'CANCELLED', count: 1 },
      { month: '2026-05', kind: 'DELETION_REQUEST', status: 'DONE', count: 2 },
      { month: '2026-05', kind: 'DELETION_REQUEST', status: 'IN_PROGRESS', count: 2 },
    ]);
    // Removed after 2, 10 and 30 hours; one still up. p90 interpolates between 10 and 30: 10 + 0.8 × 20 = 26.
    expect(stats.deletion).toEqual({ requested: 4, removed: 3, stillUp: 1, hoursToRemovalP50: 10, hoursToRemovalP90: 26 });

    const officer = await stack.client().login(org.officer.username, TEST_PASSWORD);
    expect((await officer.request(STATS, { from: '2026-04-01T00:00:00Z', to: '2026-05-01T00:00:00Z' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const backwards = await oic.request(STATS, { from: '2026-05-01T00:00:00Z', to: '2026-04-01T00:00:00Z' });
    expect(backwards.errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
  });
});
