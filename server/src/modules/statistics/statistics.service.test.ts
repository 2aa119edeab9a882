import { MEASURES } from './statistics-enums';
import { countsAt } from './statistics.service';
import { buildRow, noDimensions } from './statistics.types';

describe('the statistics fold', () => {
  it('reads a slab in MEASURES order, and buildRow copies every measure', () => {
    const slab = MEASURES.map((_, i) => 100 + i);
    const counts = countsAt([0, 0, ...slab], 2);
    expect(Object.keys(counts)).toEqual([...MEASURES]);
    MEASURES.forEach((m, i) => expect(counts[m]).toBe(100 + i));
    const row = buildRow(noDimensions(), counts, { timeToReply: null!, timeToDecision: null! });
    MEASURES.forEach((m, i) => expect(row[m]).toBe(100 + i));
  });

  it('derives the deletion shares, null when nothing was re-checked', () => {
    const counts = countsAt(MEASURES.map(() => 0), 0);
    expect(buildRow(noDimensions(), counts, null!).deletedWithin1DayShare).toBeNull();
    const row = buildRow(noDimensions(), { ...counts, recheckedAfter1Day: 4, deletedWithin1Day: 3, recheckedWithin7Days: 5, deletedWithin7Days: 4 }, null!);
    expect(row.deletedWithin1DayShare).toBe(0.75);
    expect(row.deletedWithin7DaysShare).toBe(0.8);
  });
});
