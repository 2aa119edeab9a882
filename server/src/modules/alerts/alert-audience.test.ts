import { createHmac } from 'node:crypto';
import { Role } from '../users/role';
import { alertStepJobId, audienceFor, rolesAtStep } from './alert-audience';
import { AlertAudience } from './alert-enums';
import { alertMail } from './alert-text';
import { signWebhookBody } from './channels/webhook';

const { OFFICER_IN_CHARGE: OIC, CHIEF } = Role;

describe('alert audience and ladder', () => {
  it('starts with the audience of the kind (DESIGN §4)', () => {
    expect(audienceFor('SUICIDE_NOTICE')).toBe(AlertAudience.OFFICERS_IN_CHARGE_AND_CHIEF);
    expect(audienceFor('CHILD_SAFETY_URGENT')).toBe(AlertAudience.OFFICERS_IN_CHARGE_AND_CHIEF);
    expect(audienceFor('EMERGENCY_DISCLOSURE')).toBe(AlertAudience.OFFICERS_IN_CHARGE);
    expect(audienceFor('DELETION_REQUEST')).toBe(AlertAudience.OFFICERS_IN_CHARGE);
    expect(audienceFor('SECURITY_INCIDENT')).toBe(AlertAudience.CHIEF);
  });

  it('widens: every chief from step 1, every officer in charge from step 2', () => {
    expect(rolesAtStep(AlertAudience.OFFICERS_IN_CHARGE, 0)).toEqual([OIC]);
    expect(rolesAtStep(AlertAudience.OFFICERS_IN_CHARGE, 1)).toEqual([OIC, CHIEF]);
    expect(rolesAtStep(AlertAudience.CHIEF, 0)).toEqual([CHIEF]);
    expect(rolesAtStep(AlertAudience.CHIEF, 1)).toEqual([CHIEF]);
    expect(rolesAtStep(AlertAudience.CHIEF, 2)).toEqual([OIC, CHIEF]);
    expect(rolesAtStep(AlertAudience.OFFICERS_IN_CHARGE_AND_CHIEF, 0)).toEqual([OIC, CHIEF]);
  });

  it('names each step job by business key, without ":"', () => {
    const id = alertStepJobId('0b6f7a4e-5a4e-4e0e-9d1c-7f0f4c3a2b1a', 3);
    expect(id).toBe('alert-0b6f7a4e-5a4e-4e0e-9d1c-7f0f4c3a2b1a-step-3');
    expect(id).not.toContain(':');
  });
});

describe('alert e-mail text', () => {
  const base = { kind: 'SUICIDE_NOTICE' as const, reason: 'ESCALATION_RAISED' as const, urgent: true, escalationNumber: 7, raisedAt: new Date('2026-03-01T00:30:00Z'), link: 'https://pd.example/escalations/e1' };

  it('is Japanese, says kind, urgency, repeat and JST time, and links to the escalation', () => {
    const first = alertMail({ ...base, step: 0 });
    expect(first.subject).toBe('【至急】自殺予告 No.7（パトロールデスク）');
    expect(first.text).toContain('2026/03/01 9:30:00');
    expect(first.text).toContain('https://pd.example/escalations/e1');
    const repeat = alertMail({ ...base, step: 2 });
    expect(repeat.subject).toBe('【至急・再通知2】自殺予告 No.7（パトロールデスク）');
    expect(repeat.text).toContain('第3報');
    expect(alertMail({ ...base, urgent: false, kind: 'DELETION_REQUEST', reason: 'DELETION_STILL_UP', step: 0 }).subject).toBe('【通常】削除依頼 No.7（パトロールデスク）');
  });
});

describe('webhook signature', () => {
  it('is sha256=<hex HMAC of the raw body>', () => {
    const raw = JSON.stringify({ a: 1, text: '自殺予告' });
    expect(signWebhookBody('s3cret-s3cret-s3cret', raw)).toBe(`sha256=${createHmac('sha256', 's3cret-s3cret-s3cret').update(raw).digest('hex')}`);
    expect(signWebhookBody('s3cret-s3cret-s3cret', raw)).not.toBe(signWebhookBody('s3cret-s3cret-s3cret', `${raw} `));
  });
});
