import { SEED_REPLY_TEMPLATES } from '../../../../migrations/1764500000000-ReplyTemplates';
import { Audience, Category } from '../cases/case-enums';
import { templateKey } from './reply-template.entity';
import { LARGEST_CASE_NUMBER, measureReply, renderTemplateBody } from './reply-text';
import { lintTemplateBody } from './template-lint';

/** The defaults the migration installs are held to the same rules as the chief's edits. */
describe('seeded reply templates', () => {
  const byKey = new Map(SEED_REPLY_TEMPLATES.map((s) => [templateKey(s.audience as Audience, s.category as Category | null), s.body]));

  it('use only real audiences and categories, one text per key', () => {
    expect(byKey.size).toBe(SEED_REPLY_TEMPLATES.length);
    for (const seed of SEED_REPLY_TEMPLATES) {
      expect(Object.values(Audience)).toContain(seed.audience);
      if (seed.category !== null) expect(Object.values(Category)).toContain(seed.category);
    }
  });

  it('include a default for each audience, so every case has a text', () => {
    expect(byKey.has('CHILD:DEFAULT')).toBe(true);
    expect(byKey.has('ADULT:DEFAULT')).toBe(true);
  });

  it.each(SEED_REPLY_TEMPLATES.map((s) => [templateKey(s.audience as Audience, s.category as Category | null), s.body]))(
    '%s passes the template lint and fits X with a 7-digit case number',
    (_key, body) => {
      expect(lintTemplateBody(body)).toEqual([]);
      const rendered = renderTemplateBody(body, { caseNumber: LARGEST_CASE_NUMBER });
      expect(measureReply(rendered)).toEqual({ weightedLength: expect.any(Number), valid: true });
      expect(measureReply(rendered).weightedLength).toBeLessThanOrEqual(280);
    },
  );

  it.each(SEED_REPLY_TEMPLATES.map((s) => [s.body]))('opens by naming the sender and ends with the case number: %s', (body) => {
    expect(body.startsWith('熊本県警察本部生活安全企画課です。')).toBe(true);
    expect(body.endsWith('（整理番号{caseNumber}）')).toBe(true);
  });

  it('alerts a child to the harm and where to get help', () => {
    const body = byKey.get('CHILD:DEFAULT')!;
    expect(body).toContain('児童買春などの犯罪被害');
    expect(body).toContain('誘拐');
    expect(body).toContain('少年サポートセンター');
  });

  it('warns an adult that consent does not matter', () => {
    expect(byKey.get('ADULT:DEFAULT')).toMatch(/同意があっても処罰/);
  });

  it('warns an adult offering lodging about abduction of a minor', () => {
    expect(byKey.get('ADULT:C2_LODGING')).toMatch(/同意があっても未成年者誘拐罪/);
  });

  it('warns an adult about abuse material for trade and production', () => {
    expect(byKey.get('ADULT:C4_CSAM_TRADE')).toMatch(/児童ポルノを製造・販売・提供.*所持/);
    expect(byKey.get('ADULT:C5_CSAM_PRODUCTION')).toMatch(/児童ポルノ.*製造・提供/);
  });

  it('never speaks to a child in the words of a warning to an adult', () => {
    for (const [key, body] of byKey) if (key.startsWith('CHILD:')) expect(body).not.toMatch(/直ちにやめて/);
  });
});
