/**
 * The statistics dataset's model: one case's whole life, drawn from a seeded random stream of its own
 * (seed, case index), so any case can be regenerated alone and the dataset is the same on every run.
 * The distributions are plausible for one prefecture (shared/DOMAIN.md): most reports from the
 * division's cyber patrol and the Kumamoto City stations, C1 the most common category, most warned
 * posts deleted within a week, a few doubtful cases put to the chief.
 */

// ---- seeded randomness (sfc32, seeded through splitmix32) ----
function splitmix32(a: number): () => number {
  return () => {
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return (t ^ (t >>> 15)) >>> 0;
  };
}

export type Random = () => number;

/** A uniform [0, 1) stream for one case of one dataset. */
export function caseRandom(seed: number, index: number): Random {
  const mix = splitmix32((Math.imul(seed, 0x85ebca6b) ^ Math.imul(index, 0xc2b2ae35)) | 0);
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  const next = () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

export function pick<T>(rnd: Random, weighted: readonly (readonly [T, number])[]): T {
  const total = weighted.reduce((s, [, w]) => s + w, 0);
  let u = rnd() * total;
  for (const [value, w] of weighted) {
    u -= w;
    if (u < 0) return value;
  }
  return weighted[weighted.length - 1][0];
}

/** A log-normal delay in milliseconds around `medianMinutes`, clamped to [1 s, maxHours]. */
function delay(rnd: Random, medianMinutes: number, sigma: number, maxHours: number): number {
  const z = Math.sqrt(-2 * Math.log(Math.max(rnd(), 1e-12))) * Math.cos(2 * Math.PI * rnd());
  return Math.round(Math.min(maxHours * 3600_000, Math.max(1000, medianMinutes * 60_000 * Math.exp(sigma * z))));
}

// ---- distributions ----
/** Share of reports by unit code (the division's cyber patrol finds the most). */
export const UNIT_WEIGHTS: readonly (readonly [string, number])[] = [
  ['DIVISION', 28], ['ST01', 12], ['ST02', 8], ['ST03', 6], ['ST04', 6], ['ST05', 2.5], ['ST06', 2], ['ST07', 1],
  ['ST08', 5], ['ST09', 1], ['ST10', 1], ['ST11', 2], ['ST12', 1], ['ST13', 3], ['ST14', 1], ['ST15', 0.5],
  ['ST16', 3], ['ST17', 2.5], ['ST18', 2], ['ST19', 3], ['ST20', 3], ['ST21', 1.5], ['ST22', 0.5], ['ST23', 0.5],
];
/** Reports by Japan-time hour: officers patrol in working hours, volunteers add evenings. */
const HOUR_WEIGHTS = [1, 1, 0.5, 0.5, 0.5, 0.5, 1, 2, 5, 9, 10, 10, 6, 9, 10, 10, 9, 7, 4, 3, 3, 3, 2, 1.5].map((w, h) => [h, w] as const);
const CATEGORY_WEIGHTS = [
  ['C1_SEX_OR_MEETING', 58], ['C2_LODGING', 17], ['C3_HARMFUL_WORK', 5], ['C4_CSAM_TRADE', 9], ['C5_CSAM_PRODUCTION', 5], ['C6_OTHER_SEXUALISATION', 6],
] as const;
const NA_REASONS = [['OUT_OF_REGION', 38], ['NO_CHILD_INDICATION', 30], ['NO_CATEGORY', 14], ['POST_DELETED', 14], ['OTHER', 4]] as const;
const INDICATION_SOURCES = [['CONTENT', 50], ['PROFILE', 30], ['BOTH', 20]] as const;

const POST_TEXTS: Record<string, readonly string[]> = {
  C1_SEX_OR_MEETING: ['今日会える人いませんか JK2 熊本市内', 'P活 希望 ホ別 苺2 下通', '円募 高1 光の森 夕方から', '割り切りで会える人 中3'],
  C2_LODGING: ['家出中 泊めてください 熊本駅', '神待ち 高2 今日だけでいいので', '泊まる場所提供します 未成年OK', 'うちに来ない? 送迎します'],
  C3_HARMFUL_WORK: ['高収入 JKでもOK お話しするだけ', '未成年歓迎 日払い 熊本'],
  C4_CSAM_TRADE: ['自画撮り 売ります DMで', '裏垢女子 中学生 動画あり'],
  C5_CSAM_PRODUCTION: ['制服の写真送ってくれたら買います', '撮影モデル募集 15歳から'],
  C6_OTHER_SEXUALISATION: ['JCの下着 買い取ります', '売り子募集 女子高生限定'],
  NONE: ['明日のライブ楽しみ', '熊本のおすすめカフェ教えて', '課題終わらない'],
};
const PROFILES = ['高2 / 熊本', '中3 くまもと', 'JK1 🐻', '社会人 / 熊本市', '大学生', '15歳 / 天草', ''];

// ---- one case ----
export interface DatasetContext {
  seed: number;
  /** The instant the dataset's first Japan-time day starts, and the number of days it spans. */
  startMs: number;
  days: number;
  /** "Now" of the dataset: nothing happens at or after it. */
  endMs: number;
}

export interface GeneratedReport {
  at: number;
  unitCode: string;
  source: 'OFFICER' | 'VOLUNTEER';
  note: string | null;
}

export interface GeneratedEvent {
  at: number;
  actor: 'OIC' | 'CHIEF' | 'SYSTEM';
  action: string;
  from: string | null;
  to: string;
}

export interface GeneratedCheck {
  after: '1d' | '7d';
  dueAt: number;
  checkedAt: number | null;
  outcome: 'PRESENT' | 'DELETED' | 'NOT_VISIBLE' | null;
}

export interface GeneratedCase {
  index: number;
  status: string;
  version: number;
  firstReportedAt: number;
  claimedAt: number | null;
  categories: string[];
  audience: 'CHILD' | 'ADULT' | null;
  region: 'KUMAMOTO' | 'UNKNOWN' | null;
  childIndication: 'POSTER_IS_CHILD' | 'TARGET_IS_CHILD' | null;
  indicationSource: string | null;
  decidedAt: number | null;
  decidedByChief: boolean;
  replyText: string | null;
  replyAttemptedAt: number | null;
  replyPostedAt: number | null;
  replyChannel: 'API' | 'MANUAL';
  failureReason: string | null;
  notApplicableReason: string | null;
  approvalReason: string | null;
  approvalRequestedAt: number | null;
  approvedAt: number | null;
  chiefComment: string | null;
  reportedToChiefAt: number | null;
  acknowledgedAt: number | null;
  closedAt: number | null;
  closeReason: string | null;
  closeNote: string | null;
  postText: string;
  profileText: string | null;
  accountIndex: number;
  reports: GeneratedReport[];
  events: GeneratedEvent[];
  checks: GeneratedCheck[];
  updatedAt: number;
}

const DAY_MS = 86_400_000;
const REPLY_TEXT = {
  CHILD: '熊本県警察本部生活安全企画課です。この投稿は、児童買春などの犯罪被害につながるおそれがあります。困ったときは警察の少年サポートセンターに相談してください。',
  ADULT: '熊本県警察本部生活安全企画課です。児童に対する性的な行為は、児童の同意があっても処罰の対象となります。このような投稿は直ちにやめてください。',
};

function reportTime(rnd: Random, ctx: DatasetContext): number {
  // Volume grows over the years (density ∝ 1 + x on [0, 1]) and halves on weekends.
  for (;;) {
    const x = -1 + Math.sqrt(1 + 3 * rnd());
    const day = Math.min(ctx.days - 1, Math.floor(x * ctx.days));
    const dayStart = ctx.startMs + day * DAY_MS;
    const dow = new Date(dayStart + 9 * 3600_000).getUTCDay();
    if ((dow === 0 || dow === 6) && rnd() < 0.5) continue;
    const hour = pick(rnd, HOUR_WEIGHTS);
    return dayStart + hour * 3600_000 + Math.floor(rnd() * 3600_000);
  }
}

function reporter(rnd: Random): { unitCode: string; source: 'OFFICER' | 'VOLUNTEER' } {
  const unitCode = pick(rnd, UNIT_WEIGHTS);
  const source = unitCode !== 'DIVISION' && rnd() < 0.18 ? 'VOLUNTEER' : 'OFFICER';
  return { unitCode, source };
}

/** Draws case `index` of the dataset and plays its lifecycle up to the dataset's end. */
export function generateCase(ctx: DatasetContext, index: number, accounts: number): GeneratedCase {
  const rnd = caseRandom(ctx.seed, index);
  const first = reportTime(rnd, ctx);
  const end = ctx.endMs;
  const happened = (t: number | null): t is number => t !== null && t < end;

  // Reports: the first, and sometimes the same post reported again by others.
  const firstBy = reporter(rnd);
  const reports: GeneratedReport[] = [{ at: first, ...firstBy, note: rnd() < 0.2 ? '巡回中に発見' : null }];
  const extra = pick(rnd, [[0, 87], [1, 10], [2, 3]] as const);
  for (let k = 0; k < extra; k++) {
    const at = first + delay(rnd, 180, 1.5, 240);
    if (at < end) reports.push({ at, ...reporter(rnd), note: rnd() < 0.3 ? '重複の可能性あり' : null });
  }

  // What the screening will find.
  const path = pick(rnd, [['NA', 25], ['WARN', 68], ['APPROVAL', 7]] as const);
  const approvalPath = pick(rnd, [['APPROVE', 75], ['DECLINE', 12], ['RETURN', 13]] as const);
  const primary = pick(rnd, CATEGORY_WEIGHTS);
  const categories: string[] = [primary];
  if (rnd() < 0.12) {
    const second = pick(rnd, CATEGORY_WEIGHTS.filter(([c]) => c !== primary));
    categories.push(second);
  }
  categories.sort();
  const audience = rnd() < 0.62 ? 'CHILD' : 'ADULT';
  const region = rnd() < 0.58 ? 'KUMAMOTO' : 'UNKNOWN';
  const indicationSource = pick(rnd, INDICATION_SOURCES);
  const naReason = pick(rnd, NA_REASONS);
  const fails = rnd() < 0.012;
  const retried = rnd() < 0.6;

  // Timeline (each step only if it happened before the dataset's end).
  const claimAt = first + delay(rnd, 30, 1.0, 72);
  const decideAfter = delay(rnd, 12, 0.8, 24);
  const requestAt = claimAt + delay(rnd, 15, 0.8, 24);
  const chiefAt = requestAt + delay(rnd, 120, 1.0, 72);
  const reRequestAt = chiefAt + delay(rnd, 60, 0.8, 48);
  const reApproveAt = reRequestAt + delay(rnd, 90, 1.0, 72);
  const replyAfter = delay(rnd, 3, 1.0, 24);
  const retryAfter = delay(rnd, 360, 0.8, 72);
  const reportAfter = delay(rnd, 120, 1.0, 72);
  const ackAfter = delay(rnd, 480, 0.8, 120);
  const checkLag = delay(rnd, 10, 0.5, 2);
  const u1d = rnd();
  const u7d = rnd();
  const manual = rnd() < (first >= Date.UTC(2025, 11, 31, 15) ? 0.35 : 0.03);

  const c: GeneratedCase = {
    index,
    status: 'RECEIVED',
    version: 1,
    firstReportedAt: first,
    claimedAt: null,
    categories: [],
    audience: null,
    region: null,
    childIndication: null,
    indicationSource: null,
    decidedAt: null,
    decidedByChief: false,
    replyText: null,
    replyAttemptedAt: null,
    replyPostedAt: null,
    replyChannel: manual ? 'MANUAL' : 'API',
    failureReason: null,
    notApplicableReason: null,
    approvalReason: null,
    approvalRequestedAt: null,
    approvedAt: null,
    chiefComment: null,
    reportedToChiefAt: null,
    acknowledgedAt: null,
    closedAt: null,
    closeReason: null,
    closeNote: null,
    postText: `${pick(rnd, (POST_TEXTS[path === 'NA' ? 'NONE' : primary] ?? POST_TEXTS.NONE).map((t) => [t, 1] as const))} #${index}`,
    profileText: pick(rnd, PROFILES.map((p) => [p, 1] as const)) || null,
    accountIndex: Math.floor(accounts * rnd() ** 1.6),
    reports,
    events: [],
    checks: [],
    updatedAt: first,
  };
  const step = (at: number, actor: GeneratedEvent['actor'], action: string, to: string) => {
    c.events.push({ at, actor, action, from: c.status, to });
    c.status = to;
    c.version += 1;
    c.updatedAt = at;
  };
  const screen = () => {
    c.categories = categories;
    c.audience = audience;
    c.region = region;
    c.childIndication = audience === 'CHILD' ? 'POSTER_IS_CHILD' : 'TARGET_IS_CHILD';
    c.indicationSource = indicationSource;
    c.replyText = REPLY_TEXT[audience];
  };

  if (!happened(claimAt)) return c;
  c.claimedAt = claimAt;
  step(claimAt, 'OIC', 'case.TAKE', 'SCREENING');

  // The reply, once a warning is decided at `decidedAt`.
  const reply = (decidedAt: number) => {
    if (fails) {
      const failedAt = decidedAt + replyAfter;
      if (!happened(failedAt)) return;
      c.replyAttemptedAt = failedAt;
      c.failureReason = 'X API error 503 (service unavailable)';
      step(failedAt, 'SYSTEM', 'case.RECORD_REPLY_FAILED', 'WARNING_FAILED');
      const nextAt = failedAt + retryAfter;
      if (!happened(nextAt)) return;
      if (!retried) {
        c.closedAt = nextAt;
        c.closeReason = 'FAILED_REPLY_CLOSED';
        c.closeNote = '投稿が削除されていたため返信せず終結';
        step(nextAt, 'OIC', 'case.CLOSE_FAILED', 'CLOSED');
        return;
      }
      c.failureReason = null;
      step(nextAt, 'OIC', 'case.RETRY_REPLY', 'WARNING_QUEUED');
      posted(nextAt + replyAfter);
      return;
    }
    posted(decidedAt + replyAfter);
  };
  const posted = (at: number) => {
    if (!happened(at)) return;
    c.replyAttemptedAt ??= at;
    c.replyPostedAt = at;
    step(at, c.replyChannel === 'MANUAL' ? 'OIC' : 'SYSTEM', c.replyChannel === 'MANUAL' ? 'case.RECORD_MANUAL_REPLY' : 'case.RECORD_REPLY_POSTED', 'WARNING_POSTED');
    // The worker's re-checks after 1 and 7 days.
    const o1 = u1d < 0.48 ? 'DELETED' : u1d < 0.94 ? 'PRESENT' : 'NOT_VISIBLE';
    const o7 = o1 === 'DELETED' ? 'DELETED' : u7d < 0.28 ? 'DELETED' : u7d < 0.94 ? 'PRESENT' : 'NOT_VISIBLE';
    for (const [after, days, outcome] of [['1d', 1, o1], ['7d', 7, o7]] as const) {
      const dueAt = at + days * DAY_MS;
      const checkedAt = dueAt + checkLag;
      c.checks.push({ after, dueAt, checkedAt: happened(checkedAt) ? checkedAt : null, outcome: happened(checkedAt) ? outcome : null });
    }
    const reportedAt = at + reportAfter;
    if (!happened(reportedAt)) return;
    c.reportedToChiefAt = reportedAt;
    step(reportedAt, 'OIC', 'case.REPORT_TO_CHIEF', 'REPORTED');
    const ackAt = reportedAt + ackAfter;
    if (!happened(ackAt)) return;
    c.acknowledgedAt = ackAt;
    c.closedAt = ackAt;
    c.closeReason = 'ACKNOWLEDGED';
    step(ackAt, 'CHIEF', 'case.ACKNOWLEDGE', 'CLOSED');
  };

  if (path === 'NA') {
    const at = claimAt + decideAfter;
    if (!happened(at)) return c;
    c.decidedAt = at;
    c.notApplicableReason = naReason;
    c.closedAt = at;
    c.closeReason = 'NOT_APPLICABLE';
    c.closeNote = naReason === 'OTHER' ? '同一人物の別投稿で対応済み' : null;
    step(at, 'OIC', 'case.MARK_NOT_APPLICABLE', 'CLOSED');
    return c;
  }
  if (path === 'WARN') {
    const at = claimAt + decideAfter;
    if (!happened(at)) return c;
    screen();
    c.decidedAt = at;
    step(at, 'OIC', 'case.WARN', 'WARNING_QUEUED');
    reply(at);
    return c;
  }
  // Doubtful: put to the chief (伺い).
  if (!happened(requestAt)) return c;
  screen();
  c.approvalReason = '返信により紛争となるおそれがあるため';
  c.approvalRequestedAt = requestAt;
  step(requestAt, 'OIC', 'case.REQUEST_APPROVAL', 'AWAITING_APPROVAL');
  if (!happened(chiefAt)) return c;
  const approve = (at: number) => {
    c.approvedAt = at;
    c.decidedAt = at;
    c.decidedByChief = true;
    step(at, 'CHIEF', 'case.APPROVE', 'WARNING_QUEUED');
    reply(at);
  };
  if (approvalPath === 'APPROVE') {
    approve(chiefAt);
    return c;
  }
  if (approvalPath === 'DECLINE') {
    c.chiefComment = '表現が特定の個人を指すとは言えないため';
    c.decidedAt = chiefAt;
    c.decidedByChief = true;
    c.closedAt = chiefAt;
    c.closeReason = 'DECLINED';
    c.closeNote = c.chiefComment;
    c.replyText = null;
    step(chiefAt, 'CHIEF', 'case.DECLINE', 'CLOSED');
    return c;
  }
  c.chiefComment = '類型を再確認してください';
  c.replyText = null;
  step(chiefAt, 'CHIEF', 'case.RETURN_FOR_SCREENING', 'SCREENING');
  if (!happened(reRequestAt)) return c;
  c.replyText = REPLY_TEXT[audience];
  c.chiefComment = null;
  c.approvalRequestedAt = reRequestAt;
  step(reRequestAt, 'OIC', 'case.REQUEST_APPROVAL', 'AWAITING_APPROVAL');
  if (!happened(reApproveAt)) return c;
  approve(reApproveAt);
  return c;
}
