import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { IncidentReportMethod, IncidentReportRecipient } from './escalation-enums';

/** One step of a security incident's reporting path: to whom, by whom, when and how. */
@Entity({ name: 'escalation_incident_reports' })
export class IncidentReport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'escalation_id', type: 'uuid' })
  escalationId: string;

  @Column({ type: 'text' })
  recipient: IncidentReportRecipient;

  @Column({ name: 'recipient_name', type: 'text', nullable: true })
  recipientName: string | null;

  @Column({ type: 'text' })
  method: IncidentReportMethod;

  @Column({ name: 'reported_at', type: 'timestamptz' })
  reportedAt: Date;

  @Column({ name: 'reported_by_id', type: 'uuid' })
  reportedById: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
