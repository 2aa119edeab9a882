import { Audience, Category } from '../cases/case-enums';

/**
 * Default reply texts, written from the public practice summarised in shared/DOMAIN.md. They open
 * by naming the sender, carry no hashtags, and fit X's weighted limit (checked by a test with
 * twitter-text). Managed, versioned templates replace these in the templates module.
 */
const SENDER = '熊本県警察本部生活安全企画課です。';

const ALERT_TO_CHILD =
  SENDER +
  'この投稿は、児童買春などの犯罪被害につながるおそれがあります。' +
  'SNSで知り合った人と会うと、誘拐などの重大な犯罪に巻き込まれる危険があります。' +
  '困ったときは警察に相談してください。';

const WARNING_TO_ADULT =
  SENDER +
  '児童への性的な勧誘や児童買春は、児童の権利を著しく侵害する行為であり、' +
  '児童の同意があっても処罰の対象となります。このような投稿は直ちにやめてください。';

const LODGING_WARNING_TO_ADULT =
  SENDER +
  '家出中などの未成年者を自宅に泊めることは、本人の同意があっても未成年者誘拐罪に当たる場合があります。' +
  'このような投稿は直ちにやめてください。';

function bodyFor(audience: Audience, categories: readonly Category[]): string {
  if (audience === Audience.CHILD) return ALERT_TO_CHILD;
  if (categories.length === 1 && categories[0] === Category.C2_LODGING) return LODGING_WARNING_TO_ADULT;
  return WARNING_TO_ADULT;
}

/**
 * The reply for one case. It ends with the case's reference number: X refuses a post whose text
 * repeats an earlier one, and the reference lets the recipient or a guardian quote it when calling.
 */
export function defaultReplyText(audience: Audience, categories: readonly Category[], caseNumber: number): string {
  return `${bodyFor(audience, categories)}（整理番号${caseNumber}）`;
}
