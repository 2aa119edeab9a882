import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CaseStatus } from '../cases/case-enums';
import { Role } from '../users/role';
import type { User } from '../users/user.entity';

/** One committed change, as the database announced it (migrations/1765600000000-CaseChangeNotify). */
export interface CaseChangeNotice {
  caseId: string;
  caseNumber: number;
  /** Null for a new case. */
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  /** Units that reported the case; null when the database left them out (too many to fit a NOTIFY). */
  unitIds: string[] | null;
}

/** What the listener publishes to this copy's subscribers: one coalesced burst. */
export interface WorkQueuePayload {
  changes: CaseChangeNotice[];
  /** Changes may have been missed (the listener reconnected): every list should be read again. */
  resync: boolean;
  at: Date;
}

/** At most this many changes are listed in one event; the rest are counted in `omitted`. */
export const MAX_LISTED_CHANGES = 200;

@ObjectType({ description: 'A case that was opened or changed status.' })
export class WorkQueueChange {
  @Field(() => ID)
  caseId: string;

  @Field(() => Int)
  caseNumber: number;

  @Field(() => CaseStatus, { nullable: true, description: 'Null when the case was just opened.' })
  fromStatus: CaseStatus | null;

  @Field(() => CaseStatus)
  toStatus: CaseStatus;
}

@ObjectType({ description: 'Committed case changes since the last event (bursts are coalesced): work lists should be read again.' })
export class WorkQueueEvent {
  @Field(() => [WorkQueueChange], { description: 'The changes the subscriber may see (officers: cases their unit reported).' })
  changes: WorkQueueChange[];

  @Field(() => Int, { description: 'Further changes in this burst, not listed (a bulk change).' })
  omitted: number;

  @Field(() => Boolean, { description: 'Changes may have been missed (the server reconnected to the database): read every list again.' })
  resync: boolean;

  @Field(() => Date)
  at: Date;
}

/** The changes one user may hear of: the division every case, an officer the cases their unit reported. */
export function visibleChanges(changes: readonly CaseChangeNotice[], user: Pick<User, 'role' | 'unitId'> | null): CaseChangeNotice[] {
  if (!user) return [];
  if (user.role === Role.OFFICER_IN_CHARGE || user.role === Role.CHIEF) return [...changes];
  if (user.role === Role.OFFICER) return changes.filter((c) => c.unitIds?.includes(user.unitId) ?? false);
  return [];
}

export function toWorkQueueEvent(payload: WorkQueuePayload, user: Pick<User, 'role' | 'unitId'> | null): WorkQueueEvent {
  const visible = visibleChanges(payload.changes, user);
  const listed = visible.slice(0, MAX_LISTED_CHANGES);
  return Object.assign(new WorkQueueEvent(), {
    changes: listed.map((c) =>
      Object.assign(new WorkQueueChange(), { caseId: c.caseId, caseNumber: c.caseNumber, fromStatus: c.fromStatus, toStatus: c.toStatus }),
    ),
    omitted: visible.length - listed.length,
    resync: payload.resync,
    at: payload.at,
  });
}
