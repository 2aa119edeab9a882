import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { MEASURES, type Measure } from './statistics-enums';

/** Which measures each field of a StatisticsRow (or of the result) needs summed. */
const NEEDS: Record<string, readonly Measure[]> = {
  ...Object.fromEntries(MEASURES.map((m) => [m, [m]])),
  deletedWithin1DayShare: ['recheckedAfter1Day', 'deletedWithin1Day'],
  deletedWithin7DaysShare: ['recheckedWithin7Days', 'deletedWithin7Days'],
  funnel: ['reports', 'cases', 'screened', 'warned', 'reportedToChief', 'acknowledged'],
};

/**
 * The measures a `statistics` query selects (in rows, totals or the funnel), so the database sums
 * only those: each summed measure costs per rollup row read.
 */
export function requestedMeasures(info: GraphQLResolveInfo): Measure[] {
  const wanted = new Set<Measure>();
  const visit = (set: SelectionSetNode | undefined, depth: number) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FRAGMENT_SPREAD) visit(info.fragments[sel.name.value]?.selectionSet, depth);
      else if (sel.kind === Kind.INLINE_FRAGMENT) visit(sel.selectionSet, depth);
      else {
        const field = sel as FieldNode;
        NEEDS[field.name.value]?.forEach((m) => wanted.add(m));
        if (depth === 0 && (field.name.value === 'rows' || field.name.value === 'totals')) visit(field.selectionSet, 1);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, 0);
  return MEASURES.filter((m) => wanted.has(m));
}
