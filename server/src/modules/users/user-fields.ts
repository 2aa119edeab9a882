import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, PASSWORD_PROBLEM_MESSAGES, passwordProblems } from '../../core/auth/password-policy';
import { InvalidInput } from '../../core/errors/errors';

/** Usernames: what login accepts after its own normalisation (NFKC, trimmed, lower-case). */
export const USERNAME_PATTERN = /^[a-z0-9._-]{3,40}$/;
/** login() refuses longer passwords than MAX_PASSWORD_LENGTH before hashing, so a longer one could never be used. */
export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH };
export const MAX_DISPLAY_NAME_LENGTH = 100;
export const MAX_REASON_LENGTH = 500;

// Control characters pasted from elsewhere (tabs and line breaks included: these are one-line fields).
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** Normalised like login() does, so the stored name is exactly what the user types to log in. */
export function normalizeUsername(raw: string): string {
  const name = String(raw ?? '').normalize('NFKC').trim().toLowerCase();
  if (!USERNAME_PATTERN.test(name)) {
    throw InvalidInput(
      'A username has 3 to 40 characters: lower-case letters a–z, digits, dot, underscore or hyphen (e.g. "k.tanaka").',
      'username',
    );
  }
  return name;
}

/** The password policy (core/auth/password-policy.ts): length, not a common password, not the username. */
export function checkNewPassword(password: string, field: string, username?: string | null): string {
  const [problem] = passwordProblems(String(password ?? ''), { username });
  if (problem) throw InvalidInput(PASSWORD_PROBLEM_MESSAGES[problem], field);
  return password;
}

export function cleanDisplayName(raw: string): string {
  const name = String(raw ?? '').replace(CONTROL, '').normalize('NFC').trim();
  if (name.length === 0) throw InvalidInput('Enter the display name (e.g. 熊本 太郎).', 'displayName');
  if (name.length > MAX_DISPLAY_NAME_LENGTH) {
    throw InvalidInput(`The display name is too long: at most ${MAX_DISPLAY_NAME_LENGTH} characters.`, 'displayName');
  }
  return name;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]+$/;

/** A work e-mail address for alerts; empty = none. */
export function cleanEmail(raw: string): string | null {
  const email = String(raw ?? '').trim();
  if (email === '') return null;
  if (email.length > 254 || !EMAIL.test(email)) throw InvalidInput('Enter a valid e-mail address (e.g. taro.kumamoto@police.example.jp), or leave it empty.', 'email');
  return email;
}

/** A required one-line reason, kept in the audit log. */
export function cleanReason(raw: string, field = 'reason'): string {
  const text = String(raw ?? '').replace(CONTROL, ' ').trim();
  if (text.length === 0) throw InvalidInput('Give the reason; it is kept in the audit log.', field);
  if (text.length > MAX_REASON_LENGTH) throw InvalidInput(`The reason is too long: at most ${MAX_REASON_LENGTH} characters.`, field);
  return text;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: unknown): id is string => typeof id === 'string' && UUID.test(id);

/** Escapes LIKE/ILIKE wildcards so a search for "a_b" finds "a_b", not "axb". */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, '\\$&');

/** PostgreSQL unique_violation, optionally of one named constraint or index. */
export function isUniqueViolation(e: unknown, constraint?: string): boolean {
  const driverError = (e as { driverError?: { code?: string; constraint?: string } })?.driverError;
  return driverError?.code === '23505' && (constraint === undefined || driverError.constraint === constraint);
}
