import { extractHashtags, extractMentions, extractUrlsWithIndices } from 'twitter-text';
import { AppError } from '../../core/errors/errors';
import { LARGEST_CASE_NUMBER, MAX_WEIGHTED_LENGTH, measureReply, PLACEHOLDERS, renderTemplateBody } from './reply-text';

/**
 * The rules a reply template body must meet before the chief can save it. Pure functions: the
 * service calls them, the unit tests pin each rule, and the seed texts are held to them too.
 */
export type TemplateProblemCode =
  | 'EMPTY'
  | 'TOO_LONG'
  | 'INVALID_CHARACTERS'
  | 'MISSING_CASE_NUMBER'
  | 'UNKNOWN_PLACEHOLDER'
  | 'STRAY_BRACE'
  | 'HASHTAG'
  | 'SOLICITATION_TERM'
  | 'URL_NOT_ALLOWED'
  | 'MENTION';

export interface TemplateProblem {
  code: TemplateProblemCode;
  /** English, says what to change (the client translates by code). */
  message: string;
  /** The offending word, link, mention or placeholder, when there is one. */
  term?: string;
}

export interface TemplateLintOptions {
  /**
   * Link prefixes a reply may contain (https only, e.g. "https://www.pref.kumamoto.jp/soudan/").
   * Empty by default: a police reply carries no links unless the deployment decides otherwise.
   */
  allowedUrlPrefixes: readonly string[];
}

export const DEFAULT_LINT_OPTIONS: TemplateLintOptions = { allowedUrlPrefixes: [] };

/**
 * Solicitation slang (DOMAIN.md vocabulary) with common spelling variants. A police reply that
 * contains these reads like solicitation and is returned by the very searches offenders use.
 * Matched after NFKC normalisation and lower-casing, so Ｐ活 / p活 / ﾊﾟﾊﾟ活 are caught too.
 */
export const SOLICITATION_TERMS: readonly string[] = [
  '援交',
  '援助交際',
  'エンコー',
  '円光',
  'パパ活',
  'ぱぱ活',
  'P活',
  'ママ活',
  '割り切り',
  '割切',
  'ワリキリ',
  'ホ別',
  'ホ込',
  '苺',
  'イチゴ',
  'いちご',
  '円募',
  '神待ち',
  '裏垢',
];

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const normalise = (text: string) => text.normalize('NFKC').replace(ZERO_WIDTH, '').toLowerCase();

const CASE_NUMBER = '{caseNumber}';
const ANY_BRACED = /\{([^{}]*)\}/g;
const SCHEME_URL = /\b(?:https?|ftp):\/\/[^\s\u3000]+/gi;

export function lintTemplateBody(body: string, options: TemplateLintOptions = DEFAULT_LINT_OPTIONS): TemplateProblem[] {
  const problems: TemplateProblem[] = [];

  if (body.trim() === '') {
    problems.push({ code: 'EMPTY', message: 'Write the reply text: it is empty.' });
  }

  // Placeholders: {caseNumber} is required; nothing else in braces is allowed.
  if (!body.includes(CASE_NUMBER)) {
    const fullWidth = body.normalize('NFKC').includes(CASE_NUMBER);
    problems.push({
      code: 'MISSING_CASE_NUMBER',
      message: fullWidth
        ? 'Write {caseNumber} with half-width braces { }: full-width braces are not recognised as a placeholder.'
        : 'Add {caseNumber}, e.g. "（整理番号{caseNumber}）": X refuses a reply that repeats an earlier text, and the case number makes each reply unique.',
    });
  }
  const known = new Set<string>(PLACEHOLDERS);
  const unknown = new Set<string>();
  for (const match of body.matchAll(ANY_BRACED)) if (!known.has(match[1])) unknown.add(match[0]);
  for (const placeholder of unknown) {
    problems.push({
      code: 'UNKNOWN_PLACEHOLDER',
      term: placeholder,
      message: `Remove ${placeholder}: it is not a placeholder this system fills in. The only placeholder is {caseNumber}.`,
    });
  }
  if (/[{}]/.test(body.replace(ANY_BRACED, ''))) {
    problems.push({
      code: 'STRAY_BRACE',
      message: 'Remove the unmatched "{" or "}": braces are only for placeholders such as {caseNumber}.',
    });
  }

  // X's weighted limit, with the longest case number the system will ever print.
  if (body.trim() !== '') {
    const rendered = renderTemplateBody(body, { caseNumber: LARGEST_CASE_NUMBER });
    const { weightedLength, valid } = measureReply(rendered);
    if (weightedLength > MAX_WEIGHTED_LENGTH) {
      problems.push({
        code: 'TOO_LONG',
        message:
          `With a ${String(LARGEST_CASE_NUMBER).length}-digit case number the reply counts ${weightedLength} of X's ` +
          `${MAX_WEIGHTED_LENGTH} weighted characters: shorten it by at least ${weightedLength - MAX_WEIGHTED_LENGTH} ` +
          '(each Japanese character counts as 2).',
      });
    } else if (!valid) {
      problems.push({
        code: 'INVALID_CHARACTERS',
        message: 'Remove the characters X does not accept in a post (such as byte-order marks or text-direction controls).',
      });
    }
  }

  // Hashtags: any # or ＃ at all. Police accounts have been suspended for posting such hashtags.
  if (/[#＃]/.test(body)) {
    const tags = extractHashtags(body).map((t) => `#${t}`);
    problems.push({
      code: 'HASHTAG',
      term: tags.join(' ') || undefined,
      message:
        'Remove the hashtag sign "#" / "＃"' +
        (tags.length ? ` (${tags.join(', ')})` : '') +
        ': police accounts have been suspended for posting such hashtags.',
    });
  }

  // Solicitation slang.
  const normalisedBody = normalise(body);
  const seen = new Set<string>();
  for (const term of SOLICITATION_TERMS) {
    const key = normalise(term);
    if (seen.has(key) || !normalisedBody.includes(key)) continue;
    seen.add(key);
    problems.push({
      code: 'SOLICITATION_TERM',
      term,
      message: `Remove "${term}": solicitation slang makes a police reply look like solicitation and puts it in the same searches offenders use.`,
    });
  }

  // Links: only those on the deployment's allow-list (none by default). twitter-text finds what X
  // would link (also without a scheme); the plain pattern catches scheme URLs it might not.
  const links = new Map<number, string>();
  for (const { url, indices } of extractUrlsWithIndices(body)) links.set(indices[0], url);
  for (const m of body.matchAll(SCHEME_URL)) if (!links.has(m.index)) links.set(m.index, m[0]);
  for (const url of new Set(links.values())) {
    if (isAllowedUrl(url, options.allowedUrlPrefixes)) continue;
    problems.push({
      code: 'URL_NOT_ALLOWED',
      term: url,
      message:
        `Remove the link "${url}": ` +
        (options.allowedUrlPrefixes.length
          ? `a reply may only link to ${options.allowedUrlPrefixes.join(', ')}.`
          : 'replies may not contain links (no link is on the allow-list).'),
    });
  }

  // Mentions would notify, and draw in, other accounts.
  for (const name of new Set(extractMentions(body))) {
    problems.push({
      code: 'MENTION',
      term: `@${name}`,
      message: `Remove the mention "@${name}": a reply must not notify other accounts.`,
    });
  }

  return problems;
}

/** True when `found` (as written in the text, scheme optional) starts with one of the allowed https prefixes. */
export function isAllowedUrl(found: string, allowedPrefixes: readonly string[]): boolean {
  const url = toUrl(found);
  if (!url) return false;
  return allowedPrefixes.some((prefix) => {
    const allowed = toUrl(prefix);
    return (
      !!allowed &&
      url.protocol === allowed.protocol &&
      url.host === allowed.host &&
      `${url.pathname}${url.search}`.startsWith(allowed.pathname)
    );
  });
}

function toUrl(text: string): URL | null {
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
}

/**
 * Parses the deployment's allow-list (comma- or space-separated https URL prefixes). Throws with
 * every bad entry listed, for the config module to report at start.
 */
export function parseUrlAllowList(raw: string | undefined): string[] {
  const entries = (raw ?? '').split(/[\s,]+/).filter(Boolean);
  const bad = entries.filter((e) => {
    try {
      return new URL(e).protocol !== 'https:';
    } catch {
      return true;
    }
  });
  if (bad.length) throw new Error(`reply template URL allow-list: not https URLs: ${bad.join(', ')}`);
  return entries;
}

/** All problems of a body at once, as one INVALID_INPUT error with a `problems` array. */
export function templateProblemsError(problems: TemplateProblem[]): AppError {
  const summary = problems.map((p) => p.message).join(' ');
  return new AppError(
    'INVALID_INPUT',
    `The reply text has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}: ${summary}`,
    { field: 'body', problems },
  );
}

/** Throws INVALID_INPUT listing every problem, or returns when the body may be saved. */
export function assertValidTemplateBody(body: string, options: TemplateLintOptions = DEFAULT_LINT_OPTIONS): void {
  const problems = lintTemplateBody(body, options);
  if (problems.length) throw templateProblemsError(problems);
}
