import COMMON_PASSWORDS from './common-passwords.json';
import { isCommonPassword, passwordProblems } from './password-policy';

describe('password policy (ASVS 2.1, CJIS §5.6.2.1.1)', () => {
  it('ships the 10,000 most common passwords, in rank order', () => {
    const list = COMMON_PASSWORDS as string[];
    expect(list).toHaveLength(10_000);
    expect(new Set(list).size).toBe(10_000);
    expect(list.slice(0, 4)).toEqual(['123456', 'password', '12345678', 'qwerty']);
  });

  it('wants at least 12 characters, counted as characters', () => {
    expect(passwordProblems('short-pw-11')).toEqual(['TOO_SHORT']);
    expect(passwordProblems('😀'.repeat(11))).toEqual(['TOO_SHORT']);
    expect(passwordProblems('😀'.repeat(12))).toEqual(['COMMON']); // one character repeated
    expect(passwordProblems('熊本県警察生活安全企画課')).toEqual([]);
    expect(passwordProblems('x'.repeat(1025))).toEqual(['TOO_LONG']);
    expect(passwordProblems(' '.repeat(20))).toEqual(['BLANK']);
  });

  it.each([
    ['a listed password of 12+ characters', '1qaz2wsx3edc'],
    ['a listed one in other case', 'QAZWSXEDCRFV'],
    ['a listed password with digits added', 'password2026'],
    ['a listed password with separators and symbols', 'Dragon-1234-!!'],
    ['digits in a row', '123456789012'],
    ['one character repeated', 'aaaaaaaaaaaa'],
    ['letters in a row', 'abcdefghijkl'],
    ['words naming the service or the police', 'Kumamoto-Police-1'],
    ['the service name repeated', 'patroldeskpatroldesk'],
  ])('refuses %s', (_what, password) => {
    expect(passwordProblems(password)).toContain('COMMON');
  });

  it('accepts long phrases and random strings, whatever their composition', () => {
    for (const ok of ['correct-horse-battery-9', 'patrol-demo-2026', 'ひごっこサポート二〇二六', 'u8#Lq2!vZ0@rT', '8273645192837465']) {
      expect(isCommonPassword(ok)).toBe(false);
      expect(passwordProblems(ok)).toEqual([]);
    }
  });

  it('refuses a password containing the username', () => {
    expect(passwordProblems('k.tanaka-secret-2026', { username: 'k.tanaka' })).toEqual(['CONTAINS_USERNAME']);
    expect(passwordProblems('K.TANAKA-secret-2026', { username: 'k.tanaka' })).toEqual(['CONTAINS_USERNAME']);
  });
});
