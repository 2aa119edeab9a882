import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { EscalationKind } from './escalation-enums';

/** One version of a kind's procedure; the newest version of a kind is the one new escalations copy. */
@Entity({ name: 'escalation_checklist_templates' })
export class ChecklistTemplate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', update: false })
  kind: EscalationKind;

  @Column({ type: 'int', update: false })
  version: number;

  @Column({ type: 'text', nullable: true, update: false })
  note: string | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true, update: false })
  createdById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', update: false })
  createdAt: Date;
}

@Entity({ name: 'escalation_checklist_template_steps' })
export class ChecklistTemplateStep {
  @PrimaryColumn({ name: 'template_id', type: 'uuid' })
  templateId: string;

  @PrimaryColumn({ type: 'int' })
  position: number;

  @Column({ name: 'label_ja', type: 'text' })
  labelJa: string;

  @Column({ name: 'label_en', type: 'text' })
  labelEn: string;
}
