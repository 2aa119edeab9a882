import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/context';
import { inTransaction } from '../../core/database/transaction';
import { Conflict, InvalidInput } from '../../core/errors/errors';
import { Case } from '../cases/case.entity';
import { reasonText } from '../cases/commands/screening.commands';
import { canonicalPostUrl, parsePostUrl, PostUrlError } from '../cases/x-post-url';
import { Unit } from '../units/unit.entity';
import { User } from '../users/user.entity';
import { XAccount } from '../x-accounts/x-account.entity';
import { DisclosureAnswer, EscalationEventType, EscalationKind } from './escalation-enums';
import type { Escalation } from './escalation.entity';
import { addEvent, assertKind, happenedAt, loadForUpdate, saveChange } from './escalation.service';
import type { EmergencyDisclosureDetails, EmergencyDisclosureRequestDocument } from './escalation.types';
import type { EmergencyDisclosureInput, RecordDisclosureAnswerInput } from './inputs';

const ACCOUNT_URL = /^https?:\/\/(?:www\.|mobile\.)?(?:x|twitter)\.com\/([A-Za-z0-9_]{1,15})\/?$/i;

function accountUrl(value: string): string {
  const m = ACCOUNT_URL.exec(value.normalize('NFKC').trim());
  if (!m) throw InvalidInput('The account URL must look like https://x.com/<handle>.', 'accountUrl');
  return `https://x.com/${m[1]}`;
}

function postUrl(value: string): string {
  try {
    return canonicalPostUrl(parsePostUrl(value));
  } catch (err) {
    if (err instanceof PostUrlError) throw InvalidInput(`${err.message} (${value.slice(0, 100)})`, 'postUrls');
    throw err;
  }
}

/** The given disclosure fields as columns: URLs canonical, texts trimmed; absent fields are left out. */
export function normaliseDisclosure(input: EmergencyDisclosureInput): Partial<Escalation> {
  const out: Partial<Escalation> = {};
  if (input.accountUrl != null) out.disclosureAccountUrl = input.accountUrl.trim() === '' ? null : accountUrl(input.accountUrl);
  if (input.postUrls != null) out.disclosurePostUrls = [...new Set(input.postUrls.filter((u) => u.trim() !== '').map(postUrl))];
  if (input.personAtRisk !== undefined) out.disclosurePersonAtRisk = reasonText(input.personAtRisk, 'personAtRisk', false);
  if (input.danger !== undefined) out.disclosureDanger = reasonText(input.danger, 'danger', false);
  if (input.informationNeeded !== undefined) out.disclosureInformationNeeded = reasonText(input.informationNeeded, 'informationNeeded', false);
  if (input.reason !== undefined) out.disclosureReason = reasonText(input.reason, 'reason', false);
  if (input.contact !== undefined) out.disclosureContact = reasonText(input.contact, 'contact', false);
  return out;
}

/** The details as X would see them: account and posts from the case and its account when not given. */
export interface DisclosureLookups {
  case(id: string): Promise<Case | null>;
  xAccount(id: string): Promise<XAccount | null>;
}

export const dbLookups = (db: DataSource): DisclosureLookups => ({
  case: (id) => db.getRepository(Case).findOne({ where: { id } }),
  xAccount: (id) => db.getRepository(XAccount).findOne({ where: { id } }),
});

export async function disclosureDetails(lookups: DisclosureLookups, e: Escalation): Promise<EmergencyDisclosureDetails> {
  let account = e.disclosureAccountUrl;
  const posts: string[] = [];
  if (e.postUrl) posts.push(e.postUrl);
  if (e.caseId) {
    const c = await lookups.case(e.caseId);
    if (c) {
      posts.push(c.postUrl);
      if (!account && c.xAccountId) {
        const a = await lookups.xAccount(c.xAccountId);
        if (a?.username) account = `https://x.com/${a.username}`;
      }
    }
  }
  posts.push(...e.disclosurePostUrls);
  if (!account) {
    const handle = posts.map((u) => /^https:\/\/x\.com\/([A-Za-z0-9_]{1,15})\/status\//.exec(u)?.[1]).find((h) => h && h !== 'i');
    if (handle) account = `https://x.com/${handle}`;
  }
  return {
    accountUrl: account,
    postUrls: [...new Set(posts)],
    personAtRisk: e.disclosurePersonAtRisk,
    danger: e.disclosureDanger,
    informationNeeded: e.disclosureInformationNeeded,
    reason: e.disclosureReason,
    contact: e.disclosureContact,
    sentAt: e.disclosureSentAt,
    answer: e.disclosureAnswer,
    answerText: e.disclosureAnswerText,
    answeredAt: e.disclosureAnsweredAt,
  };
}

export function missingDisclosureFields(d: EmergencyDisclosureDetails): string[] {
  const missing: string[] = [];
  if (!d.accountUrl && d.postUrls.length === 0) missing.push('accountUrl');
  if (!d.personAtRisk) missing.push('personAtRisk');
  if (!d.danger) missing.push('danger');
  if (!d.informationNeeded) missing.push('informationNeeded');
  if (!d.reason) missing.push('reason');
  if (!d.contact) missing.push('contact');
  return missing;
}

const NOT_YET_JA = '（未記入）';
const NOT_YET_EN = '(not filled in)';

/**
 * The request for X's legal-request site (emergency disclosure), as structured fields and as
 * ready-to-copy Japanese and English texts. The requesting officer is the owner, else the reader.
 */
export async function disclosureDocument(db: DataSource, e: Escalation, reader: User): Promise<EmergencyDisclosureRequestDocument> {
  assertKind(e, EscalationKind.EMERGENCY_DISCLOSURE, 'An emergency disclosure request');
  const details = await disclosureDetails(dbLookups(db), e);
  const officer = (e.ownerId ? await db.getRepository(User).findOne({ where: { id: e.ownerId } }) : null) ?? reader;
  const unit = await db.getRepository(Unit).findOne({ where: { id: officer.unitId } });
  const unitName = unit?.name ?? '';
  const ja = (v: string | null) => v ?? NOT_YET_JA;
  const en = (v: string | null) => v ?? NOT_YET_EN;
  const postsJa = details.postUrls.length ? details.postUrls.map((u) => `  - ${u}`).join('\n') : `  ${NOT_YET_JA}`;
  const postsEn = details.postUrls.length ? details.postUrls.map((u) => `  - ${u}`).join('\n') : `  ${NOT_YET_EN}`;
  const textJa = [
    '緊急開示要請（生命・身体に対する差し迫った危険）',
    `管理番号: エスカレーション ${e.number}`,
    '',
    `対象アカウント: ${ja(details.accountUrl)}`,
    '対象投稿:',
    postsJa,
    '',
    `危険にさらされている者: ${ja(details.personAtRisk)}`,
    `危険の内容・切迫性: ${ja(details.danger)}`,
    `開示を求める情報: ${ja(details.informationNeeded)}`,
    `必要とする理由: ${ja(details.reason)}`,
    '',
    `要請者: ${officer.displayName}（${unitName}）`,
    `連絡先: ${ja(details.contact)}`,
  ].join('\n');
  const textEn = [
    'Emergency disclosure request (imminent danger of death or serious physical injury)',
    `Our reference: escalation ${e.number}`,
    '',
    `Account: ${en(details.accountUrl)}`,
    'Posts:',
    postsEn,
    '',
    `Person at risk: ${en(details.personAtRisk)}`,
    `Nature and imminence of the danger: ${en(details.danger)}`,
    `Information requested: ${en(details.informationNeeded)}`,
    `Why it is needed to prevent the harm: ${en(details.reason)}`,
    '',
    `Requesting officer: ${officer.displayName}, ${unitName}, Kumamoto Prefectural Police`,
    `Contact: ${en(details.contact)}`,
  ].join('\n');
  return {
    escalationId: e.id,
    details,
    requestingOfficer: officer.displayName,
    requestingUnit: unitName,
    missingFields: missingDisclosureFields(details),
    textJa,
    textEn,
  };
}

export function updateDisclosure(db: DataSource, actor: Actor, escalationId: string, input: EmergencyDisclosureInput): Promise<Escalation> {
  const changes = normaliseDisclosure(input);
  return inTransaction(db, async (em) => {
    const e = await loadForUpdate(em, escalationId);
    assertKind(e, EscalationKind.EMERGENCY_DISCLOSURE, 'The disclosure request details');
    if (e.disclosureSentAt) throw Conflict('The request was already sent to X; record X\'s answer, or add a note.');
    if (Object.keys(changes).length === 0) throw InvalidInput('Nothing to change: give at least one field.');
    await addEvent(em, e.id, EscalationEventType.DETAILS_UPDATED, actor.user!.id, { disclosure: Object.keys(changes) });
    return saveChange(em, actor, e, 'UPDATE_DISCLOSURE', changes);
  });
}

/** The request went out through X's legal-request site: when, and X's reference. */
export function recordDisclosureSent(db: DataSource, actor: Actor, escalationId: string, xReference: string | null, sentAt: Date | null): Promise<Escalation> {
  const reference = reasonText(xReference, 'xReference', false);
  return inTransaction(db, async (em) => {
    const e = await loadForUpdate(em, escalationId);
    assertKind(e, EscalationKind.EMERGENCY_DISCLOSURE, 'Recording the request as sent');
    if (e.disclosureSentAt) throw Conflict('The request is already recorded as sent.');
    const at = happenedAt(sentAt, 'sentAt', e.createdAt);
    const missing = missingDisclosureFields(await disclosureDetails(dbLookups(em.connection), e));
    if (missing.length) throw InvalidInput(`Fill in the request before sending it: ${missing.join(', ')}.`, missing[0]);
    const changes: Partial<Escalation> = { disclosureSentAt: at, disclosureSentById: actor.user!.id };
    if (reference) changes.externalReference = reference;
    await addEvent(em, e.id, EscalationEventType.DISCLOSURE_SENT, actor.user!.id, { sentAt: at.toISOString(), xReference: reference });
    return saveChange(em, actor, e, 'DISCLOSURE_SENT', changes);
  });
}

export function recordDisclosureAnswer(db: DataSource, actor: Actor, input: RecordDisclosureAnswerInput): Promise<Escalation> {
  const text = reasonText(input.answerText, 'answerText', input.answer !== DisclosureAnswer.DISCLOSED);
  return inTransaction(db, async (em) => {
    const e = await loadForUpdate(em, input.escalationId);
    assertKind(e, EscalationKind.EMERGENCY_DISCLOSURE, "X's answer");
    const at = happenedAt(input.answeredAt, 'answeredAt', e.createdAt);
    if (!e.disclosureSentAt) throw InvalidInput('Record the request as sent before recording the answer.', 'escalationId');
    if (at.getTime() < e.disclosureSentAt.getTime()) throw InvalidInput('The answer cannot come before the request was sent.', 'answeredAt');
    await addEvent(em, e.id, EscalationEventType.DISCLOSURE_ANSWERED, actor.user!.id, { answer: input.answer, answeredAt: at.toISOString() }, text);
    return saveChange(em, actor, e, 'DISCLOSURE_ANSWERED', { disclosureAnswer: input.answer, disclosureAnswerText: text, disclosureAnsweredAt: at });
  });
}
