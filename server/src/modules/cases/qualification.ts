import { Audience, Category, ChildIndication, NotApplicableReason, Region } from './case-enums';

/** What the officer in charge recorded when screening a post (DESIGN §2). */
export interface ScreeningRecord {
  region: Region;
  childIndication: ChildIndication;
  categories: Category[];
}

/**
 * DESIGN §2: a post qualifies when it is on X (true of every case), its region is Kumamoto or
 * unknown, a child is indicated (as poster or as target), and it falls in at least one category.
 * Returns every unmet criterion, so the screen can show them all at once.
 */
export interface QualificationProblem {
  /** The not-applicable reason this problem amounts to, so the screen can offer it directly. */
  code: NotApplicableReason;
  message: string;
}

export function qualificationProblems(r: ScreeningRecord): QualificationProblem[] {
  const problems: QualificationProblem[] = [];
  if (r.region === Region.OTHER_PREFECTURE)
    problems.push({ code: NotApplicableReason.OUT_OF_REGION, message: 'The post is tied to another prefecture; only Kumamoto or unknown regions qualify.' });
  if (r.childIndication === ChildIndication.NONE)
    problems.push({ code: NotApplicableReason.NO_CHILD_INDICATION, message: 'Nothing indicates that the poster or the person addressed is a child.' });
  if (r.categories.length === 0) problems.push({ code: NotApplicableReason.NO_CATEGORY, message: 'Choose at least one category (C1–C6).' });
  return problems;
}

/** An alert (注意喚起) when the poster is a child, a warning (警告) when the poster targets a child. */
export function audienceFor(indication: ChildIndication): Audience | null {
  if (indication === ChildIndication.POSTER_IS_CHILD) return Audience.CHILD;
  if (indication === ChildIndication.TARGET_IS_CHILD) return Audience.ADULT;
  return null;
}
