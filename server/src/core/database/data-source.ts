import { DataSource } from 'typeorm';
import { migrations } from '../../../../migrations';
import { AuditEvent } from '../../modules/audit/audit-event.entity';
import { Case } from '../../modules/cases/case.entity';
import { Report } from '../../modules/cases/report.entity';
import { Unit } from '../../modules/units/unit.entity';
import { Session } from '../../modules/users/session.entity';
import { User } from '../../modules/users/user.entity';
import { OutboxMessage } from '../outbox/outbox-message.entity';
import { Notification } from '../../modules/notifications/notification.entity';
import { PostCheck } from '../../modules/replies/post-check.entity';
import { XAccount } from '../../modules/x-accounts/x-account.entity';
import { ReplyTemplate } from '../../modules/templates/reply-template.entity';
import { MonthlyReport } from '../../modules/monthly-reports/monthly-report.entity';
import { Bulletin } from '../../modules/monthly-reports/bulletin.entity';
import { Alert } from '../../modules/alerts/alert.entity';
import { AlertDelivery } from '../../modules/alerts/alert-delivery.entity';
import { Escalation } from '../../modules/escalations/escalation.entity';
import { EscalationStep } from '../../modules/escalations/escalation-step.entity';
import { EscalationEvent } from '../../modules/escalations/escalation-event.entity';
import { ChecklistTemplate, ChecklistTemplateStep } from '../../modules/escalations/checklist-template.entity';
import { IncidentReport } from '../../modules/escalations/incident-report.entity';

export const entities = [Unit, User, Session, Case, Report, AuditEvent, OutboxMessage, XAccount, ReplyTemplate, Notification, PostCheck, MonthlyReport, Bulletin, Escalation, EscalationStep, EscalationEvent, ChecklistTemplate, ChecklistTemplateStep, IncidentReport, Alert, AlertDelivery];

/** The schema is only ever changed by migrations (never `synchronize`). */
export function createDataSource(url: string, opts: { poolSize?: number; applicationName?: string } = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    logging: false,
    poolSize: opts.poolSize ?? 10,
    applicationName: opts.applicationName ?? 'patrol-desk',
  });
}
