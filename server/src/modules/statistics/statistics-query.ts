import { Forbidden, InvalidInput } from '../../core/errors/errors';
import { ReportSource } from '../cases/case-enums';
import { Role, SCREENING_ROLES } from '../users/role';
import type { User } from '../users/user.entity';
import { daysBetween, isValidDay } from './jst';
import {
  CaseOutcome,
  EmptyGroups,
  StatisticsAudience,
  StatisticsCategory,
  StatisticsDimension,
  StatisticsRegion,
} from './statistics-enums';

/** A validated statistics query: what the service computes. */
export interface StatisticsQuery {
  /** Japan-time days, inclusive. */
  from: string;
  to: string;
  groupBy: StatisticsDimension[];
  unitIds: string[] | null;
  sources: ReportSource[] | null;
  categories: StatisticsCategory[] | null;
  audiences: StatisticsAudience[] | null;
  outcomes: CaseOutcome[] | null;
  regions: StatisticsRegion[] | null;
  emptyGroups: EmptyGroups;
}

export interface StatisticsQueryInput {
  from: string;
  to: string;
  groupBy?: StatisticsDimension[] | null;
  unitIds?: string[] | null;
  sources?: ReportSource[] | null;
  categories?: StatisticsCategory[] | null;
  audiences?: StatisticsAudience[] | null;
  outcomes?: CaseOutcome[] | null;
  regions?: StatisticsRegion[] | null;
  emptyGroups?: EmptyGroups | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EARLIEST = '2000-01-01';
const LATEST = '2099-12-31';

function enumList<T extends string>(values: readonly T[] | null | undefined, allowed: Record<string, string>, field: string): T[] | null {
  if (values == null) return null;
  const known = new Set(Object.values(allowed));
  const unknown = values.filter((v) => !known.has(v));
  if (unknown.length) throw InvalidInput(`Unknown ${field}: ${unknown.join(', ')}.`, field);
  if (values.length === 0) throw InvalidInput(`Choose at least one ${field} value, or leave the filter out.`, field);
  return [...new Set(values)];
}

/** Checks an API or export request and returns the query it asks for. */
export function normalizeStatisticsQuery(input: StatisticsQueryInput): StatisticsQuery {
  const from = String(input.from ?? '').trim();
  const to = String(input.to ?? '').trim();
  if (!isValidDay(from)) throw InvalidInput("Give the first day of the period as 'YYYY-MM-DD' (Japan time).", 'from');
  if (!isValidDay(to)) throw InvalidInput("Give the last day of the period as 'YYYY-MM-DD' (Japan time).", 'to');
  if (from > to) throw InvalidInput('The period ends before it starts.', 'to');
  if (from < EARLIEST || to > LATEST) throw InvalidInput(`The period must lie between ${EARLIEST} and ${LATEST}.`, 'from');
  if (daysBetween(from, to) > 366 * 30) throw InvalidInput('The period may be at most 30 years long.', 'to');

  const groupBy = input.groupBy?.length ? enumList(input.groupBy, StatisticsDimension, 'groupBy')! : [];
  if (groupBy.includes(StatisticsDimension.MONTH) && groupBy.includes(StatisticsDimension.WEEK)) {
    throw InvalidInput('Group by month or by week, not both (weeks cross months).', 'groupBy');
  }
  let unitIds: string[] | null = null;
  if (input.unitIds != null) {
    if (input.unitIds.length === 0) throw InvalidInput('Choose at least one unit, or leave the filter out.', 'unitIds');
    if (input.unitIds.length > 5000) throw InvalidInput('Too many units in the filter.', 'unitIds');
    if (input.unitIds.some((id) => !UUID.test(id))) throw InvalidInput('Choose the units from the list.', 'unitIds');
    unitIds = [...new Set(input.unitIds.map((id) => id.toLowerCase()))];
  }
  return {
    from,
    to,
    groupBy,
    unitIds,
    sources: enumList(input.sources, ReportSource, 'sources'),
    categories: enumList(input.categories, StatisticsCategory, 'categories'),
    audiences: enumList(input.audiences, StatisticsAudience, 'audiences'),
    outcomes: enumList(input.outcomes, CaseOutcome, 'outcomes'),
    regions: enumList(input.regions, StatisticsRegion, 'regions'),
    emptyGroups: input.emptyGroups ?? EmptyGroups.ZERO_FILLED,
  };
}

/**
 * Role scoping (DESIGN §1): officers in charge and the chief see everything; an officer sees their own
 * unit's figures only (asking for another unit is refused, not silently narrowed); volunteers see none.
 */
export function scopeStatisticsQuery(user: User, q: StatisticsQuery): StatisticsQuery {
  if (SCREENING_ROLES.includes(user.role)) return q;
  if (user.role !== Role.OFFICER) throw Forbidden('Your role may not see statistics.');
  if (q.unitIds && q.unitIds.some((id) => id !== user.unitId.toLowerCase())) {
    throw Forbidden("Officers see their own unit's figures only.");
  }
  return { ...q, unitIds: [user.unitId.toLowerCase()] };
}

/** The unit an officer's figures are limited to, or null for the whole prefecture. */
export const scopedUnitOf = (user: User): string | null => (user.role === Role.OFFICER ? user.unitId : null);
