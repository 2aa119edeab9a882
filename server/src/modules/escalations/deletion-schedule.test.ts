import { deletionCheckJobId, nextCheckAt } from './deletion-schedule';

const settings = { firstIntervalMs: 3600_000, laterIntervalMs: 24 * 3600_000, reminderAfterMs: 24 * 3600_000 };
const requested = new Date('2026-05-01T00:00:00Z');
const at = (hours: number) => new Date(requested.getTime() + hours * 3600_000);

describe('the deletion re-check schedule', () => {
  it('looks hourly during the first day, then daily', () => {
    expect(nextCheckAt(requested, at(0), settings, 1)).toEqual(at(1));
    expect(nextCheckAt(requested, at(5), settings, 6)).toEqual(at(6));
    expect(nextCheckAt(requested, at(23.5), settings, 24)).toEqual(at(24.5));
    expect(nextCheckAt(requested, at(24), settings, 25)).toEqual(at(48));
    expect(nextCheckAt(requested, at(72), settings, 27)).toEqual(at(96));
  });

  it('makes the first look soon even when the request was recorded days late', () => {
    expect(nextCheckAt(requested, at(72), settings, 1)).toEqual(at(73));
  });

  it('uses business-key job IDs BullMQ accepts', () => {
    const id = deletionCheckJobId('5f0c1a44-1111-4222-8333-944445555666', 3);
    expect(id).toBe('deletion-check-5f0c1a44-1111-4222-8333-944445555666-3');
    expect(id).not.toContain(':');
  });
});
