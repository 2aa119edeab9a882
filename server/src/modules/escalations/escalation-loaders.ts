import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { GraphQLContext } from '../../core/auth/context';
import { EscalationEvent } from './escalation-event.entity';
import { EscalationStep } from './escalation-step.entity';
import { Escalation } from './escalation.entity';
import { IncidentReport } from './incident-report.entity';

function createEscalationLoaders(ctx: GraphQLContext) {
  const grouped = <T>(rows: T[], ids: readonly string[], key: (r: T) => string) => {
    const map = new Map<string, T[]>();
    for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
    return ids.map((id) => map.get(id) ?? []);
  };
  return {
    escalation: new DataLoader<string, Escalation | null>(async (ids) => {
      const rows = await ctx.db.getRepository(Escalation).findBy({ id: In([...ids]) });
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    steps: new DataLoader<string, EscalationStep[]>(async (ids) =>
      grouped(await ctx.db.getRepository(EscalationStep).find({ where: { escalationId: In([...ids]) }, order: { position: 'ASC' } }), ids, (r) => r.escalationId),
    ),
    events: new DataLoader<string, EscalationEvent[]>(async (ids) =>
      grouped(
        await ctx.db.getRepository(EscalationEvent).find({ where: { escalationId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } }),
        ids,
        (r) => r.escalationId,
      ),
    ),
    incidentReports: new DataLoader<string, IncidentReport[]>(async (ids) =>
      grouped(await ctx.db.getRepository(IncidentReport).find({ where: { escalationId: In([...ids]) }, order: { reportedAt: 'ASC' } }), ids, (r) => r.escalationId),
    ),
  };
}

export type EscalationLoaders = ReturnType<typeof createEscalationLoaders>;

const perRequest = new WeakMap<GraphQLContext, EscalationLoaders>();

/**
 * Per-request batch loaders of escalations and their parts (core/loaders holds the shared ones):
 * a list of alerts or escalations loads each relation with one statement, not one per row.
 */
export function escalationLoaders(ctx: GraphQLContext): EscalationLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = createEscalationLoaders(ctx);
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
