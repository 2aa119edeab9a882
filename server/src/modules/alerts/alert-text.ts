import type { AlertReason, EscalationKindName } from './alert-enums';

/** Japanese labels for alert mail (DOMAIN vocabulary). */
export const KIND_JA: Record<EscalationKindName, string> = {
  SUICIDE_NOTICE: '自殺予告',
  CHILD_SAFETY_URGENT: '児童の安全確保',
  EMERGENCY_DISCLOSURE: '緊急開示要請',
  DELETION_REQUEST: '削除依頼',
  SECURITY_INCIDENT: '要報告インシデント',
};

export const REASON_JA: Record<AlertReason, string> = {
  ESCALATION_RAISED: '新規のエスカレーション',
  DELETION_STILL_UP: '削除依頼から24時間を経過しても投稿が削除されていません',
  ESCALATION_REOPENED_OR_OVERDUE: '再開または期限超過',
};

const jst = (d: Date) =>
  new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'medium', timeStyle: 'medium' }).format(d);

export interface AlertMessageInput {
  kind: EscalationKindName;
  reason: AlertReason;
  urgent: boolean;
  step: number;
  escalationNumber: number | null;
  raisedAt: Date;
  link: string | null;
}

/**
 * Subject and body of an alert e-mail. Only what is needed to act: the kind, urgency, when, and
 * where to look — never the post's text, handles or the people involved (mail leaves police systems'
 * control; the details stay in the app).
 */
export function alertMail(m: AlertMessageInput): { subject: string; text: string } {
  const urgency = m.urgent ? '至急' : '通常';
  const ref = m.escalationNumber !== null ? ` No.${m.escalationNumber}` : '';
  const repeat = m.step > 0 ? `・再通知${m.step}` : '';
  const subject = `【${urgency}${repeat}】${KIND_JA[m.kind]}${ref}（パトロールデスク）`;
  const lines = [
    'パトロールデスクからのエスカレーション通知です。',
    '',
    `種別: ${KIND_JA[m.kind]}${ref}`,
    `緊急度: ${urgency}`,
    `理由: ${REASON_JA[m.reason]}`,
    `発生日時: ${jst(m.raisedAt)}（日本時間）`,
    m.step > 0 ? `通知: 第${m.step + 1}報（まだ誰も確認していないため再通知しています）` : '通知: 第1報',
    '',
    m.link ? `内容の確認と対応: ${m.link}` : '内容はパトロールデスクで確認してください。',
    m.urgent ? '確認したら、パトロールデスクの通知で「確認」を押してください。押すまで再通知が続きます。' : '',
    '',
    'このメールには事案の詳細や個人情報を記載していません。',
  ];
  return { subject, text: lines.filter((l, i, all) => l !== '' || all[i - 1] !== '').join('\n') + '\n' };
}
