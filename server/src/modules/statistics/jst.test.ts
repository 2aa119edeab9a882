import { addMonths, isValidDay, jstDay, jstDayStart, jstMonth, lastDayOfMonth, mondayOf, monthsInPeriod, weeksInPeriod, wholeMonths } from './jst';

describe('Japan-time calendar', () => {
  it('puts a post reported at 2026-10-31T16:00Z in November, and 14:59:59Z still in October', () => {
    expect(jstDay(new Date('2026-10-31T16:00:00Z'))).toBe('2026-11-01');
    expect(jstMonth(new Date('2026-10-31T16:00:00Z'))).toBe('2026-11');
    expect(jstMonth(new Date('2026-10-31T14:59:59.999Z'))).toBe('2026-10');
    expect(jstMonth(new Date('2026-10-31T15:00:00Z'))).toBe('2026-11');
    expect(jstDayStart('2026-11-01').toISOString()).toBe('2026-10-31T15:00:00.000Z');
  });

  it('validates days and months', () => {
    expect(isValidDay('2026-02-28')).toBe(true);
    expect(isValidDay('2026-02-29')).toBe(false);
    expect(isValidDay('2028-02-29')).toBe(true);
    expect(isValidDay('2026-13-01')).toBe(false);
    expect(isValidDay('x')).toBe(false);
    expect(lastDayOfMonth('2028-02')).toBe('2028-02-29');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
  });

  it('enumerates months and ISO weeks (Monday first) of a period', () => {
    expect(monthsInPeriod('2026-10-15', '2027-01-02')).toEqual(['2026-10', '2026-11', '2026-12', '2027-01']);
    expect(mondayOf('2026-11-01')).toBe('2026-10-26'); // a Sunday
    expect(mondayOf('2026-11-02')).toBe('2026-11-02'); // a Monday
    expect(weeksInPeriod('2026-11-01', '2026-11-16')).toEqual(['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16']);
  });

  it('finds the whole months inside a period', () => {
    expect(wholeMonths('2026-01-01', '2026-12-31')).toEqual({ start: '2026-01-01', end: '2027-01-01' });
    expect(wholeMonths('2026-01-15', '2026-03-10')).toEqual({ start: '2026-02-01', end: '2026-03-01' });
    expect(wholeMonths('2026-01-15', '2026-01-31')).toBeNull();
    expect(wholeMonths('2026-01-02', '2026-02-27')).toBeNull();
  });
});
