import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/context';
import { inTransaction } from '../../core/database/transaction';
import { Conflict, InvalidInput, NotFound } from '../../core/errors/errors';
import { recordAudit } from '../audit/audit.service';
import { Audience, Category } from '../cases/case-enums';
import { ReplyTemplate, templateKey } from './reply-template.entity';
import { previewReplyText } from './render-reply';
import { LARGEST_CASE_NUMBER } from './reply-text';
import { assertValidTemplateBody, DEFAULT_LINT_OPTIONS, type TemplateLintOptions } from './template-lint';

/** The fields the audit log records for a template version. */
function snapshot(t: ReplyTemplate): Record<string, unknown> {
  return { id: t.id, key: t.key, version: t.version, active: t.active, body: t.body, note: t.note };
}

const NOTE_MAX = 500;
function cleanNote(note: string | null | undefined): string | null {
  const trimmed = note?.trim() ?? '';
  if (trimmed.length > NOTE_MAX) throw InvalidInput(`Keep the note under ${NOTE_MAX} characters.`, 'note');
  return trimmed === '' ? null : trimmed;
}

/** Two chiefs saving the same key at once: the database's unique indexes let one win; the other gets CONFLICT. */
function isUniqueViolation(err: unknown): boolean {
  return err instanceof QueryFailedError && (err.driverError as { code?: string } | undefined)?.code === '23505';
}
async function conflictOnRace<T>(work: Promise<T>, key: string): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw Conflict(`Someone else saved the reply template ${key} at the same time. Reload the templates and try again.`, { key });
    }
    throw err;
  }
}

async function insertVersion(em: EntityManager, values: Partial<ReplyTemplate>): Promise<ReplyTemplate> {
  const { identifiers } = await em.getRepository(ReplyTemplate).insert(values);
  return em.getRepository(ReplyTemplate).findOneByOrFail({ id: identifiers[0].id as string });
}

async function lockTemplate(em: EntityManager, id: string): Promise<ReplyTemplate> {
  const found = await em.getRepository(ReplyTemplate).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!found) throw NotFound('The reply template');
  return found;
}

async function latestVersion(em: EntityManager, key: string): Promise<ReplyTemplate | null> {
  return em.getRepository(ReplyTemplate).findOne({ where: { key }, order: { version: 'DESC' } });
}

export interface CreateReplyTemplateCommand {
  audience: Audience;
  category: Category | null;
  body: string;
  note?: string | null;
}

/**
 * A text for a key that has no active version: a new category-specific text, or one brought back
 * after it was deactivated (numbered after the key's latest version, so history stays in order).
 */
export async function createReplyTemplate(
  db: DataSource,
  actor: Actor,
  cmd: CreateReplyTemplateCommand,
  lint: TemplateLintOptions = DEFAULT_LINT_OPTIONS,
): Promise<ReplyTemplate> {
  assertValidTemplateBody(cmd.body, lint);
  const note = cleanNote(cmd.note);
  const key = templateKey(cmd.audience, cmd.category);
  return conflictOnRace(
    inTransaction(db, async (em) => {
      const latest = await latestVersion(em, key);
      if (latest?.active) {
        throw Conflict(`A reply template for ${key} is already active (version ${latest.version}): edit that one instead.`, {
          key,
          currentId: latest.id,
          currentVersion: latest.version,
        });
      }
      const created = await insertVersion(em, {
        audience: cmd.audience,
        category: cmd.category,
        version: (latest?.version ?? 0) + 1,
        body: cmd.body,
        active: true,
        note,
        createdById: actor.user?.id ?? null,
      });
      await recordAudit(em, actor, {
        action: 'replyTemplate.CREATE',
        objectType: 'ReplyTemplate',
        objectId: created.id,
        before: latest ? snapshot(latest) : null,
        after: snapshot(created),
      });
      return created;
    }),
    key,
  );
}

export interface UpdateReplyTemplateCommand {
  id: string;
  body: string;
  note?: string | null;
  /** The version the chief was looking at; anything else means someone changed it meanwhile. */
  expectedVersion: number;
}

/** Editing writes a new version (version + 1, active) and retires the one edited; the old text is kept as it was. */
export async function updateReplyTemplate(
  db: DataSource,
  actor: Actor,
  cmd: UpdateReplyTemplateCommand,
  lint: TemplateLintOptions = DEFAULT_LINT_OPTIONS,
): Promise<ReplyTemplate> {
  assertValidTemplateBody(cmd.body, lint);
  const note = cleanNote(cmd.note);
  return inTransaction(db, async (em) => {
    const current = await lockTemplate(em, cmd.id);
    if (!current.active || current.version !== cmd.expectedVersion) {
      const latest = await latestVersion(em, current.key);
      throw Conflict(
        `Someone else changed the reply template ${current.key} while you were editing it ` +
          `(the latest version is ${latest?.version ?? current.version}${latest?.active ? '' : ', inactive'}). Reload it and edit again.`,
        { key: current.key, currentId: latest?.id ?? current.id, currentVersion: latest?.version ?? current.version },
      );
    }
    if (current.body === cmd.body) {
      throw InvalidInput(`The text is the same as version ${current.version}: change the text to save a new version.`, 'body');
    }
    // Retire first: the one-active-per-key index is checked per statement.
    await em.getRepository(ReplyTemplate).update({ id: current.id }, { active: false });
    const next = await conflictOnRace(
      insertVersion(em, {
        audience: current.audience,
        category: current.category,
        version: current.version + 1,
        body: cmd.body,
        active: true,
        note,
        createdById: actor.user?.id ?? null,
      }),
      current.key,
    );
    await recordAudit(em, actor, {
      action: 'replyTemplate.UPDATE',
      objectType: 'ReplyTemplate',
      objectId: next.id,
      before: snapshot(current),
      after: snapshot(next),
    });
    return next;
  });
}

/**
 * Retires a category-specific text, so its cases fall back to the audience default. The audience
 * default itself cannot go: every alert and warning must have a text.
 */
export async function deactivateReplyTemplate(db: DataSource, actor: Actor, id: string): Promise<ReplyTemplate> {
  return inTransaction(db, async (em) => {
    const current = await lockTemplate(em, id);
    if (!current.active) {
      throw Conflict(`Version ${current.version} of the reply template ${current.key} is not active. Reload the templates.`, {
        key: current.key,
      });
    }
    if (current.category === null) {
      const otherDefaults = await em
        .getRepository(ReplyTemplate)
        .createQueryBuilder('t')
        .where('t.audience = :audience AND t.category IS NULL AND t.active AND t.id <> :id', { audience: current.audience, id })
        .getCount();
      if (otherDefaults === 0) {
        throw InvalidInput(
          `The reply template ${current.key} is the last active default for its audience and cannot be deactivated: ` +
            'every alert or warning needs a text. Edit it instead.',
          'id',
        );
      }
    }
    await em.getRepository(ReplyTemplate).update({ id }, { active: false });
    const after = { ...current, active: false } as ReplyTemplate;
    await recordAudit(em, actor, {
      action: 'replyTemplate.DEACTIVATE',
      objectType: 'ReplyTemplate',
      objectId: id,
      before: snapshot(current),
      after: snapshot(after),
    });
    return after;
  });
}

/** Active templates (or every version), grouped by key, newest version first. */
export function listReplyTemplates(em: EntityManager, includeInactive: boolean): Promise<ReplyTemplate[]> {
  return em.getRepository(ReplyTemplate).find({
    where: includeInactive ? {} : { active: true },
    order: { audience: 'ASC', key: 'ASC', version: 'DESC' },
  });
}

/** Every version of one key, newest first: what each case's templateVersion refers to. */
export function replyTemplateHistory(em: EntityManager, audience: Audience, category: Category | null): Promise<ReplyTemplate[]> {
  return em.getRepository(ReplyTemplate).find({
    where: { key: templateKey(audience, category) },
    order: { version: 'DESC' },
  });
}

export interface ReplyPreview {
  text: string;
  weightedLength: number;
  valid: boolean;
  templateId: string;
  templateKey: string;
  templateVersion: number;
  caseNumber: number;
}

/**
 * What a case would be sent, as X counts it. Without a case number it uses the longest one the
 * system allows for, so the preview shows the worst case.
 */
export async function previewReply(
  em: EntityManager,
  audience: Audience,
  categories: readonly Category[],
  caseNumber?: number | null,
): Promise<ReplyPreview> {
  const number = caseNumber ?? LARGEST_CASE_NUMBER;
  const { text, template, weightedLength, valid } = await previewReplyText(em, audience, categories, number);
  return {
    text,
    weightedLength,
    valid,
    templateId: template.id,
    templateKey: template.key,
    templateVersion: template.version,
    caseNumber: number,
  };
}
