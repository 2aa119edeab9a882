import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/context';
import { inTransaction } from '../../core/database/transaction';
import { Conflict, InvalidInput } from '../../core/errors/errors';
import { recordAudit } from '../audit/audit.service';
import { reasonText } from '../cases/commands/screening.commands';
import { ChecklistTemplate, ChecklistTemplateStep } from './checklist-template.entity';
import { EscalationKind } from './escalation-enums';
import type { EscalationChecklistTemplate } from './escalation.types';
import type { UpdateChecklistInput } from './inputs';

async function withSteps(db: DataSource, templates: ChecklistTemplate[]): Promise<EscalationChecklistTemplate[]> {
  if (templates.length === 0) return [];
  const steps = await db
    .getRepository(ChecklistTemplateStep)
    .createQueryBuilder('s')
    .where('s.templateId IN (:...ids)', { ids: templates.map((t) => t.id) })
    .orderBy('s.position', 'ASC')
    .getMany();
  return templates.map((t) => ({
    id: t.id,
    kind: t.kind,
    version: t.version,
    note: t.note,
    createdAt: t.createdAt,
    createdById: t.createdById,
    steps: steps.filter((s) => s.templateId === t.id).map((s) => ({ position: s.position, labelJa: s.labelJa, labelEn: s.labelEn })),
  }));
}

/** The current (newest) procedure of every kind, in the kinds' order. */
export async function currentChecklists(db: DataSource): Promise<EscalationChecklistTemplate[]> {
  const rows = await db
    .getRepository(ChecklistTemplate)
    .createQueryBuilder('t')
    .distinctOn(['t.kind'])
    .orderBy('t.kind')
    .addOrderBy('t.version', 'DESC')
    .getMany();
  const order = Object.values(EscalationKind);
  return withSteps(db, rows.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind)));
}

/** Every version of one kind's procedure, newest first. */
export async function checklistHistory(db: DataSource, kind: EscalationKind): Promise<EscalationChecklistTemplate[]> {
  const rows = await db.getRepository(ChecklistTemplate).find({ where: { kind }, order: { version: 'DESC' } });
  return withSteps(db, rows);
}

/**
 * The chief writes a new version of a kind's procedure. Escalations already raised keep the steps
 * they were raised with (they hold a copy); new ones copy this version.
 */
export async function updateChecklist(db: DataSource, actor: Actor, input: UpdateChecklistInput): Promise<EscalationChecklistTemplate> {
  const note = reasonText(input.note, 'note', false);
  const steps = input.steps.map((s, i) => ({
    position: i + 1,
    labelJa: reasonText(s.labelJa, `steps[${i}].labelJa`, true)!,
    labelEn: reasonText(s.labelEn, `steps[${i}].labelEn`, true)!,
  }));
  for (const s of steps) {
    if (s.labelJa.length > 200 || s.labelEn.length > 200) throw InvalidInput(`Step ${s.position} is too long (at most 200 characters).`, 'steps');
  }
  const id = await inTransaction(db, async (em) => {
    // Locking the newest version serialises two chiefs editing one kind.
    const latest = await em
      .getRepository(ChecklistTemplate)
      .findOne({ where: { kind: input.kind }, order: { version: 'DESC' }, lock: { mode: 'pessimistic_write' } });
    const currentVersion = latest?.version ?? 0;
    if (currentVersion !== input.expectedVersion) {
      throw Conflict(`The procedure was changed meanwhile (now version ${currentVersion}). Reload it and edit again.`, { currentVersion });
    }
    const inserted = await em.insert(ChecklistTemplate, { kind: input.kind, version: currentVersion + 1, note, createdById: actor.user!.id });
    const templateId = (inserted.identifiers[0] as { id: string }).id;
    await em.insert(ChecklistTemplateStep, steps.map((s) => ({ templateId, ...s })));
    await recordAudit(em, actor, {
      action: 'escalation.UPDATE_CHECKLIST',
      objectType: 'EscalationChecklistTemplate',
      objectId: templateId,
      before: latest ? { kind: input.kind, version: latest.version } : null,
      after: { kind: input.kind, version: currentVersion + 1, steps: steps.map((s) => s.labelJa) },
    });
    return templateId;
  });
  const [created] = await withSteps(db, [await db.getRepository(ChecklistTemplate).findOneOrFail({ where: { id } })]);
  return created;
}
