import { CaseStatus } from './case-enums';
import { CASE_TRANSITIONS, CaseAction, findTransition } from './case-state-machine';

describe('the case state table', () => {
  it('has at most one transition per (from, action)', () => {
    const keys = CASE_TRANSITIONS.map((t) => `${t.from}/${t.action}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('reaches every status from RECEIVED', () => {
    const reached = new Set<CaseStatus>([CaseStatus.RECEIVED]);
    for (let changed = true; changed; ) {
      changed = false;
      for (const t of CASE_TRANSITIONS) {
        if (reached.has(t.from) && !reached.has(t.to)) {
          reached.add(t.to);
          changed = true;
        }
      }
    }
    expect([...reached].sort()).toEqual(Object.values(CaseStatus).sort());
  });

  it('lets nothing leave CLOSED', () => {
    expect(CASE_TRANSITIONS.filter((t) => t.from === CaseStatus.CLOSED)).toEqual([]);
  });

  it('follows DESIGN §3 for the warning path', () => {
    expect(findTransition(CaseStatus.RECEIVED, CaseAction.TAKE)?.to).toBe(CaseStatus.SCREENING);
    expect(findTransition(CaseStatus.SCREENING, CaseAction.WARN)?.to).toBe(CaseStatus.WARNING_QUEUED);
    expect(findTransition(CaseStatus.WARNING_QUEUED, CaseAction.RECORD_REPLY_POSTED)?.roles).toEqual(['SYSTEM']);
    expect(findTransition(CaseStatus.RECEIVED, CaseAction.WARN)).toBeUndefined();
  });
});
