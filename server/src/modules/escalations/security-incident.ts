import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/context';
import { inTransaction } from '../../core/database/transaction';
import { Conflict, InvalidInput } from '../../core/errors/errors';
import { reasonText } from '../cases/commands/screening.commands';
import { EscalationEventType, EscalationKind, IncidentReportRecipient } from './escalation-enums';
import type { Escalation } from './escalation.entity';
import { addEvent, assertKind, happenedAt, loadForUpdate, saveChange } from './escalation.service';
import { IncidentReport } from './incident-report.entity';
import type { RecordIncidentReportInput } from './inputs';

/** The reporting path under the information-security standards: the head of the information management division first, then via them the manager. */
export const INCIDENT_REPORTING_PATH: readonly IncidentReportRecipient[] = [
  IncidentReportRecipient.INFORMATION_MANAGEMENT_HEAD,
  IncidentReportRecipient.INFORMATION_SECURITY_MANAGER,
];

export function pendingRecipients(reports: Pick<IncidentReport, 'recipient'>[]): IncidentReportRecipient[] {
  const done = new Set(reports.map((r) => r.recipient));
  return INCIDENT_REPORTING_PATH.filter((r) => !done.has(r));
}

/** Records one report along the path (who, when, how); the path is kept in order. */
export function recordIncidentReport(db: DataSource, actor: Actor, input: RecordIncidentReportInput): Promise<Escalation> {
  const note = reasonText(input.note, 'note', false);
  const recipientName = reasonText(input.recipientName, 'recipientName', false);
  return inTransaction(db, async (em) => {
    const e = await loadForUpdate(em, input.escalationId);
    assertKind(e, EscalationKind.SECURITY_INCIDENT, 'The incident reporting path');
    const reportedAt = happenedAt(input.reportedAt, 'reportedAt', e.createdAt);
    const reports = await em.getRepository(IncidentReport).find({ where: { escalationId: e.id } });
    if (reports.some((r) => r.recipient === input.recipient)) throw Conflict('This report is already recorded.', { recipient: input.recipient });
    const index = INCIDENT_REPORTING_PATH.indexOf(input.recipient);
    const previous = INCIDENT_REPORTING_PATH[index - 1];
    const before = previous ? reports.find((r) => r.recipient === previous) : undefined;
    if (previous && !before) {
      throw InvalidInput('Report to the head of the information management division first: the information-security manager is reported to through them.', 'recipient');
    }
    if (before && reportedAt.getTime() < before.reportedAt.getTime()) {
      throw InvalidInput('This report cannot come before the report to the head of the information management division.', 'reportedAt');
    }
    await em.insert(IncidentReport, {
      escalationId: e.id,
      recipient: input.recipient,
      recipientName,
      method: input.method,
      reportedAt,
      reportedById: actor.user!.id,
      note,
    });
    await addEvent(
      em,
      e.id,
      EscalationEventType.INCIDENT_REPORTED,
      actor.user!.id,
      { recipient: input.recipient, method: input.method, reportedAt: reportedAt.toISOString(), recipientName },
      note,
    );
    return saveChange(em, actor, e, 'INCIDENT_REPORTED', {});
  });
}
