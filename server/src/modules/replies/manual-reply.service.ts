import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/context';
import { inTransaction } from '../../core/database/transaction';
import { Conflict, InvalidInput, InvalidTransition, NotFound } from '../../core/errors/errors';
import { enqueueAfterCommit } from '../../core/outbox/outbox';
import { JobName, QueueName } from '../../core/queue/queues';
import { XApiError, type XClient, type XPost } from '../../core/x/x-client';
import { CaseStatus, ReplyChannel } from '../cases/case-enums';
import { Case } from '../cases/case.entity';
import { CaseAction } from '../cases/case-state-machine';
import { transitionCase } from '../cases/case-workflow.service';
import { canonicalPostUrl, parsePostUrl, PostUrlError } from '../cases/x-post-url';
import { lookBackFrom, scheduleRechecks } from './reply-delivery.service';
import type { ReplySettings } from './reply-settings';

/** What an officer needs to post a reply by hand: the exact text and a link that opens X's reply box prefilled. */
export interface ManualReplyView {
  caseId: string;
  text: string;
  intentUrl: string;
  postUrl: string;
}

/** X's web intent: https://x.com/intent/post?in_reply_to=<postId>&text=<urlencoded> (or the sandbox's). */
export function intentUrlFor(baseUrl: string, inReplyToPostId: string, text: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/intent/post?in_reply_to=${encodeURIComponent(inReplyToPostId)}&text=${encodeURIComponent(text)}`;
}

async function loadCase(db: DataSource, caseId: string): Promise<Case> {
  const found = await db.getRepository(Case).findOne({ where: { id: caseId } });
  if (!found) throw NotFound('The case');
  return found;
}

/** X could not answer; nothing changed. A typed code for the client would be better than CONFLICT (see the report). */
function xUnavailable(err: XApiError) {
  return Conflict(`X could not be reached to check this (${err.kind}). Nothing was changed; try again in a minute.`, {
    reason: 'X_UNAVAILABLE',
    xErrorKind: err.kind,
  });
}

/** The prepared reply of a case on the manual path; null while the case is not waiting for a hand-made reply. */
export async function manualReplyFor(db: DataSource, settings: ReplySettings, caseId: string): Promise<ManualReplyView | null> {
  const c = await loadCase(db, caseId);
  if (c.status !== CaseStatus.WARNING_QUEUED || c.replyChannel !== ReplyChannel.MANUAL || !c.replyText) return null;
  return { caseId: c.id, text: c.replyText, intentUrl: intentUrlFor(settings.intentBaseUrl, c.postId, c.replyText), postUrl: c.postUrl };
}

/**
 * An officer in charge moves a queued warning to the manual path. Refused while an API attempt may
 * be in flight, and when an earlier API attempt's reply is on X (then the worker is asked to record
 * it): posting by hand then would make a second reply.
 */
export async function switchToManualReply(
  db: DataSource,
  x: XClient,
  settings: ReplySettings,
  actor: Actor,
  caseId: string,
  expectedVersion: number,
): Promise<Case> {
  const seen = await loadCase(db, caseId);
  const attemptedAt = seen.replyAttemptedAt?.getTime() ?? null;
  if (seen.status === CaseStatus.WARNING_QUEUED && seen.replyChannel === ReplyChannel.API && attemptedAt !== null && seen.version === expectedVersion) {
    if (Date.now() < attemptedAt + settings.lookupGraceMs) {
      throw Conflict('The worker is posting this reply through the X API right now. Wait a minute and look at the case again.', {
        reason: 'REPLY_IN_FLIGHT',
      });
    }
    let existing: XPost | null;
    try {
      existing = await x.findOwnReplyTo(seen.postId, { postedAfter: lookBackFrom(seen.replyAttemptedAt!) });
    } catch (err) {
      if (err instanceof XApiError) throw xUnavailable(err);
      throw err;
    }
    if (existing) {
      // Have the worker record it now (it looks before posting), rather than waiting for its next retry.
      await inTransaction(db, (em) => enqueueAfterCommit(em, QueueName.REPLIES, JobName.POST_REPLY, { caseId }));
      throw Conflict('This reply is already on X (an earlier API attempt reached it) and is being recorded. Do not post it by hand.', {
        reason: 'ALREADY_POSTED',
        replyPostId: existing.id,
      });
    }
  }
  return inTransaction(db, (em) =>
    transitionCase(em, actor, caseId, CaseAction.SWITCH_TO_MANUAL_REPLY, {
      expectedVersion,
      policy: (c) => {
        if (c.replyChannel === ReplyChannel.MANUAL) throw InvalidTransition('This reply is already on the manual path.', { currentStatus: c.status });
        if ((c.replyAttemptedAt?.getTime() ?? null) !== attemptedAt) {
          throw Conflict('The worker started posting this reply through the X API meanwhile. Look at the case again in a minute.', {
            reason: 'REPLY_IN_FLIGHT',
          });
        }
      },
      changes: { replyChannel: ReplyChannel.MANUAL },
    }),
  );
}

/**
 * The officer posted the reply by hand and pastes its URL. Verified by lookup through the X client
 * before anything changes: it must exist, be by the official account and reply to the case's post.
 * Then WARNING_POSTED, with the 1/7-day re-checks scheduled.
 */
export async function recordManualReply(
  db: DataSource,
  x: XClient,
  settings: ReplySettings,
  actor: Actor,
  caseId: string,
  replyUrl: string,
  expectedVersion: number,
): Promise<Case> {
  let replyPostId: string;
  try {
    replyPostId = parsePostUrl(replyUrl).postId;
  } catch (err) {
    if (err instanceof PostUrlError) throw InvalidInput(err.message, 'replyUrl');
    throw err;
  }
  const seen = await loadCase(db, caseId);
  if (seen.status !== CaseStatus.WARNING_QUEUED) {
    throw InvalidTransition(`A case in ${seen.status} cannot be changed by ${CaseAction.RECORD_MANUAL_REPLY}.`, {
      currentStatus: seen.status,
      action: CaseAction.RECORD_MANUAL_REPLY,
    });
  }
  if (seen.replyChannel !== ReplyChannel.MANUAL) {
    throw InvalidTransition('This reply is on the API path: switch it to the manual path before posting by hand.', { currentStatus: seen.status });
  }
  if (replyPostId === seen.postId) {
    throw InvalidInput('This is the link of the post being warned, not of your reply. Paste the link of the reply you posted.', 'replyUrl');
  }

  let reply: XPost | null;
  try {
    reply = await x.lookupPost(replyPostId);
  } catch (err) {
    if (err instanceof XApiError && err.kind === 'TARGET_PROTECTED') {
      throw InvalidInput('That post is from a protected account, not from the official account. Paste the link of the reply you posted.', 'replyUrl');
    }
    if (err instanceof XApiError) throw xUnavailable(err);
    throw err;
  }
  if (!reply) throw InvalidInput('No post with this link exists on X (it was deleted, or the link is wrong).', 'replyUrl');
  if (reply.authorId !== settings.officialUserId) {
    throw InvalidInput(
      `That post was made by @${reply.authorUsername ?? reply.authorId}, not by the official account @${settings.officialUsername}. Post the reply from the official account.`,
      'replyUrl',
    );
  }
  if (reply.inReplyToPostId !== seen.postId) {
    throw InvalidInput(
      reply.inReplyToPostId
        ? 'That post replies to a different post, not to the post of this case. Paste the link of the reply to this case’s post.'
        : 'That post is not a reply. Post the reply from the link given, so that it answers the post of this case.',
      'replyUrl',
    );
  }

  return inTransaction(db, async (em) => {
    const now = new Date();
    const updated = await transitionCase(em, actor, caseId, CaseAction.RECORD_MANUAL_REPLY, {
      expectedVersion,
      policy: (c) => {
        if (c.replyChannel !== ReplyChannel.MANUAL) throw InvalidTransition('This reply is on the API path.', { currentStatus: c.status });
      },
      changes: {
        replyPostId: reply.id,
        replyPostedAt: reply.createdAt ? new Date(reply.createdAt) : now,
        manualReplyUrl: canonicalPostUrl({ postId: reply.id, username: reply.authorUsername ?? settings.officialUsername }),
        failureReason: null,
      },
    });
    await scheduleRechecks(em, caseId, now, settings.recheckAfterMs);
    return updated;
  });
}
