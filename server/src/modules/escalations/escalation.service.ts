import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/context';
import type { Config } from '../../core/config/config';
import { inTransaction } from '../../core/database/transaction';
import { Conflict, Forbidden, InvalidInput, InvalidTransition, NotFound } from '../../core/errors/errors';
import { raiseAlert } from '../alerts/raise-alert';
import { recordAudit } from '../audit/audit.service';
import { canReadCase } from '../cases/case.policy';
import { Case } from '../cases/case.entity';
import { reasonText } from '../cases/commands/screening.commands';
import { canonicalPostUrl, parsePostUrl, PostUrlError } from '../cases/x-post-url';
import { Role } from '../users/role';
import { User } from '../users/user.entity';
import { scheduleDeletionCheck } from './deletion-schedule';
import { scheduleOverdueCheck } from './overdue-schedule';
import { normaliseDisclosure } from './disclosure-request';
import {
  ALWAYS_URGENT_KINDS,
  EscalationEventType,
  EscalationKind,
  EscalationStatus,
  EscalationUrgency,
} from './escalation-enums';
import { Escalation } from './escalation.entity';
import { assertMayRaise } from './escalation.policy';
import { EscalationAction, FINISHED_STATUSES, findEscalationTransition } from './escalation-state-machine';
import type { RaiseEscalationInput, UpdateEscalationInput } from './inputs';

const HOUR = 3600_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed ID cannot name an escalation: NOT_FOUND rather than a database error. */
export function assertEscalationId(id: string): string {
  if (!UUID.test(id)) throw NotFound('The escalation');
  return id;
}

/** Urgency when the raiser does not say (suicide notices and children in danger are always urgent). */
export const DEFAULT_URGENCY: Record<EscalationKind, EscalationUrgency> = {
  SUICIDE_NOTICE: EscalationUrgency.URGENT,
  CHILD_SAFETY_URGENT: EscalationUrgency.URGENT,
  // X evaluates emergency requests only for imminent danger to life or body.
  EMERGENCY_DISCLOSURE: EscalationUrgency.URGENT,
  DELETION_REQUEST: EscalationUrgency.NORMAL,
  // The information-security standards want incidents reported without delay.
  SECURITY_INCIDENT: EscalationUrgency.URGENT,
};

/** How long the division has, by urgency (and kind, for normal ones). */
export function defaultDueMs(kind: EscalationKind, urgency: EscalationUrgency): number {
  if (urgency === EscalationUrgency.URGENT) return HOUR;
  return kind === EscalationKind.DELETION_REQUEST ? 24 * HOUR : 4 * HOUR;
}

export interface DeletionSettings {
  firstIntervalMs: number;
  laterIntervalMs: number;
  reminderAfterMs: number;
}

export const deletionSettings = (config: Config): DeletionSettings => ({
  firstIntervalMs: config.DELETION_RECHECK_FIRST_MS,
  laterIntervalMs: config.DELETION_RECHECK_LATER_MS,
  reminderAfterMs: config.DELETION_REMINDER_AFTER_MS,
});

/**
 * The fields the audit log records before and after a change. No free text (summary, cancel
 * reason): the log is append-only, so what it holds would outlive the retention purge (DESIGN §7).
 */
export function snapshot(e: Escalation): Record<string, unknown> {
  return {
    status: e.status,
    version: e.version,
    urgency: e.urgency,
    ownerId: e.ownerId,
    dueAt: e.dueAt?.toISOString?.() ?? e.dueAt,
    externalReference: e.externalReference,
  };
}

export async function addEvent(
  em: EntityManager,
  escalationId: string,
  type: EscalationEventType,
  actorId: string | null,
  data: Record<string, unknown> = {},
  note: string | null = null,
): Promise<void> {
  await em.query(`INSERT INTO escalation_events (escalation_id, type, actor_id, data, note) VALUES ($1, $2, $3, $4::jsonb, $5)`, [
    escalationId,
    type,
    actorId,
    JSON.stringify(data),
    note,
  ]);
}

/** Locks the row and checks the expected version (optimistic locking across requests). */
export async function loadForUpdate(em: EntityManager, id: string, expectedVersion?: number | null): Promise<Escalation> {
  const found = await em.getRepository(Escalation).findOne({ where: { id: assertEscalationId(id) }, lock: { mode: 'pessimistic_write' } });
  if (!found) throw NotFound('The escalation');
  if (expectedVersion != null && found.version !== expectedVersion) {
    throw Conflict(`Someone else changed this escalation while you were looking at it (it is now ${found.status}). Reload it and try again.`, {
      currentStatus: found.status,
      currentVersion: found.version,
    });
  }
  return found;
}

function assertNotFinished(e: Escalation, what: string): void {
  if (FINISHED_STATUSES.includes(e.status)) {
    throw InvalidTransition(`This escalation is ${e.status}: ${what} is no longer possible. The chief can reopen a DONE escalation.`, {
      currentStatus: e.status,
    });
  }
}

export function assertKind(e: Escalation, kind: EscalationKind, what: string): void {
  if (e.kind !== kind) throw InvalidInput(`${what} applies only to ${kind} escalations; this one is ${e.kind}.`, 'escalationId');
}

/** The worker as the audit log's actor: no user (actorRole SYSTEM), the job as request ID (as the retention purge does). */
export function systemActor(jobId: string | undefined): Actor {
  return { user: null, requestId: jobId ? `job-${jobId}`.slice(0, 100) : null, ip: null };
}

/** Saves a change, bumps the version, writes the audit event (inside the caller's transaction). */
export async function saveChange(em: EntityManager, actor: Actor, e: Escalation, action: string, changes: Partial<Escalation>): Promise<Escalation> {
  const before = snapshot(e);
  const updated = Object.assign(e, changes, { version: e.version + 1 });
  await em.getRepository(Escalation).save(updated);
  await recordAudit(em, actor, { action: `escalation.${action}`, objectType: 'Escalation', objectId: e.id, before, after: snapshot(updated) });
  return updated;
}

function parseUrl(value: string, field: string): { postId: string; url: string; username: string | null } {
  try {
    const parsed = parsePostUrl(value);
    return { postId: parsed.postId, url: canonicalPostUrl(parsed), username: parsed.username };
  } catch (err) {
    if (err instanceof PostUrlError) throw InvalidInput(err.message, field);
    throw err;
  }
}

function futureOrNull(value: Date | null | undefined, field: string): Date | null {
  if (value == null) return null;
  if (Number.isNaN(value.getTime())) throw InvalidInput('The time is not valid.', field);
  if (value.getTime() <= Date.now()) throw InvalidInput('The due time must lie in the future.', field);
  return value;
}

/** Clocks of the officers' machines differ a little from the server's. */
const CLOCK_SKEW_MS = 5 * 60_000;
/**
 * How long before the escalation was raised a time users give may lie: a request may have gone to
 * X, or an incident been found, before anyone recorded the escalation here; older is a typo.
 */
export const EARLIEST_BEFORE_RAISED_DAYS = 30;

/**
 * A time a user says something happened (default now): not in the future beyond the clock skew,
 * not more than EARLIEST_BEFORE_RAISED_DAYS before the escalation was raised (`raisedAt`; now when
 * raising). INVALID_INPUT naming the field otherwise.
 */
function happenedAt(value: Date | null | undefined, field: string, raisedAt: Date): Date {
  const at = value ?? new Date();
  if (Number.isNaN(at.getTime())) throw InvalidInput(`The time given as ${field} is not valid.`, field);
  if (at.getTime() > Date.now() + CLOCK_SKEW_MS) throw InvalidInput(`The time given as ${field} lies in the future; give the time it happened.`, field);
  if (at.getTime() < raisedAt.getTime() - EARLIEST_BEFORE_RAISED_DAYS * 86_400_000) {
    throw InvalidInput(
      `The time given as ${field} lies more than ${EARLIEST_BEFORE_RAISED_DAYS} days before the escalation was raised (${raisedAt.toISOString()}); check the date.`,
      field,
    );
  }
  return at;
}

/**
 * Raises an escalation: copies the kind's current checklist, writes the first timeline entry and
 * the audit event, and raises the alert (with its outbox row) in the same transaction — all or nothing.
 */
export async function raiseEscalation(db: DataSource, actor: Actor, input: RaiseEscalationInput, settings: DeletionSettings): Promise<Escalation> {
  const user = actor.user!;
  const kind = input.kind;
  assertMayRaise(user, kind);

  const summary = reasonText(input.summary, 'summary', true)!;
  let linkedCase: Case | null = null;
  if (input.caseId != null) {
    if (kind === EscalationKind.SECURITY_INCIDENT) throw InvalidInput('A security incident is not tied to a case; leave the case out.', 'caseId');
    if (!UUID.test(input.caseId)) throw NotFound('The case');
    linkedCase = await db.getRepository(Case).findOne({ where: { id: input.caseId } });
    if (!linkedCase || !(await canReadCase(db, user, linkedCase))) throw NotFound('The case');
  }
  let post: { postId: string; url: string } | null = null;
  if (input.postUrl != null && input.postUrl.trim() !== '') post = parseUrl(input.postUrl, 'postUrl');
  else if (linkedCase) post = { postId: linkedCase.postId, url: linkedCase.postUrl };
  if (kind === EscalationKind.SECURITY_INCIDENT && post) throw InvalidInput('A security incident is not about a post; leave the post URL out.', 'postUrl');

  let urgency = input.urgency ?? DEFAULT_URGENCY[kind];
  if (ALWAYS_URGENT_KINDS.includes(kind) && urgency !== EscalationUrgency.URGENT) {
    throw InvalidInput(`${kind} is always URGENT.`, 'urgency');
  }
  const dueAt = futureOrNull(input.dueAt, 'dueAt') ?? new Date(Date.now() + defaultDueMs(kind, urgency));

  const fields: Partial<Escalation> = {};
  switch (kind) {
    case EscalationKind.SUICIDE_NOTICE:
    case EscalationKind.CHILD_SAFETY_URGENT:
      if (!post) throw InvalidInput('Give the URL of the post, or the case it was found in.', 'postUrl');
      break;
    case EscalationKind.EMERGENCY_DISCLOSURE: {
      const d = normaliseDisclosure(input.disclosure ?? {});
      if (!post && !d.disclosureAccountUrl) throw InvalidInput('Give the case, the post URL or the account URL the request is about.', 'postUrl');
      Object.assign(fields, d);
      break;
    }
    case EscalationKind.DELETION_REQUEST:
      if (!post) throw InvalidInput('Give the URL of the post to be removed, or its case.', 'postUrl');
      if (!input.deletionReason) throw InvalidInput('Say why the post must be removed (deletionReason).', 'deletionReason');
      fields.deletionReason = input.deletionReason;
      if (input.deletionRequestedAt != null) fields.deletionRequestedAt = happenedAt(input.deletionRequestedAt, 'deletionRequestedAt', new Date());
      break;
    case EscalationKind.SECURITY_INCIDENT: {
      const asset = reasonText(input.incidentAffectedAsset, 'incidentAffectedAsset', true);
      fields.incidentAffectedAsset = asset;
      fields.incidentDetectedAt = happenedAt(input.incidentDetectedAt, 'incidentDetectedAt', new Date());
      break;
    }
  }
  if (kind !== EscalationKind.DELETION_REQUEST && (input.deletionReason != null || input.deletionRequestedAt != null)) {
    throw InvalidInput('deletionReason and deletionRequestedAt belong to DELETION_REQUEST escalations.', 'deletionReason');
  }
  const externalReference = reasonText(input.externalReference, 'externalReference', false);

  return inTransaction(db, async (em) => {
    const template: { id: string; version: number }[] = await em.query(
      `SELECT id, version FROM escalation_checklist_templates WHERE kind = $1 ORDER BY version DESC LIMIT 1`,
      [kind],
    );
    const repo = em.getRepository(Escalation);
    const saved = await repo.save(
      repo.create({
        kind,
        urgency,
        status: EscalationStatus.OPEN,
        caseId: linkedCase?.id ?? null,
        postUrl: post?.url ?? null,
        postId: post?.postId ?? null,
        summary,
        raisedById: user.id,
        raisedUnitId: user.unitId,
        dueAt,
        externalReference,
        checklistTemplateId: template[0]?.id ?? null,
        checklistTemplateVersion: template[0]?.version ?? null,
        ...fields,
      }),
    );
    if (template[0]) {
      await em.query(
        `INSERT INTO escalation_steps (escalation_id, position, label_ja, label_en)
         SELECT $1, position, label_ja, label_en FROM escalation_checklist_template_steps WHERE template_id = $2`,
        [saved.id, template[0].id],
      );
    }
    await addEvent(em, saved.id, EscalationEventType.RAISED, user.id, { kind, urgency, caseId: linkedCase?.id ?? null }, summary);
    const created = await repo.findOneOrFail({ where: { id: saved.id } });
    await recordAudit(em, actor, { action: 'escalation.RAISE', objectType: 'Escalation', objectId: saved.id, after: { kind, ...snapshot(created) } });
    await raiseAlert(em, { escalationId: saved.id, reason: 'ESCALATION_RAISED', urgent: urgency === EscalationUrgency.URGENT, raisedById: user.id });
    await scheduleOverdueCheck(em, created);
    if (created.kind === EscalationKind.DELETION_REQUEST && created.deletionRequestedAt) {
      await addEvent(em, saved.id, EscalationEventType.DELETION_REQUEST_SENT, user.id, { sentAt: created.deletionRequestedAt.toISOString() });
      await scheduleDeletionCheck(em, created, 1, settings);
    }
    return created;
  });
}

/** Moves an escalation along the state table. */
export async function transitionEscalation(
  db: DataSource,
  actor: Actor,
  id: string,
  action: EscalationAction,
  opts: { expectedVersion: number; reason?: string | null; note?: string | null; dueAt?: Date | null },
): Promise<Escalation> {
  if (opts.dueAt != null && action !== EscalationAction.REOPEN) throw InvalidInput('A new due time is given only when reopening.', 'dueAt');
  return inTransaction(db, async (em) => {
    const e = await loadForUpdate(em, id, opts.expectedVersion);
    return applyTransition(em, actor, e, action, opts);
  });
}

async function applyTransition(
  em: EntityManager,
  actor: Actor,
  e: Escalation,
  action: EscalationAction,
  opts: { reason?: string | null; note?: string | null; changes?: Partial<Escalation>; dueAt?: Date | null },
): Promise<Escalation> {
  const transition = findEscalationTransition(e.status, action);
  if (!transition) {
    throw InvalidTransition(`An escalation in ${e.status} cannot be changed by ${action}.`, { currentStatus: e.status, action });
  }
  const user = actor.user!;
  if (!transition.roles.includes(user.role)) throw Forbidden(`Your role may not ${action} an escalation.`);
  const changes: Partial<Escalation> = { status: transition.to, ...opts.changes };
  let note = reasonText(opts.note, 'note', false);
  if (action === EscalationAction.CANCEL) {
    note = reasonText(opts.reason, 'reason', true);
    changes.cancelReason = note;
  }
  if (action === EscalationAction.REOPEN) {
    note = reasonText(opts.reason, 'reason', true);
    // The old due time has usually passed (and its check ran while the escalation was done):
    // reopened work gets a fresh one — the chief's, else the default for its kind and urgency, as at raising.
    changes.dueAt = futureOrNull(opts.dueAt, 'dueAt') ?? new Date(Date.now() + defaultDueMs(e.kind, e.urgency));
  }
  if (FINISHED_STATUSES.includes(transition.to)) changes.completedAt = new Date();
  else changes.completedAt = null;
  // Someone starting an unowned escalation owns it.
  if (action === EscalationAction.START && !e.ownerId) Object.assign(changes, { ownerId: user.id, assignedAt: new Date() });
  const from = e.status;
  const previousDueAt = e.dueAt;
  const updated = await saveChange(em, actor, e, action, changes);
  const eventData: Record<string, unknown> = { from, to: transition.to, action };
  if (action === EscalationAction.REOPEN) eventData.dueAt = updated.dueAt.toISOString();
  await addEvent(em, e.id, EscalationEventType.STATUS_CHANGED, user.id, eventData, note);
  if (action === EscalationAction.REOPEN) {
    // A new due time gets its own check (job ID by due time); the same, still future one keeps its pending check.
    if (updated.dueAt.getTime() !== previousDueAt.getTime()) await scheduleOverdueCheck(em, updated);
    await raiseAlert(em, {
      escalationId: e.id,
      reason: 'ESCALATION_REOPENED_OR_OVERDUE',
      urgent: e.urgency === EscalationUrgency.URGENT,
      raisedById: user.id,
    });
  }
  return updated;
}

/** 担当する: the caller becomes the owner; an OPEN escalation starts. */
export function claimEscalation(db: DataSource, actor: Actor, id: string, expectedVersion: number): Promise<Escalation> {
  return inTransaction(db, async (em) => {
    const e = await loadForUpdate(em, id, expectedVersion);
    assertNotFinished(e, 'claiming it');
    const user = actor.user!;
    if (e.ownerId === user.id && e.status === EscalationStatus.IN_PROGRESS) return e;
    const changes = { ownerId: user.id, assignedAt: new Date() };
    await addEvent(em, e.id, EscalationEventType.ASSIGNED, user.id, { ownerId: user.id, previousOwnerId: e.ownerId, claimed: true });
    if (e.status === EscalationStatus.OPEN) return applyTransition(em, actor, e, EscalationAction.START, { changes });
    return saveChange(em, actor, e, 'CLAIM', changes);
  });
}

/** Makes another member of the division the owner. */
export function assignEscalation(db: DataSource, actor: Actor, id: string, ownerId: string, expectedVersion: number): Promise<Escalation> {
  return inTransaction(db, async (em) => {
    const e = await loadForUpdate(em, id, expectedVersion);
    assertNotFinished(e, 'assigning it');
    const owner = UUID.test(ownerId) ? await em.getRepository(User).findOne({ where: { id: ownerId } }) : null;
    if (!owner) throw NotFound('The user');
    if (!owner.active || (owner.role !== Role.OFFICER_IN_CHARGE && owner.role !== Role.CHIEF)) {
      throw InvalidInput('Assign an active officer in charge or the chief.', 'ownerId');
    }
    await addEvent(em, e.id, EscalationEventType.ASSIGNED, actor.user!.id, { ownerId, previousOwnerId: e.ownerId, claimed: false });
    return saveChange(em, actor, e, 'ASSIGN', { ownerId, assignedAt: new Date() });
  });
}

/** Ticks or unticks one step; each is a timeline entry with who and when. */
export function setStepDone(db: DataSource, actor: Actor, id: string, position: number, done: boolean): Promise<Escalation> {
  return inTransaction(db, async (em) => {
    const e = await loadForUpdate(em, id);
    assertNotFinished(e, done ? 'ticking a step' : 'unticking a step');
    const user = actor.user!;
    const rows: { done_at: Date | null; label_ja: string }[] = await em.query(
      `SELECT done_at, label_ja FROM escalation_steps WHERE escalation_id = $1 AND position = $2`,
      [e.id, position],
    );
    if (!rows[0]) throw InvalidInput(`This escalation has no step ${position}.`, 'position');
    if ((rows[0].done_at !== null) === done) {
      throw Conflict(done ? 'This step is already ticked.' : 'This step is not ticked.', { position });
    }
    await em.query(
      `UPDATE escalation_steps SET done_at = $3, done_by_id = $4 WHERE escalation_id = $1 AND position = $2`,
      [e.id, position, done ? new Date() : null, done ? user.id : null],
    );
    await addEvent(em, e.id, done ? EscalationEventType.STEP_TICKED : EscalationEventType.STEP_UNTICKED, user.id, { position, label: rows[0].label_ja });
    return saveChange(em, actor, e, done ? 'TICK_STEP' : 'UNTICK_STEP', {});
  });
}

export function addNote(db: DataSource, actor: Actor, id: string, text: string): Promise<Escalation> {
  const note = reasonText(text, 'text', true)!;
  return inTransaction(db, async (em) => {
    const e = await loadForUpdate(em, id);
    await addEvent(em, e.id, EscalationEventType.NOTE_ADDED, actor.user!.id, {}, note);
    return saveChange(em, actor, e, 'ADD_NOTE', {});
  });
}

/** Edits the details that change while working: X's reference, due time, urgency, the short note. */
export function updateEscalation(db: DataSource, actor: Actor, input: UpdateEscalationInput): Promise<Escalation> {
  return inTransaction(db, async (em) => {
    const e = await loadForUpdate(em, input.escalationId, input.expectedVersion);
    const changes: Partial<Escalation> = {};
    if (input.externalReference !== undefined) changes.externalReference = reasonText(input.externalReference, 'externalReference', false);
    if (input.summary != null) changes.summary = reasonText(input.summary, 'summary', true)!;
    if (input.dueAt != null) changes.dueAt = futureOrNull(input.dueAt, 'dueAt')!;
    if (input.urgency != null) {
      if (ALWAYS_URGENT_KINDS.includes(e.kind) && input.urgency !== EscalationUrgency.URGENT) throw InvalidInput(`${e.kind} is always URGENT.`, 'urgency');
      changes.urgency = input.urgency;
    }
    if (input.incidentAffectedAsset != null || input.incidentDetectedAt != null) {
      assertKind(e, EscalationKind.SECURITY_INCIDENT, 'The affected asset and detection time');
      if (input.incidentAffectedAsset != null) changes.incidentAffectedAsset = reasonText(input.incidentAffectedAsset, 'incidentAffectedAsset', true);
      if (input.incidentDetectedAt != null) changes.incidentDetectedAt = happenedAt(input.incidentDetectedAt, 'incidentDetectedAt', e.createdAt);
    }
    if (Object.keys(changes).length === 0) throw InvalidInput('Nothing to change: give at least one field.');
    const changed = Object.fromEntries(
      Object.entries(changes).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]),
    );
    await addEvent(em, e.id, EscalationEventType.DETAILS_UPDATED, actor.user!.id, changed);
    const dueMoved = changes.dueAt != null && changes.dueAt.getTime() !== e.dueAt.getTime();
    // Made urgent while still being worked: alert as an urgent escalation does when raised (once per change to URGENT).
    const becameUrgent =
      changes.urgency === EscalationUrgency.URGENT && e.urgency !== EscalationUrgency.URGENT && !FINISHED_STATUSES.includes(e.status);
    const updated = await saveChange(em, actor, e, 'UPDATE', changes);
    // The check for the old due time finds it moved and does nothing.
    if (dueMoved) await scheduleOverdueCheck(em, updated);
    if (becameUrgent) {
      await raiseAlert(em, { escalationId: e.id, reason: 'ESCALATION_RAISED', urgent: true, raisedById: actor.user!.id });
    }
    return updated;
  });
}

export { assertNotFinished, happenedAt };
