import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { EscalationEventType } from './escalation-enums';

/** The timeline of an escalation: who did what, when. */
@Entity({ name: 'escalation_events' })
export class EscalationEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'escalation_id', type: 'uuid' })
  escalationId: string;

  @Column({ type: 'text' })
  type: EscalationEventType;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  data: Record<string, unknown>;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt: Date;
}
