import { createLogger } from '../../src/core/logging/logger';
import { AuditEvent } from '../../src/modules/audit/audit-event.entity';
import { ReportSource } from '../../src/modules/cases/case-enums';
import { submitReport } from '../../src/modules/cases/case-intake.service';
import { purgePersonalData } from '../../src/modules/retention/jobs/purge-personal-data.job';
import { buildOrganisation } from '../factories';
import { startTestStack, waitFor, type TestStack } from '../harness';

/**
 * DESIGN §7 retention: post text, handles and profile text of cases closed longer than
 * RETENTION_DAYS are purged by a scheduled job, in batches, with an audit event; the statistics'
 * counts do not change.
 */
describe('retention purge of personal data', () => {
  let stack: TestStack;
  let org: Awaited<ReturnType<typeof buildOrganisation>>;
  const logger = createLogger('silent', 'test');
  let seq = 0;

  beforeAll(async () => {
    stack = await startTestStack();
    org = await buildOrganisation(stack.db);
  });
  afterAll(() => stack?.close());

  /** A case reported twice (officer + volunteer) with texts and a handle, then closed `closedDaysAgo` days ago (or left open). */
  async function reportedCase(handle: string, closedDaysAgo: number | null) {
    seq += 1;
    const postId = String(1_950_000_000_000_000_000n + BigInt(process.pid) * 1000n + BigInt(seq));
    const actor = (user: typeof org.officer) => ({ user, requestId: 'test', ip: null });
    const { case: c } = await submitReport(stack.db, actor(org.officer), {
      url: `https://x.com/${handle}/status/${postId}?s=20`,
      note: `@${handle} の投稿。泊めてくれる人を募集`,
      postText: `家出中です 今夜泊めて #${seq}`,
      profileText: `JK2 熊本 @${handle}`,
      source: ReportSource.OFFICER,
    });
    await submitReport(stack.db, actor(org.volunteer), {
      url: `https://twitter.com/${handle}/status/${postId}`,
      note: '見つけました',
      postText: `家出中です 今夜泊めて #${seq}`,
      source: ReportSource.VOLUNTEER,
    });
    await stack.db.query(`UPDATE x_accounts SET display_name = $2, profile_text = $3 WHERE lower(username) = lower($1)`, [
      handle,
      `表示名 ${handle}`,
      `プロフィール ${handle}`,
    ]);
    if (closedDaysAgo !== null) {
      await stack.db.query(
        `UPDATE cases SET status = 'CLOSED', categories = '{C2_LODGING}', region = 'KUMAMOTO', audience = 'CHILD',
           close_reason = 'ACKNOWLEDGED', closed_at = now() - make_interval(days => $2) WHERE id = $1`,
        [c.id, closedDaysAgo],
      );
    }
    return c.id;
  }

  /** What the statistics count: cases, reports, their dimensions, and repeat posters — none of it from purged columns. */
  const figures = async () =>
    stack.db.query(`
      SELECT
        (SELECT count(*) FROM cases)::int AS cases,
        (SELECT count(*) FROM reports)::int AS reports,
        (SELECT json_object_agg(source, n) FROM (SELECT source, count(*)::int n FROM reports GROUP BY source) s) AS by_source,
        (SELECT json_object_agg(unit_id, n) FROM (SELECT unit_id, count(*)::int n FROM reports GROUP BY unit_id) s) AS by_unit,
        (SELECT json_object_agg(status, n) FROM (SELECT status, count(*)::int n FROM cases GROUP BY status) s) AS by_status,
        (SELECT json_agg(row(region, audience, categories, close_reason, to_char(first_reported_at, 'YYYY-MM'), closed_at) ORDER BY id) FROM cases) AS dimensions,
        (SELECT json_agg(n ORDER BY n) FROM (SELECT count(*)::int n FROM cases WHERE x_account_id IS NOT NULL GROUP BY x_account_id) s) AS cases_per_account`);

  it('purges old closed cases in batches, audits each batch, keeps the counts, and leaves everything else alone', async () => {
    const repeat = `repeat_${process.pid}`;
    const old = [
      await reportedCase(`old_a_${process.pid}`, 400),
      await reportedCase(repeat, 500),
      await reportedCase(repeat, 450),
      await reportedCase(`old_b_${process.pid}`, 366),
      await reportedCase(`old_c_${process.pid}`, 700),
    ];
    const recent = await reportedCase(`recent_${process.pid}`, 30);
    const open = await reportedCase(`open_${process.pid}`, null);
    const sharedOpen = `shared_${process.pid}`;
    const oldButAccountActive = await reportedCase(sharedOpen, 400);
    await reportedCase(sharedOpen, null); // the same account has an open case: its handle stays
    // X's numeric user ids, as a lookup would have filled them in.
    await stack.db.query(`UPDATE x_accounts a SET x_user_id = (9000000 + n.rn)::text FROM (SELECT id, row_number() OVER (ORDER BY id) rn FROM x_accounts) n WHERE n.id = a.id`);
    const before = await figures();

    const result = await purgePersonalData(stack.db, logger, { retentionDays: 365, batchSize: 2 });
    expect(result).toEqual({ cases: 6, reports: 12, xAccounts: 4, batches: 3 });

    const purged = await stack.db.query(`SELECT * FROM cases WHERE id = ANY($1::uuid[])`, [[...old, oldButAccountActive]]);
    for (const c of purged) {
      expect(c).toMatchObject({ post_text: null, profile_text: null, post_url: `https://x.com/i/web/status/${c.post_id}` });
      expect(c.personal_data_purged_at).toBeInstanceOf(Date);
    }
    const reports = await stack.db.query(`SELECT * FROM reports WHERE case_id = ANY($1::uuid[])`, [old]);
    expect(reports).toHaveLength(10);
    for (const r of reports) expect(r).toMatchObject({ post_text: null, profile_text: null, note: null, url: expect.stringMatching(/^https:\/\/x\.com\/i\/web\/status\/\d+$/) });
    const dump = JSON.stringify([purged, reports]);
    for (const handle of [`old_a_${process.pid}`, repeat, 'old_b_', 'old_c_']) expect(dump).not.toContain(handle);
    expect(dump).not.toMatch(/家出中|プロフィール|JK2/);

    const accounts = await stack.db.query(`SELECT username, display_name, profile_text, x_user_id, personal_data_purged_at FROM x_accounts WHERE id IN (SELECT x_account_id FROM cases WHERE id = ANY($1::uuid[]))`, [old]);
    expect(accounts).toHaveLength(4); // the repeat poster is one account, still linked to both its cases
    for (const a of accounts) expect(a).toMatchObject({ username: null, display_name: null, profile_text: null, x_user_id: null });

    // Untouched: a recently closed case, an open case, and the account that still has an open case.
    const kept = await stack.db.query(`SELECT id, post_text, post_url FROM cases WHERE id = ANY($1::uuid[])`, [[recent, open]]);
    for (const c of kept) {
      expect(c.post_text).toMatch(/家出中/);
      expect(c.post_url).not.toMatch(/i\/web/);
    }
    const [shared] = await stack.db.query(`SELECT username FROM x_accounts WHERE lower(username) = lower($1)`, [sharedOpen]);
    expect(shared.username).toBe(sharedOpen);

    // The statistics do not move.
    expect(await figures()).toEqual(before);

    // One audit event per batch (the log is append-only: server/test/audit), listing the cases, never their texts.
    const events = await stack.db.getRepository(AuditEvent).find({ where: { action: 'retention.PURGE' }, order: { id: 'ASC' } });
    expect(events.map((e) => (e.after as { cases: number }).cases)).toEqual([2, 2, 2]);
    expect(events[0]).toMatchObject({ actorId: null, actorRole: 'SYSTEM', objectType: 'Retention', after: { retentionDays: 365 } });
    expect(events.flatMap((e) => (e.after as { caseIds: string[] }).caseIds).sort()).toEqual([...old, oldButAccountActive].sort());
    expect(JSON.stringify(events)).not.toMatch(/家出中|repeat_/);

    // A re-run finds nothing to do.
    expect(await purgePersonalData(stack.db, logger, { retentionDays: 365, batchSize: 2 })).toEqual({ cases: 0, reports: 0, xAccounts: 0, batches: 0 });
  });

  it('runs on a schedule in the worker (RETENTION_DAYS, MAINTENANCE_INTERVAL_MS)', async () => {
    const scheduled = await startTestStack({ worker: true, env: { RETENTION_DAYS: '100', MAINTENANCE_INTERVAL_MS: '1000' } });
    try {
      const sorg = await buildOrganisation(scheduled.db);
      const postId = String(1_960_000_000_000_000_000n + BigInt(process.pid));
      const { case: c } = await submitReport(scheduled.db, { user: sorg.officer, requestId: 't', ip: null }, {
        url: `https://x.com/scheduled_${process.pid}/status/${postId}`,
        postText: '家出中',
        source: ReportSource.OFFICER,
      });
      await scheduled.db.query(`UPDATE cases SET status = 'CLOSED', closed_at = now() - interval '101 days' WHERE id = $1`, [c.id]);
      await waitFor('the scheduled purge', async () => {
        const [row] = await scheduled.db.query(`SELECT personal_data_purged_at FROM cases WHERE id = $1`, [c.id]);
        return row.personal_data_purged_at;
      });
      const [row] = await scheduled.db.query(`SELECT post_text, post_url FROM cases WHERE id = $1`, [c.id]);
      expect(row).toEqual({ post_text: null, post_url: `https://x.com/i/web/status/${postId}` });
    } finally {
      await scheduled.close();
    }
  });
});
