import { AppError } from '../../core/errors/errors';
import {
  assertValidTemplateBody,
  isAllowedUrl,
  lintTemplateBody,
  parseUrlAllowList,
  SOLICITATION_TERMS,
  type TemplateProblemCode,
} from './template-lint';
import { measureReply } from './reply-text';

const OK = '熊本県警察本部生活安全企画課です。このような投稿は直ちにやめてください。（整理番号{caseNumber}）';
const codes = (body: string, opts?: Parameters<typeof lintTemplateBody>[1]): TemplateProblemCode[] =>
  lintTemplateBody(body, opts).map((p) => p.code);

describe('lintTemplateBody', () => {
  it('accepts a plain Japanese reply with {caseNumber}', () => {
    expect(lintTemplateBody(OK)).toEqual([]);
  });

  it('refuses an empty body', () => {
    expect(codes('   ')).toEqual(['EMPTY', 'MISSING_CASE_NUMBER']);
  });

  describe('{caseNumber}', () => {
    it('is required', () => {
      const problems = lintTemplateBody('熊本県警察本部生活安全企画課です。');
      expect(problems).toEqual([expect.objectContaining({ code: 'MISSING_CASE_NUMBER', message: expect.stringMatching(/duplicate|repeats/) })]);
    });

    it('says so when written with full-width braces', () => {
      const [problem] = lintTemplateBody('警察です。（整理番号｛caseNumber｝）');
      expect(problem).toMatchObject({ code: 'MISSING_CASE_NUMBER', message: expect.stringMatching(/half-width/) });
    });

    it('refuses unknown placeholders, each named once', () => {
      const problems = lintTemplateBody(`${OK}{name}{casenumber}{name}`);
      expect(problems.map((p) => [p.code, p.term])).toEqual([
        ['UNKNOWN_PLACEHOLDER', '{name}'],
        ['UNKNOWN_PLACEHOLDER', '{casenumber}'],
      ]);
    });

    it('refuses unmatched braces', () => {
      expect(codes(`${OK}{`)).toEqual(['STRAY_BRACE']);
      expect(codes(`}${OK}`)).toEqual(['STRAY_BRACE']);
    });
  });

  describe("X's weighted limit", () => {
    // Pad OK so that, rendered with the 7-digit number 9999999, it lands exactly on the limit.
    // The raw body is 5 longer ("{caseNumber}" is 12 characters): measuring the raw text would
    // refuse the first body, and rendering with a shorter number would accept the second.
    const room = 280 - measureReply(OK.replace('{caseNumber}', '9999999')).weightedLength;

    it('accepts a body that reaches exactly 280 with a 7-digit case number', () => {
      expect(room).toBeGreaterThan(5);
      expect(codes('a'.repeat(room) + OK)).toEqual([]);
    });

    it('refuses one character more, saying by how much to shorten', () => {
      const [problem] = lintTemplateBody('a'.repeat(room + 1) + OK);
      expect(problem).toMatchObject({ code: 'TOO_LONG', message: expect.stringContaining('281 of X') });
      expect(problem.message).toMatch(/at least 1 /);
    });

    it('counts Japanese characters double', () => {
      expect(codes('あ'.repeat(Math.ceil(room / 2)) + OK)).toEqual(room % 2 === 0 ? [] : ['TOO_LONG']);
      expect(codes('あ'.repeat(Math.floor(room / 2) + 1) + OK)).toEqual(['TOO_LONG']);
    });

    it('refuses characters X does not accept', () => {
      expect(codes(`${OK}\uFFFE`)).toEqual(['INVALID_CHARACTERS']);
    });
  });

  describe('hashtags', () => {
    it.each(['#熊本', '＃熊本', '# 熊本', '整理番号#'])('refuses %s', (tag) => {
      expect(codes(OK + tag)).toEqual(['HASHTAG']);
    });

    it('names the hashtags it found', () => {
      const [problem] = lintTemplateBody(`${OK}＃熊本県警`);
      expect(problem.message).toContain('#熊本県警');
      expect(problem.message).toMatch(/suspended/);
    });
  });

  describe('solicitation slang', () => {
    it.each(SOLICITATION_TERMS.map((t) => [t]))('refuses %s', (term) => {
      const problems = lintTemplateBody(`熊本県警察本部生活安全企画課です。${term}は犯罪につながります。（整理番号{caseNumber}）`);
      expect(problems).toEqual([expect.objectContaining({ code: 'SOLICITATION_TERM' })]);
    });

    it.each(['Ｐ活', 'p活', 'ﾊﾟﾊﾟ活', 'パ\u200Bパ活', 'ﾎ別'])('sees through the variant %s', (variant) => {
      expect(codes(`${OK}${variant}`)).toEqual(['SOLICITATION_TERM']);
    });

    it('lists every term found, each with its own message', () => {
      const problems = lintTemplateBody(`${OK}援助交際やパパ活、神待ち`);
      expect(problems.map((p) => p.term)).toEqual(expect.arrayContaining(['援助交際', 'パパ活', '神待ち']));
      // 援交 is not inside 援助交際: three distinct terms, three problems.
      expect(problems).toHaveLength(3);
      expect(new Set(problems.map((p) => p.message)).size).toBe(3);
    });

    it('does not flag the police vocabulary used in real replies', () => {
      expect(codes('熊本県警察本部生活安全企画課です。家出中の未成年者を泊めることや児童買春は処罰されます。少年サポートセンターに相談を。（整理番号{caseNumber}）')).toEqual([]);
    });
  });

  describe('links', () => {
    it.each(['https://example.com/a', 'http://example.com', 'www.example.com', 'example.jp/x', '詳しくはhttps://example.com/xを'])(
      'refuses %s when nothing is allowed',
      (link) => {
        const problems = lintTemplateBody(OK + link);
        expect(problems.map((p) => p.code)).toEqual(['URL_NOT_ALLOWED']);
        expect(problems[0].message).toMatch(/allow-list/);
      },
    );

    const allow = { allowedUrlPrefixes: ['https://www.pref.kumamoto.jp/soudan/'] };

    it('accepts a link under an allowed prefix, with or without the scheme', () => {
      expect(codes(`${OK} https://www.pref.kumamoto.jp/soudan/index.html`, allow)).toEqual([]);
      expect(codes(`${OK} www.pref.kumamoto.jp/soudan/`, allow)).toEqual([]);
    });

    it('refuses links outside the allowed prefix, naming what is allowed', () => {
      const problems = lintTemplateBody(`${OK} https://www.pref.kumamoto.jp/other/ http://www.pref.kumamoto.jp/soudan/`, allow);
      expect(problems.map((p) => p.term)).toEqual(['https://www.pref.kumamoto.jp/other/', 'http://www.pref.kumamoto.jp/soudan/']);
      expect(problems[0].message).toContain('https://www.pref.kumamoto.jp/soudan/');
    });
  });

  describe('mentions', () => {
    it.each(['@kumamoto_pol', '＠kumamoto_pol', '連絡は@abcへ'])('refuses %s', (mention) => {
      expect(codes(OK + ' ' + mention)).toEqual(['MENTION']);
    });
  });

  it('reports every problem at once', () => {
    const all = lintTemplateBody('#パパ活 @someone https://example.com {name}');
    expect(all.map((p) => p.code).sort()).toEqual(
      ['HASHTAG', 'MENTION', 'MISSING_CASE_NUMBER', 'SOLICITATION_TERM', 'UNKNOWN_PLACEHOLDER', 'URL_NOT_ALLOWED'].sort(),
    );
  });
});

describe('assertValidTemplateBody', () => {
  it('passes a valid body', () => {
    expect(() => assertValidTemplateBody(OK)).not.toThrow();
  });

  it('throws one INVALID_INPUT with the problems array', () => {
    let thrown: unknown;
    try {
      assertValidTemplateBody('#熊本 パパ活');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(AppError);
    const err = thrown as AppError;
    expect(err.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'body' });
    expect((err.extensions.problems as { code: string }[]).map((p) => p.code)).toEqual([
      'MISSING_CASE_NUMBER',
      'HASHTAG',
      'SOLICITATION_TERM',
    ]);
    expect(err.message).toMatch(/^The reply text has 3 problems: /);
  });
});

describe('URL allow-list', () => {
  it('parses comma- or space-separated https prefixes; empty means none', () => {
    expect(parseUrlAllowList(undefined)).toEqual([]);
    expect(parseUrlAllowList('')).toEqual([]);
    expect(parseUrlAllowList('https://a.jp/x/, https://b.jp/')).toEqual(['https://a.jp/x/', 'https://b.jp/']);
  });

  it('refuses anything but https URLs, listing each', () => {
    expect(() => parseUrlAllowList('http://a.jp/, nonsense, https://ok.jp/')).toThrow('http://a.jp/, nonsense');
  });

  it('matches host exactly and path by prefix', () => {
    const allowed = ['https://www.pref.kumamoto.jp/soudan/'];
    expect(isAllowedUrl('https://www.pref.kumamoto.jp/soudan/a', allowed)).toBe(true);
    expect(isAllowedUrl('https://WWW.PREF.KUMAMOTO.JP/soudan/', allowed)).toBe(true);
    expect(isAllowedUrl('https://www.pref.kumamoto.jp.evil.example/soudan/', allowed)).toBe(false);
    expect(isAllowedUrl('https://www.pref.kumamoto.jp/', allowed)).toBe(false);
    expect(isAllowedUrl('https://www.pref.kumamoto.jp/soudan/', [])).toBe(false);
  });
});
