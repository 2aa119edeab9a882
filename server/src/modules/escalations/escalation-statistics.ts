import type { DataSource } from 'typeorm';
import { InvalidInput } from '../../core/errors/errors';
import type { EscalationKind, EscalationStatus } from './escalation-enums';
import type { EscalationStatistics } from './escalation.types';

const MAX_RANGE_MS = 10 * 366 * 24 * 3600_000;

/**
 * Escalation figures for [from, to): counts raised by Japan-time month × kind × current status, and
 * the deletion requests sent in the period with their outcome and time to removal (hours).
 */
export async function escalationStatistics(db: DataSource, from: Date, to: Date): Promise<EscalationStatistics> {
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) throw InvalidInput('Give a valid period.', 'from');
  if (from.getTime() >= to.getTime()) throw InvalidInput('The end of the period must be after its start.', 'to');
  if (to.getTime() - from.getTime() > MAX_RANGE_MS) throw InvalidInput('The period may be at most ten years.', 'to');

  const counts: { month: string; kind: EscalationKind; status: EscalationStatus; count: number }[] = await db.query(
    `SELECT to_char(created_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM') AS month, kind, status, count(*)::int AS count
     FROM escalations WHERE created_at >= $1 AND created_at < $2
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    [from, to],
  );
  const [d]: { requested: number; removed: number; p50: number | null; p90: number | null }[] = await db.query(
    `SELECT count(*)::int AS requested,
            count(deletion_removed_at)::int AS removed,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM deletion_removed_at - deletion_requested_at) / 3600)
              FILTER (WHERE deletion_removed_at IS NOT NULL) AS p50,
            percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM deletion_removed_at - deletion_requested_at) / 3600)
              FILTER (WHERE deletion_removed_at IS NOT NULL) AS p90
     FROM escalations
     WHERE kind = 'DELETION_REQUEST' AND status <> 'CANCELLED'
       AND deletion_requested_at >= $1 AND deletion_requested_at < $2`,
    [from, to],
  );
  const round = (v: number | null) => (v === null ? null : Math.round(Number(v) * 100) / 100);
  return {
    from,
    to,
    counts,
    deletion: {
      requested: d.requested,
      removed: d.removed,
      stillUp: d.requested - d.removed,
      hoursToRemovalP50: round(d.p50),
      hoursToRemovalP90: round(d.p90),
    },
  };
}
