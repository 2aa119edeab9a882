import COMMON_PASSWORDS from './common-passwords.json';

/**
 * Password rules (OWASP ASVS 2.1, NIST SP 800-63B §5.1.1.2; CJIS §5.6.2.1.1): at least 12
 * characters, no composition rules, and not a commonly used password.
 *
 * common-passwords.json: the 10,000 most common passwords, in order, as shipped in
 * @zxcvbn-ts/language-common 4.1.3 (src/passwords.json, MIT licence, © Dropbox and zxcvbn-ts), a
 * ranking built from leaked-password corpora. Copied into the repo so the check needs no network
 * and no runtime dependency. A password is refused when it is on the list, or when it is a listed
 * password (or a word naming this service or the police) with only separators, digits or symbols
 * added — "password2026!" and "kumamoto-police-1" are as guessable as the words themselves.
 */
const LIST: ReadonlySet<string> = new Set((COMMON_PASSWORDS as string[]).map((p) => p.toLowerCase()));

/** Context words (NIST 800-63B: "context-specific words, such as the name of the service"). */
const CONTEXT_WORDS = [
  'patroldesk', 'patrol', 'police', 'kumamoto', 'keisatsu', 'kenkei', 'seikatsuanzen', 'hokenko',
  'password', 'passw0rd', 'admin', 'administrator', 'welcome', 'letmein', 'changeme', 'qwerty',
];

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'BLANK' | 'COMMON' | 'CONTAINS_USERNAME';

/** The words a password is built from once separators, digits and symbols are taken away, lower-case. */
function core(password: string): string {
  return password.toLowerCase().replace(/[^\p{L}]+/gu, '');
}

/** True when the password is, or trivially decorates, a common password or a context word. */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (LIST.has(lower)) return true;
  if (isTrivialRun(lower)) return true;
  const letters = core(password);
  if (letters.length > 0 && LIST.has(letters)) return true;
  const stripped = lower.replace(/[^\p{L}\p{N}]+$/u, '').replace(/\d+$/, '').replace(/^\d+/, '');
  if (stripped !== lower && LIST.has(stripped)) return true;
  // Context words repeated or joined ("policepolice", "Patrol-Police-2026").
  return letters.length > 0 && isMadeOf(letters, CONTEXT_WORDS);
}

/** One character repeated, or a run up or down the alphabet or the digits ("aaaaaaaaaaaa", "123456789012", "zyxwvutsrqpo"). */
function isTrivialRun(s: string): boolean {
  const codes = [...s].map((c) => c.codePointAt(0)!);
  const steps = new Set(codes.slice(1).map((c, i) => c - codes[i]));
  if (steps.size === 1 && [0, 1, -1].includes([...steps][0])) return true;
  // Digits that wrap (…7890123…) count as a run too.
  return /^\d+$/.test(s) && ('0123456789'.repeat(4).includes(s) || '9876543210'.repeat(4).includes(s));
}

/** Whether `s` is a concatenation of words from `words` (e.g. "kumamotopolice"). */
function isMadeOf(s: string, words: readonly string[]): boolean {
  const ok: boolean[] = [true, ...Array<boolean>(s.length).fill(false)];
  for (let i = 0; i < s.length; i++) {
    if (!ok[i]) continue;
    for (const w of words) if (s.startsWith(w, i)) ok[i + w.length] = true;
  }
  return ok[s.length];
}

/** The problems of a new password, none when it may be used. */
export function passwordProblems(password: string, context: { username?: string | null } = {}): PasswordProblem[] {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return ['TOO_SHORT'];
  if (length > MAX_PASSWORD_LENGTH) return ['TOO_LONG'];
  if (password.trim().length === 0) return ['BLANK'];
  const problems: PasswordProblem[] = [];
  if (isCommonPassword(password)) problems.push('COMMON');
  const name = context.username?.toLowerCase();
  if (name && name.length >= 3 && password.toLowerCase().includes(name)) problems.push('CONTAINS_USERNAME');
  return problems;
}

export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  TOO_SHORT: `The password is too short: use at least ${MIN_PASSWORD_LENGTH} characters.`,
  TOO_LONG: `The password is too long: use at most ${MAX_PASSWORD_LENGTH} characters.`,
  BLANK: 'The password cannot be only spaces.',
  COMMON: 'This password is too common and easy to guess. Choose a longer phrase of unrelated words.',
  CONTAINS_USERNAME: 'The password must not contain the username.',
};
