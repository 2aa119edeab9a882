import { parseTweet } from 'twitter-text';

/** X's limit for one post, in weighted characters (CJK characters weigh 2; counted by twitter-text). */
export const MAX_WEIGHTED_LENGTH = 280;

/**
 * The longest case number a template must still fit with: ten million cases is more than a decade
 * of all 47 prefectures at today's rates (DOMAIN.md "Scale").
 */
export const LARGEST_CASE_NUMBER = 9_999_999;

/** The placeholders a template body may use. `{caseNumber}` is required: see template-lint.ts. */
export const PLACEHOLDERS = ['caseNumber'] as const;
export type PlaceholderName = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Record<PlaceholderName, string | number>;

/** `{name}` with a name made of letters and digits; anything else in braces is left as text (and linted). */
export const PLACEHOLDER_PATTERN = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** Replaces the known placeholders; unknown ones stay as written (the lint refuses them before saving). */
export function renderTemplateBody(body: string, values: PlaceholderValues): string {
  return body.replace(PLACEHOLDER_PATTERN, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name as PlaceholderName]) : whole,
  );
}

export interface ReplyMeasure {
  weightedLength: number;
  /** twitter-text's verdict: non-empty, no invalid characters, within the weighted limit. */
  valid: boolean;
}

/** How X will count the text. Never count by hand: URLs, emoji and CJK all weigh differently. */
export function measureReply(text: string): ReplyMeasure {
  const parsed = parseTweet(text);
  return {
    weightedLength: parsed.weightedLength,
    valid: parsed.valid && parsed.weightedLength <= MAX_WEIGHTED_LENGTH,
  };
}
