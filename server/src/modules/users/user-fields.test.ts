import { checkNewPassword, cleanDisplayName, cleanReason, escapeLike, normalizeUsername } from './user-fields';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { extensions?: { code?: string; field?: string } }).extensions;
  }
  return null;
};

describe('user fields', () => {
  it('normalises usernames the way login does, and refuses anything outside [a-z0-9._-]{3,40}', () => {
    expect(normalizeUsername('  K.Tanaka ')).toBe('k.tanaka');
    expect(normalizeUsername('ｔａｎａｋａ_01')).toBe('tanaka_01'); // full-width, as typed on a Japanese IME
    for (const bad of ['ab', 'a'.repeat(41), 'tanaka taro', 'tanaka@pref', '田中', 'a/b', '']) {
      expect(codeOf(() => normalizeUsername(bad))).toEqual({ code: 'INVALID_INPUT', field: 'username' });
    }
    expect(normalizeUsername('a'.repeat(40))).toHaveLength(40);
  });

  it('wants passwords of at least 12 characters, counted as characters, not bytes or UTF-16 units', () => {
    expect(codeOf(() => checkNewPassword('short-pw-11', 'initialPassword'))).toEqual({ code: 'INVALID_INPUT', field: 'initialPassword' });
    expect(checkNewPassword('twelve-chars', 'p')).toBe('twelve-chars');
    expect(codeOf(() => checkNewPassword('😀'.repeat(11), 'p'))?.code).toBe('INVALID_INPUT');
    expect(codeOf(() => checkNewPassword(' '.repeat(20), 'p'))?.code).toBe('INVALID_INPUT');
    expect(codeOf(() => checkNewPassword('x'.repeat(1025), 'p'))?.code).toBe('INVALID_INPUT');
  });

  it('trims display names and reasons and refuses empty ones', () => {
    expect(cleanDisplayName('  熊本 太郎\u0007 ')).toBe('熊本 太郎');
    expect(codeOf(() => cleanDisplayName('   '))).toEqual({ code: 'INVALID_INPUT', field: 'displayName' });
    expect(cleanReason(' 退職\n')).toBe('退職');
    expect(codeOf(() => cleanReason(''))).toEqual({ code: 'INVALID_INPUT', field: 'reason' });
  });

  it('escapes LIKE wildcards', () => {
    expect(escapeLike('a_b%c\\')).toBe('a\\_b\\%c\\\\');
  });
});
