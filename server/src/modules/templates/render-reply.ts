import { In, type EntityManager } from 'typeorm';
import { InvalidInput, NotFound } from '../../core/errors/errors';
import { Audience, Category } from '../cases/case-enums';
import { ReplyTemplate, templateKey } from './reply-template.entity';
import { MAX_WEIGHTED_LENGTH, measureReply, renderTemplateBody, type ReplyMeasure } from './reply-text';

export interface RenderedReply {
  text: string;
  templateId: string;
  templateVersion: number;
}

const AUDIENCE_WORDS: Record<Audience, string> = {
  [Audience.CHILD]: 'alerts to children',
  [Audience.ADULT]: 'warnings to adults',
};

/**
 * The active template for a reply: the category-specific one when the case has exactly one
 * category and such a template is active, else the audience default. One query for both keys.
 */
export async function chooseReplyTemplate(em: EntityManager, audience: Audience, categories: readonly Category[]): Promise<ReplyTemplate> {
  const distinct = [...new Set(categories)];
  const defaultKey = templateKey(audience, null);
  const specificKey = distinct.length === 1 ? templateKey(audience, distinct[0]) : null;
  const candidates = await em.getRepository(ReplyTemplate).find({
    where: { key: In(specificKey ? [specificKey, defaultKey] : [defaultKey]), active: true },
  });
  const chosen = candidates.find((t) => t.key === specificKey) ?? candidates.find((t) => t.key === defaultKey);
  // The service never lets the last audience default go, so this means the data was changed by hand.
  if (!chosen) throw NotFound(`An active reply template for ${AUDIENCE_WORDS[audience]}`);
  return chosen;
}

function assertCaseNumber(caseNumber: number): void {
  if (!Number.isSafeInteger(caseNumber) || caseNumber < 1) {
    throw InvalidInput(`The case number must be a positive whole number (got ${caseNumber}).`, 'caseNumber');
  }
}

export interface ReplyPreviewData extends ReplyMeasure {
  text: string;
  template: ReplyTemplate;
}

/** The reply as it would be posted, with X's verdict, without throwing when it does not fit. */
export async function previewReplyText(
  em: EntityManager,
  audience: Audience,
  categories: readonly Category[],
  caseNumber: number,
): Promise<ReplyPreviewData> {
  assertCaseNumber(caseNumber);
  const template = await chooseReplyTemplate(em, audience, categories);
  const text = renderTemplateBody(template.body, { caseNumber });
  return { text, template, ...measureReply(text) };
}

/**
 * The exact reply text for a case, for the workflow to call inside its transaction (pass its
 * EntityManager) and store with the case together with the template's id and version. Throws
 * INVALID_INPUT when twitter-text says X would refuse the text (empty, invalid characters, or
 * over 280 weighted characters) — the template lint makes that unlikely, never impossible.
 */
export async function renderReply(
  em: EntityManager,
  audience: Audience,
  categories: Category[],
  caseNumber: number,
): Promise<RenderedReply> {
  const { text, template, valid, weightedLength } = await previewReplyText(em, audience, categories, caseNumber);
  if (!valid) {
    throw InvalidInput(
      `The reply for case ${caseNumber} would not be accepted by X (${weightedLength} of ${MAX_WEIGHTED_LENGTH} weighted characters, ` +
        `template ${template.key} version ${template.version}). Ask the chief to correct the template, then decide again.`,
      'template',
    );
  }
  return { text, templateId: template.id, templateVersion: template.version };
}
