import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type GraphQLContext } from '../../core/auth/context';
import { rolesFor } from '../../core/auth/role-matrix';
import { NotFound } from '../../core/errors/errors';
import { PageArgs } from '../../core/graphql/pagination';
import { Case } from '../cases/case.entity';
import { Unit } from '../units/unit.entity';
import { User } from '../users/user.entity';
import { checklistHistory, currentChecklists, updateChecklist } from './checklist.service';
import { hoursToRemoval, recordDeletionRequestSent } from './deletion-request';
import { disclosureDetails, disclosureDocument, recordDisclosureAnswer, recordDisclosureSent, updateDisclosure } from './disclosure-request';
import { EscalationKind } from './escalation-enums';
import { escalationLoaders } from './escalation-loaders';
import { Escalation } from './escalation.entity';
import { listEscalations, myRaisedEscalations, raisedView } from './escalation-queries';
import {
  addNote,
  assertEscalationId,
  assignEscalation,
  claimEscalation,
  deletionSettings,
  raiseEscalation,
  setStepDone,
  transitionEscalation,
  updateEscalation,
} from './escalation.service';
import { EscalationAction } from './escalation-state-machine';
import { escalationStatistics } from './escalation-statistics';
import { isOverdue } from './overdue-schedule';
import {
  DeletionRequestDetails,
  EmergencyDisclosureDetails,
  EmergencyDisclosureRequestDocument,
  EscalationChecklistTemplate,
  EscalationConnection,
  EscalationEventView,
  EscalationStatistics,
  EscalationStepView,
  IncidentReportView,
  RaisedEscalation,
  RaisedEscalationConnection,
  SecurityIncidentDetails,
} from './escalation.types';
import {
  EmergencyDisclosureInput,
  EscalationsArgs,
  RaiseEscalationInput,
  RecordDisclosureAnswerInput,
  RecordIncidentReportInput,
  UpdateChecklistInput,
  UpdateEscalationInput,
} from './inputs';
import { pendingRecipients, recordIncidentReport } from './security-incident';

@Resolver(() => Escalation)
export class EscalationResolver {
  // ---- queries ----
  @Authorized(...rolesFor('escalation'))
  @Query(() => Escalation)
  async escalation(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<Escalation> {
    const found = await ctx.db.getRepository(Escalation).findOne({ where: { id: assertEscalationId(id) } });
    if (!found) throw NotFound('The escalation');
    return found;
  }

  @Authorized(...rolesFor('escalations'))
  @Query(() => EscalationConnection, { description: 'The board: open and in-progress escalations by default, earliest due first.' })
  escalations(@Ctx() ctx: GraphQLContext, @Args(() => EscalationsArgs) args: EscalationsArgs) {
    return listEscalations(ctx.db, ctx.user!.id, args.filter, args.first, args.after);
  }

  @Authorized(...rolesFor('myRaisedEscalations'))
  @Query(() => RaisedEscalationConnection, { description: 'Escalations I raised, newest first (status only).' })
  myRaisedEscalations(@Ctx() ctx: GraphQLContext, @Args(() => PageArgs) page: PageArgs) {
    return myRaisedEscalations(ctx.db, ctx.user!.id, page.first, page.after);
  }

  @Authorized(...rolesFor('escalationChecklistTemplates'))
  @Query(() => [EscalationChecklistTemplate], { description: "Each kind's current procedure." })
  escalationChecklistTemplates(@Ctx() ctx: GraphQLContext) {
    return currentChecklists(ctx.db);
  }

  @Authorized(...rolesFor('escalationChecklistHistory'))
  @Query(() => [EscalationChecklistTemplate], { description: "Every version of a kind's procedure, newest first." })
  escalationChecklistHistory(@Ctx() ctx: GraphQLContext, @Arg('kind', () => EscalationKind) kind: EscalationKind) {
    return checklistHistory(ctx.db, kind);
  }

  @Authorized(...rolesFor('emergencyDisclosureRequest'))
  @Query(() => EmergencyDisclosureRequestDocument, { description: "The emergency disclosure request for X's legal-request site, ready to copy or print." })
  async emergencyDisclosureRequest(@Ctx() ctx: GraphQLContext, @Arg('escalationId', () => ID) escalationId: string) {
    return disclosureDocument(ctx.db, await this.escalation(ctx, escalationId), ctx.user!);
  }

  @Authorized(...rolesFor('escalationStatistics'))
  @Query(() => EscalationStatistics, { description: 'Escalation counts and deletion figures for [from, to).' })
  escalationStatistics(@Ctx() ctx: GraphQLContext, @Arg('from', () => Date) from: Date, @Arg('to', () => Date) to: Date) {
    return escalationStatistics(ctx.db, from, to);
  }

  // ---- raising and working ----
  @Authorized(...rolesFor('raiseEscalation'))
  @Mutation(() => RaisedEscalation, {
    description: 'Raise an escalation. Any staff member raises SUICIDE_NOTICE and CHILD_SAFETY_URGENT (kind + post URL or case + a short note); the division the rest.',
  })
  async raiseEscalation(@Ctx() ctx: GraphQLContext, @Arg('input', () => RaiseEscalationInput) input: RaiseEscalationInput) {
    return raisedView(await raiseEscalation(ctx.db, actorOf(ctx), input, deletionSettings(ctx.config)));
  }

  @Authorized(...rolesFor('claimEscalation'))
  @Mutation(() => Escalation, { description: 'Take it on: I become the owner; an OPEN escalation goes IN_PROGRESS.' })
  claimEscalation(@Ctx() ctx: GraphQLContext, @Arg('escalationId', () => ID) id: string, @Arg('expectedVersion', () => Int) v: number) {
    return claimEscalation(ctx.db, actorOf(ctx), id, v);
  }

  @Authorized(...rolesFor('assignEscalation'))
  @Mutation(() => Escalation, { description: 'Make an officer in charge (or the chief) the owner.' })
  assignEscalation(
    @Ctx() ctx: GraphQLContext,
    @Arg('escalationId', () => ID) id: string,
    @Arg('ownerId', () => ID) ownerId: string,
    @Arg('expectedVersion', () => Int) v: number,
  ) {
    return assignEscalation(ctx.db, actorOf(ctx), id, ownerId, v);
  }

  @Authorized(...rolesFor('startEscalation'))
  @Mutation(() => Escalation, { description: 'OPEN → IN_PROGRESS.' })
  startEscalation(@Ctx() ctx: GraphQLContext, @Arg('escalationId', () => ID) id: string, @Arg('expectedVersion', () => Int) v: number) {
    return transitionEscalation(ctx.db, actorOf(ctx), id, EscalationAction.START, { expectedVersion: v });
  }

  @Authorized(...rolesFor('returnEscalationToOpen'))
  @Mutation(() => Escalation, { description: 'IN_PROGRESS → OPEN (back on the board).' })
  returnEscalationToOpen(
    @Ctx() ctx: GraphQLContext,
    @Arg('escalationId', () => ID) id: string,
    @Arg('expectedVersion', () => Int) v: number,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ) {
    return transitionEscalation(ctx.db, actorOf(ctx), id, EscalationAction.RETURN_TO_OPEN, { expectedVersion: v, note });
  }

  @Authorized(...rolesFor('completeEscalation'))
  @Mutation(() => Escalation, { description: 'IN_PROGRESS → DONE, with an optional closing note.' })
  completeEscalation(
    @Ctx() ctx: GraphQLContext,
    @Arg('escalationId', () => ID) id: string,
    @Arg('expectedVersion', () => Int) v: number,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ) {
    return transitionEscalation(ctx.db, actorOf(ctx), id, EscalationAction.COMPLETE, { expectedVersion: v, note });
  }

  @Authorized(...rolesFor('cancelEscalation'))
  @Mutation(() => Escalation, { description: 'OPEN or IN_PROGRESS → CANCELLED; the reason is required.' })
  cancelEscalation(
    @Ctx() ctx: GraphQLContext,
    @Arg('escalationId', () => ID) id: string,
    @Arg('expectedVersion', () => Int) v: number,
    @Arg('reason', () => String) reason: string,
  ) {
    return transitionEscalation(ctx.db, actorOf(ctx), id, EscalationAction.CANCEL, { expectedVersion: v, reason });
  }

  @Authorized(...rolesFor('reopenEscalation'))
  @Mutation(() => Escalation, {
    description: 'The chief reopens a DONE escalation (DONE → IN_PROGRESS), with the reason; alerts again and sets a new due time (checked for overdue).',
  })
  reopenEscalation(
    @Ctx() ctx: GraphQLContext,
    @Arg('escalationId', () => ID) id: string,
    @Arg('expectedVersion', () => Int) v: number,
    @Arg('reason', () => String) reason: string,
    @Arg('dueAt', () => Date, { nullable: true, description: 'The new due time (future); default as at raising (urgent: 1 hour from now).' }) dueAt?: Date | null,
  ) {
    return transitionEscalation(ctx.db, actorOf(ctx), id, EscalationAction.REOPEN, { expectedVersion: v, reason, dueAt: dueAt ?? null });
  }

  @Authorized(...rolesFor('tickEscalationStep'))
  @Mutation(() => Escalation, { description: 'Tick a step of the checklist (who and when are recorded).' })
  tickEscalationStep(@Ctx() ctx: GraphQLContext, @Arg('escalationId', () => ID) id: string, @Arg('position', () => Int) position: number) {
    return setStepDone(ctx.db, actorOf(ctx), id, position, true);
  }

  @Authorized(...rolesFor('untickEscalationStep'))
  @Mutation(() => Escalation, { description: 'Untick a step (the timeline keeps the earlier tick).' })
  untickEscalationStep(@Ctx() ctx: GraphQLContext, @Arg('escalationId', () => ID) id: string, @Arg('position', () => Int) position: number) {
    return setStepDone(ctx.db, actorOf(ctx), id, position, false);
  }

  @Authorized(...rolesFor('addEscalationNote'))
  @Mutation(() => Escalation)
  addEscalationNote(@Ctx() ctx: GraphQLContext, @Arg('escalationId', () => ID) id: string, @Arg('text', () => String) text: string) {
    return addNote(ctx.db, actorOf(ctx), id, text);
  }

  @Authorized(...rolesFor('updateEscalation'))
  @Mutation(() => Escalation, { description: "Edit X's reference, the due time, the urgency, the short note or incident details." })
  updateEscalation(@Ctx() ctx: GraphQLContext, @Arg('input', () => UpdateEscalationInput) input: UpdateEscalationInput) {
    return updateEscalation(ctx.db, actorOf(ctx), input);
  }

  // ---- emergency disclosure ----
  @Authorized(...rolesFor('updateEmergencyDisclosure'))
  @Mutation(() => Escalation, { description: 'Fill in the emergency disclosure request (before it is sent).' })
  updateEmergencyDisclosure(
    @Ctx() ctx: GraphQLContext,
    @Arg('escalationId', () => ID) id: string,
    @Arg('input', () => EmergencyDisclosureInput) input: EmergencyDisclosureInput,
  ) {
    return updateDisclosure(ctx.db, actorOf(ctx), id, input);
  }

  @Authorized(...rolesFor('recordDisclosureSent'))
  @Mutation(() => Escalation, { description: "The request went to X: when (default now) and X's reference." })
  recordDisclosureSent(
    @Ctx() ctx: GraphQLContext,
    @Arg('escalationId', () => ID) id: string,
    @Arg('xReference', () => String, { nullable: true }) xReference?: string | null,
    @Arg('sentAt', () => Date, { nullable: true }) sentAt?: Date | null,
  ) {
    return recordDisclosureSent(ctx.db, actorOf(ctx), id, xReference ?? null, sentAt ?? null);
  }

  @Authorized(...rolesFor('recordDisclosureAnswer'))
  @Mutation(() => Escalation, { description: "X's answer: disclosed, refused or partial, with its text." })
  recordDisclosureAnswer(@Ctx() ctx: GraphQLContext, @Arg('input', () => RecordDisclosureAnswerInput) input: RecordDisclosureAnswerInput) {
    return recordDisclosureAnswer(ctx.db, actorOf(ctx), input);
  }

  // ---- deletion request ----
  @Authorized(...rolesFor('recordDeletionRequestSent'))
  @Mutation(() => Escalation, { description: "The removal request went to X: when (default now) and X's reference; re-checks start." })
  recordDeletionRequestSent(
    @Ctx() ctx: GraphQLContext,
    @Arg('escalationId', () => ID) id: string,
    @Arg('xReference', () => String, { nullable: true }) xReference?: string | null,
    @Arg('sentAt', () => Date, { nullable: true }) sentAt?: Date | null,
  ) {
    return recordDeletionRequestSent(ctx.db, actorOf(ctx), id, xReference ?? null, sentAt ?? null, deletionSettings(ctx.config));
  }

  // ---- security incident ----
  @Authorized(...rolesFor('recordIncidentReport'))
  @Mutation(() => Escalation, { description: 'A report along the path: head of the information management division, then the information-security manager.' })
  recordIncidentReport(@Ctx() ctx: GraphQLContext, @Arg('input', () => RecordIncidentReportInput) input: RecordIncidentReportInput) {
    return recordIncidentReport(ctx.db, actorOf(ctx), input);
  }

  // ---- the procedures ----
  @Authorized(...rolesFor('updateEscalationChecklist'))
  @Mutation(() => EscalationChecklistTemplate, { description: "The chief writes a new version of a kind's procedure; raised escalations keep theirs." })
  updateEscalationChecklist(@Ctx() ctx: GraphQLContext, @Arg('input', () => UpdateChecklistInput) input: UpdateChecklistInput) {
    return updateChecklist(ctx.db, actorOf(ctx), input);
  }

  // ---- fields ----
  @FieldResolver(() => Case, { nullable: true })
  case(@Root() e: Escalation, @Ctx() ctx: GraphQLContext) {
    return e.caseId ? ctx.loaders.case.load(e.caseId) : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: "The case's 整理番号." })
  async caseNumber(@Root() e: Escalation, @Ctx() ctx: GraphQLContext) {
    return e.caseId ? ((await ctx.loaders.case.load(e.caseId))?.number ?? null) : null;
  }

  @FieldResolver(() => User)
  raisedBy(@Root() e: Escalation, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.user.load(e.raisedById);
  }

  @FieldResolver(() => Unit)
  raisedUnit(@Root() e: Escalation, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.unit.load(e.raisedUnitId);
  }

  @FieldResolver(() => User, { nullable: true })
  owner(@Root() e: Escalation, @Ctx() ctx: GraphQLContext) {
    return e.ownerId ? ctx.loaders.user.load(e.ownerId) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Past its due time and not finished.' })
  overdue(@Root() e: Escalation) {
    return isOverdue(e);
  }

  @FieldResolver(() => Int, { description: 'Minutes since it was raised.' })
  ageMinutes(@Root() e: Escalation) {
    return Math.floor((Date.now() - e.createdAt.getTime()) / 60_000);
  }

  @FieldResolver(() => [EscalationStepView], { description: 'The procedure as copied when raised, in order.' })
  async steps(@Root() e: Escalation, @Ctx() ctx: GraphQLContext): Promise<EscalationStepView[]> {
    return (await escalationLoaders(ctx).steps.load(e.id)).map((s) => ({ position: s.position, labelJa: s.labelJa, labelEn: s.labelEn, doneAt: s.doneAt, doneById: s.doneById }));
  }

  @FieldResolver(() => Int)
  async stepCount(@Root() e: Escalation, @Ctx() ctx: GraphQLContext) {
    return (await escalationLoaders(ctx).steps.load(e.id)).length;
  }

  @FieldResolver(() => Int, { description: 'Steps not yet ticked.' })
  async openStepCount(@Root() e: Escalation, @Ctx() ctx: GraphQLContext) {
    return (await escalationLoaders(ctx).steps.load(e.id)).filter((s) => !s.doneAt).length;
  }

  @FieldResolver(() => [EscalationEventView], { description: 'Who did what, oldest first.' })
  async timeline(@Root() e: Escalation, @Ctx() ctx: GraphQLContext): Promise<EscalationEventView[]> {
    return (await escalationLoaders(ctx).events.load(e.id)).map((ev) => ({
      id: ev.id,
      type: ev.type,
      at: ev.createdAt,
      note: ev.note,
      data: JSON.stringify(ev.data ?? {}),
      actorId: ev.actorId,
    }));
  }

  @FieldResolver(() => EmergencyDisclosureDetails, { nullable: true, description: 'EMERGENCY_DISCLOSURE only.' })
  disclosure(@Root() e: Escalation, @Ctx() ctx: GraphQLContext) {
    if (e.kind !== EscalationKind.EMERGENCY_DISCLOSURE) return null;
    return disclosureDetails({ case: (id) => ctx.loaders.case.load(id), xAccount: (id) => ctx.loaders.xAccount.load(id) }, e);
  }

  @FieldResolver(() => DeletionRequestDetails, { nullable: true, description: 'DELETION_REQUEST only.' })
  deletion(@Root() e: Escalation): DeletionRequestDetails | null {
    if (e.kind !== EscalationKind.DELETION_REQUEST || !e.deletionReason) return null;
    return {
      reason: e.deletionReason,
      requestedAt: e.deletionRequestedAt,
      lastCheckedAt: e.deletionLastCheckedAt,
      checkCount: e.deletionCheckCount,
      removedAt: e.deletionRemovedAt,
      removalOutcome: e.deletionRemovalOutcome,
      hoursToRemoval: hoursToRemoval(e),
      reminderAlertedAt: e.deletionReminderAlertedAt,
    };
  }

  @FieldResolver(() => SecurityIncidentDetails, { nullable: true, description: 'SECURITY_INCIDENT only.' })
  async incident(@Root() e: Escalation, @Ctx() ctx: GraphQLContext): Promise<SecurityIncidentDetails | null> {
    if (e.kind !== EscalationKind.SECURITY_INCIDENT) return null;
    const reports = await escalationLoaders(ctx).incidentReports.load(e.id);
    return {
      detectedAt: e.incidentDetectedAt,
      affectedAsset: e.incidentAffectedAsset,
      reports: reports.map((r) => ({ recipient: r.recipient, recipientName: r.recipientName, method: r.method, reportedAt: r.reportedAt, note: r.note, reportedById: r.reportedById })),
      pendingRecipients: pendingRecipients(reports),
    };
  }
}

@Resolver(() => EscalationStepView)
export class EscalationStepViewResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who ticked it.' })
  doneBy(@Root() s: EscalationStepView, @Ctx() ctx: GraphQLContext) {
    return s.doneById ? ctx.loaders.user.load(s.doneById) : null;
  }
}

@Resolver(() => EscalationEventView)
export class EscalationEventViewResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who acted; null for the system (e.g. a deletion re-check).' })
  actor(@Root() e: EscalationEventView, @Ctx() ctx: GraphQLContext) {
    return e.actorId ? ctx.loaders.user.load(e.actorId) : null;
  }
}

@Resolver(() => IncidentReportView)
export class IncidentReportViewResolver {
  @FieldResolver(() => User)
  reportedBy(@Root() r: IncidentReportView, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.user.load(r.reportedById);
  }
}

@Resolver(() => EscalationChecklistTemplate)
export class EscalationChecklistTemplateResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Null for the seeded first version.' })
  createdBy(@Root() t: EscalationChecklistTemplate, @Ctx() ctx: GraphQLContext) {
    return t.createdById ? ctx.loaders.user.load(t.createdById) : null;
  }
}

export const escalationResolvers = [
  EscalationResolver,
  EscalationStepViewResolver,
  EscalationEventViewResolver,
  IncidentReportViewResolver,
  EscalationChecklistTemplateResolver,
] as const;
