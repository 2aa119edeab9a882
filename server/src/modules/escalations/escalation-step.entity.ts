import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A step of the procedure, copied from the kind's checklist when the escalation was raised. */
@Entity({ name: 'escalation_steps' })
export class EscalationStep {
  @PrimaryColumn({ name: 'escalation_id', type: 'uuid' })
  escalationId: string;

  @PrimaryColumn({ type: 'int' })
  position: number;

  @Column({ name: 'label_ja', type: 'text' })
  labelJa: string;

  @Column({ name: 'label_en', type: 'text' })
  labelEn: string;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  @Column({ name: 'done_by_id', type: 'uuid', nullable: true })
  doneById: string | null;
}
