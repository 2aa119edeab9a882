import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/context';
import { inTransaction } from '../../core/database/transaction';
import { InvalidInput } from '../../core/errors/errors';
import { recordAudit } from '../audit/audit.service';
import { accountForHandle } from '../x-accounts/x-account.service';
import { CaseStatus, ReportSource } from './case-enums';
import { Case } from './case.entity';
import { Report } from './report.entity';
import { canonicalPostUrl, parsePostUrl, PostUrlError } from './x-post-url';

export const MAX_NOTE_LENGTH = 2000;

export interface SubmitReportCommand {
  url: string;
  note?: string | null;
  /** The post's text and the author's profile as the reporter saw them (optional). */
  postText?: string | null;
  profileText?: string | null;
  source: ReportSource;
}

export interface SubmitReportOutcome {
  report: Report;
  case: Case;
  /** True when the post was already known: the report is kept, the case is not reopened. */
  duplicate: boolean;
}

function cleanText(value: string | null | undefined, field: string, max: number): string | null {
  if (value == null) return null;
  // Keep line breaks and tabs, drop other control characters pasted from elsewhere.
  const cleaned = value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
  if (cleaned.length > max) {
    throw InvalidInput(`The ${field} is too long (${cleaned.length} characters; at most ${max}).`, field);
  }
  return cleaned.length > 0 ? cleaned : null;
}

/** Longest X post (25,000 for long posts) and profile (160) with room to spare. */
const MAX_POST_TEXT = 25_000;
const MAX_PROFILE_TEXT = 1_000;

/**
 * 発見報告: records a found post. The first report of a post opens its case (RECEIVED); later
 * reports of the same post, in any URL form, are kept on that case without reopening it.
 */
export async function submitReport(db: DataSource, actor: Actor, cmd: SubmitReportCommand): Promise<SubmitReportOutcome> {
  const user = actor.user;
  if (!user) throw new Error('submitReport needs a user');
  let parsed;
  try {
    parsed = parsePostUrl(cmd.url);
  } catch (e) {
    if (e instanceof PostUrlError) throw InvalidInput(e.message, 'url');
    throw e;
  }
  const note = cleanText(cmd.note, 'note', MAX_NOTE_LENGTH);
  const postText = cleanText(cmd.postText, 'postText', MAX_POST_TEXT);
  const profileText = cleanText(cmd.profileText, 'profileText', MAX_PROFILE_TEXT);

  return inTransaction(db, async (em) => {
    const now = new Date();
    // ON CONFLICT keeps two simultaneous first reports of one post from opening two cases.
    const inserted: { id: string }[] = await em.query(
      `INSERT INTO cases (post_id, post_url, status, first_reported_at)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (post_id) DO NOTHING
       RETURNING id`,
      [parsed.postId, canonicalPostUrl(parsed), CaseStatus.RECEIVED, now],
    );
    const duplicate = inserted.length === 0;
    // Keep the latest observed texts on the case, and link the account when the URL names it.
    const account = parsed.username ? await accountForHandle(em, parsed.username) : null;
    await em.query(
      `UPDATE cases SET post_text = COALESCE($2, post_text), profile_text = COALESCE($3, profile_text),
         x_account_id = COALESCE(x_account_id, $4)
       WHERE post_id = $1`,
      [parsed.postId, postText, profileText, account?.id ?? null],
    );
    const theCase = await em.getRepository(Case).findOneOrFail({ where: { postId: parsed.postId } });
    if (!duplicate) {
      await recordAudit(em, actor, {
        action: 'case.OPEN',
        objectType: 'Case',
        objectId: theCase.id,
        after: { status: theCase.status, postId: theCase.postId },
      });
    }
    const report = await em.getRepository(Report).save(
      em.getRepository(Report).create({
        caseId: theCase.id,
        url: cmd.url.slice(0, 2048),
        note,
        postText,
        profileText,
        source: cmd.source,
        reportedById: user.id,
        unitId: user.unitId,
      }),
    );
    await recordAudit(em, actor, {
      action: 'report.SUBMIT',
      objectType: 'Report',
      objectId: report.id,
      after: { caseId: theCase.id, source: cmd.source, duplicate },
    });
    return { report, case: theCase, duplicate };
  });
}
