import { nextLoginStep, PENDING_STEP_OPERATIONS, PendingStep } from './login-steps';
import { ROLE_MATRIX } from './role-matrix';
import { hashPassword } from './passwords';

describe('login steps', () => {
  const user = (over: Partial<{ role: string; mustChangePassword: boolean; totpEnabledAt: Date | null }>) => ({
    role: 'OFFICER',
    mustChangePassword: false,
    totpEnabledAt: null,
    ...over,
  });
  const required = ['OFFICER_IN_CHARGE', 'CHIEF'];

  it('asks for the second factor first, then a new password, then an enrolment', () => {
    const enrolled = new Date();
    expect(nextLoginStep(user({}), required, { mfaCode: false })).toBeNull();
    expect(nextLoginStep(user({ totpEnabledAt: enrolled, mustChangePassword: true }), required, { mfaCode: false })).toBe(PendingStep.MFA_CODE);
    expect(nextLoginStep(user({ totpEnabledAt: enrolled, mustChangePassword: true }), required, { mfaCode: true })).toBe(PendingStep.PASSWORD_CHANGE);
    expect(nextLoginStep(user({ role: 'CHIEF', mustChangePassword: true }), required, { mfaCode: false })).toBe(PendingStep.PASSWORD_CHANGE);
    expect(nextLoginStep(user({ role: 'CHIEF' }), required, { mfaCode: false })).toBe(PendingStep.MFA_ENROLMENT);
    expect(nextLoginStep(user({ role: 'CHIEF' }), [], { mfaCode: false })).toBeNull();
    expect(nextLoginStep(user({ role: 'CHIEF', totpEnabledAt: enrolled }), required, { mfaCode: true })).toBeNull();
  });

  it('lets a pending session call only operations of the role matrix', () => {
    for (const ops of Object.values(PENDING_STEP_OPERATIONS)) for (const op of ops) expect(ROLE_MATRIX).toHaveProperty(op);
  });

  it('hashes passwords with argon2id, 19 MiB, 2 iterations, 1 lane (OWASP)', async () => {
    expect(await hashPassword('correct-horse-battery-9')).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});
