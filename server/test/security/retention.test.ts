import { createLogger } from '../../src/core/logging/logger';
import { AuditEvent } from '../../src/modules/audit/audit-event.entity';
import { ReportSource } from '../../src/modules/cases/case-enums';
import { submitReport } from '../../src/modules/cases/case-intake.service';
import { recordDisclosureAnswer, recordDisclosureSent } from '../../src/modules/escalations/disclosure-request';
import { DeletionReason, DisclosureAnswer, EscalationKind, IncidentReportMethod, IncidentReportRecipient } from '../../src/modules/escalations/escalation-enums';
import { escalationStatistics } from '../../src/modules/escalations/escalation-statistics';
import { EscalationAction } from '../../src/modules/escalations/escalation-state-machine';
import type { Escalation } from '../../src/modules/escalations/escalation.entity';
import { addNote, deletionSettings, raiseEscalation, transitionEscalation, updateEscalation } from '../../src/modules/escalations/escalation.service';
import type { RaiseEscalationInput } from '../../src/modules/escalations/inputs';
import { recordIncidentReport } from '../../src/modules/escalations/security-incident';
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
    expect(result).toEqual({ cases: 6, reports: 12, xAccounts: 4, batches: 3, escalations: 0 });

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
    expect(await purgePersonalData(stack.db, logger, { retentionDays: 365, batchSize: 2 })).toEqual({ cases: 0, reports: 0, xAccounts: 0, batches: 0, escalations: 0 });
  });

  it('purges the free texts and handles of escalations finished longer ago than RETENTION_DAYS, keeping what escalationStatistics counts', async () => {
    const chief = { user: org.chief, requestId: 'test', ip: null };
    const settings = deletionSettings(stack.config);
    const pid = process.pid;
    const post = (handle: string, n: number) => `https://x.com/${handle}/status/${1_970_000_000_000_000_000n + BigInt(pid) * 100n + BigInt(n)}`;
    const raise = (input: Partial<RaiseEscalationInput>) => raiseEscalation(stack.db, chief, input as RaiseEscalationInput, settings);
    const act = (e: Escalation, action: EscalationAction, opts: { reason?: string; note?: string } = {}) =>
      transitionEscalation(stack.db, chief, e.id, action, { expectedVersion: e.version, ...opts });
    const complete = async (e: Escalation) => act(await act(e, EscalationAction.START), EscalationAction.COMPLETE, { note: `完了メモ ${pid}` });

    // A suicide notice with a note on its timeline, done.
    let suicide = await raise({ kind: EscalationKind.SUICIDE_NOTICE, postUrl: post(`es_${pid}`, 1), summary: `自殺予告 秘匿A${pid}` });
    suicide = await addNote(stack.db, chief, suicide.id, `母親と連絡済み 秘匿B${pid}`);
    suicide = await complete(suicide);
    // An emergency disclosure with every text filled in, sent, answered, then cancelled with a reason.
    let disclosure = await raise({
      kind: EscalationKind.EMERGENCY_DISCLOSURE,
      postUrl: post(`ed_${pid}`, 2),
      summary: `開示要請 秘匿C${pid}`,
      disclosure: {
        accountUrl: `https://x.com/ed_${pid}`,
        postUrls: [post(`eo_${pid}`, 3)],
        personAtRisk: `高校2年の女子 秘匿D${pid}`,
        danger: `今夜飛び降りると投稿 秘匿E${pid}`,
        informationNeeded: `登録メールアドレス 秘匿F${pid}`,
        reason: `居所の特定 秘匿G${pid}`,
        contact: `096-000-0000 秘匿H${pid}`,
      },
    });
    disclosure = await recordDisclosureSent(stack.db, chief, disclosure.id, 'X-LEGAL-42', null);
    disclosure = await recordDisclosureAnswer(stack.db, chief, { escalationId: disclosure.id, answer: DisclosureAnswer.REFUSED, answerText: `差し迫った危険の説明不足 秘匿I${pid}` });
    disclosure = await act(disclosure, EscalationAction.CANCEL, { reason: `本人の無事を確認 秘匿J${pid}` });
    // A deletion request whose post was removed after 5 hours, done.
    const requestedAt = new Date(Date.now() - 10 * 3600_000);
    let deletion = await raise({
      kind: EscalationKind.DELETION_REQUEST,
      postUrl: post(`ex_${pid}`, 4),
      summary: `児童ポルノ販売 秘匿K${pid}`,
      deletionReason: DeletionReason.CSAM,
      deletionRequestedAt: requestedAt,
    });
    await stack.db.query(`UPDATE escalations SET deletion_removed_at = $2, deletion_removal_outcome = 'DELETED' WHERE id = $1`, [
      deletion.id,
      new Date(requestedAt.getTime() + 5 * 3600_000),
    ]);
    deletion = await complete({ ...deletion, version: deletion.version });
    // A security incident with its reporting path and an edited summary (the timeline copies the new text), done.
    let incident = await raise({ kind: EscalationKind.SECURITY_INCIDENT, summary: `不審ログイン 秘匿L${pid}`, incidentAffectedAsset: `公式X 秘匿M${pid}` });
    incident = await updateEscalation(stack.db, chief, { escalationId: incident.id, expectedVersion: incident.version, summary: `不審ログイン（更新） 秘匿N${pid}` });
    incident = await recordIncidentReport(stack.db, chief, {
      escalationId: incident.id,
      recipient: IncidentReportRecipient.INFORMATION_MANAGEMENT_HEAD,
      recipientName: `情報管理課長 秘匿O${pid}`,
      method: IncidentReportMethod.PHONE,
      note: `電話で第一報 秘匿P${pid}`,
    });
    incident = await complete(incident);
    // Left alone: one finished recently, one still open (raised long ago).
    const recent = await complete(await raise({ kind: EscalationKind.SUICIDE_NOTICE, postUrl: post(`er_${pid}`, 5), summary: `最近の件 保持Q${pid}` }));
    const open = await raise({ kind: EscalationKind.CHILD_SAFETY_URGENT, postUrl: post(`ep_${pid}`, 6), summary: `対応中の件 保持R${pid}` });

    const old = [suicide, disclosure, deletion, incident].map((e) => e.id);
    await stack.db.query(`UPDATE escalations SET completed_at = now() - interval '400 days' WHERE id = ANY($1::uuid[])`, [old]);
    await stack.db.query(`UPDATE escalations SET completed_at = now() - interval '30 days' WHERE id = $1`, [recent.id]);
    await stack.db.query(`UPDATE escalations SET created_at = now() - interval '500 days' WHERE id = $1`, [open.id]);

    const range: [Date, Date] = [new Date('2020-01-01T00:00:00Z'), new Date(Date.now() + 86_400_000)];
    const kept = `id, kind, urgency, status, created_at, due_at, completed_at, post_id, external_reference, disclosure_sent_at, disclosure_answer,
      disclosure_answered_at, deletion_reason, deletion_requested_at, deletion_removed_at, deletion_removal_outcome, incident_detected_at`;
    const keptBefore = await stack.db.query(`SELECT ${kept} FROM escalations ORDER BY id`);
    const statsBefore = await escalationStatistics(stack.db, ...range);
    expect(statsBefore.deletion).toMatchObject({ requested: 1, removed: 1, hoursToRemovalP50: 5 });

    const result = await purgePersonalData(stack.db, logger, { retentionDays: 365, batchSize: 3 });
    expect(result).toEqual({ cases: 0, reports: 0, xAccounts: 0, batches: 2, escalations: 4 });

    const rows = await stack.db.query(`SELECT * FROM escalations WHERE id = ANY($1::uuid[]) ORDER BY id`, [old]);
    for (const e of rows) {
      expect(e).toMatchObject({
        summary: null,
        cancel_reason: null,
        disclosure_account_url: null,
        disclosure_person_at_risk: null,
        disclosure_danger: null,
        disclosure_information_needed: null,
        disclosure_reason: null,
        disclosure_contact: null,
        disclosure_answer_text: null,
        incident_affected_asset: null,
      });
      expect(e.post_url).toBe(e.post_id === null ? null : `https://x.com/i/web/status/${e.post_id}`);
      expect(e.personal_data_purged_at).toBeInstanceOf(Date);
    }
    const [disc] = rows.filter((e: { id: string }) => e.id === disclosure.id);
    expect(disc.disclosure_post_urls).toEqual([`https://x.com/i/web/status/${1_970_000_000_000_000_000n + BigInt(pid) * 100n + 3n}`]);
    expect(disc.status).toBe('CANCELLED');
    const events = await stack.db.query(`SELECT type, note, data FROM escalation_events WHERE escalation_id = ANY($1::uuid[])`, [old]);
    expect(events.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['NOTE_ADDED', 'DETAILS_UPDATED', 'INCIDENT_REPORTED', 'DISCLOSURE_ANSWERED']));
    for (const e of events) expect(e.note).toBeNull();
    const reports = await stack.db.query(`SELECT recipient, method, reported_at, note, recipient_name FROM escalation_incident_reports WHERE escalation_id = $1`, [incident.id]);
    expect(reports).toEqual([{ recipient: 'INFORMATION_MANAGEMENT_HEAD', method: 'PHONE', reported_at: expect.any(Date), note: null, recipient_name: null }]);
    const dump = JSON.stringify([rows, events, reports]);
    expect(dump).not.toMatch(/秘匿|完了メモ/);
    expect(dump).not.toMatch(new RegExp(`(es|ed|eo|ex)_${pid}`));

    // The audit log (append-only, never purged) never held those texts either.
    const audit = await stack.db.query(`SELECT before, after FROM audit_events WHERE object_type = 'Escalation' AND object_id = ANY($1::text[])`, [old]);
    expect(audit.length).toBeGreaterThan(10);
    expect(JSON.stringify(audit)).not.toMatch(/秘匿|完了メモ/);

    // Kind, status and times stay: the statistics do not move.
    expect(await stack.db.query(`SELECT ${kept} FROM escalations ORDER BY id`)).toEqual(keptBefore);
    expect(await escalationStatistics(stack.db, ...range)).toEqual(statsBefore);

    // The recent and the open escalation keep their texts.
    const untouched = await stack.db.query(`SELECT summary, post_url, personal_data_purged_at FROM escalations WHERE id = ANY($1::uuid[]) ORDER BY summary`, [[recent.id, open.id]]);
    expect(untouched).toEqual([
      { summary: `対応中の件 保持R${pid}`, post_url: post(`ep_${pid}`, 6), personal_data_purged_at: null },
      { summary: `最近の件 保持Q${pid}`, post_url: post(`er_${pid}`, 5), personal_data_purged_at: null },
    ]);
    const [{ n: recentEvents }] = await stack.db.query(`SELECT count(*)::int AS n FROM escalation_events WHERE escalation_id = $1 AND note IS NOT NULL`, [recent.id]);
    expect(recentEvents).toBeGreaterThan(0);

    // One audit event per batch, listing the escalations.
    const purges = await stack.db.getRepository(AuditEvent).find({ where: { action: 'retention.PURGE', objectId: 'escalations' }, order: { id: 'ASC' } });
    expect(purges.map((e) => (e.after as { escalations: number }).escalations)).toEqual([3, 1]);
    expect(purges.flatMap((e) => (e.after as { escalationIds: string[] }).escalationIds).sort()).toEqual([...old].sort());

    // A re-run finds nothing to do.
    expect((await purgePersonalData(stack.db, logger, { retentionDays: 365, batchSize: 3 })).escalations).toBe(0);
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
