import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/context';
import { inTransaction } from '../../core/database/transaction';
import { InvalidInput } from '../../core/errors/errors';
import { recordAudit } from '../audit/audit.service';
import { CaseStatus, ReportSource } from './case-enums';
import { Case } from './case.entity';
import { Report } from './report.entity';
import { canonicalPostUrl, parsePostUrl, PostUrlError } from './x-post-url';

export const MAX_NOTE_LENGTH = 2000;

export interface SubmitReportCommand {
  url: string;
  note?: string | null;
  source: ReportSource;
}

export interface SubmitReportOutcome {
  report: Report;
  case: Case;
  /** True when the post was already known: the report is kept, the case is not reopened. */
  duplicate: boolean;
}

function cleanNote(note: string | null | undefined): string | null {
  if (note == null) return null;
  // Keep line breaks and tabs, drop other control characters pasted from elsewhere.
  const cleaned = note.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
  if (cleaned.length > MAX_NOTE_LENGTH) {
    throw InvalidInput(`The note is too long (${cleaned.length} characters; at most ${MAX_NOTE_LENGTH}).`, 'note');
  }
  return cleaned.length > 0 ? cleaned : null;
}

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
  const note = cleanNote(cmd.note);

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
