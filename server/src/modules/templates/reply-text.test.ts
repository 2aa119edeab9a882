import { LARGEST_CASE_NUMBER, MAX_WEIGHTED_LENGTH, measureReply, renderTemplateBody } from './reply-text';

describe('renderTemplateBody', () => {
  it('fills {caseNumber} wherever it appears', () => {
    expect(renderTemplateBody('警察です。（整理番号{caseNumber}）', { caseNumber: 42 })).toBe('警察です。（整理番号42）');
    expect(renderTemplateBody('{caseNumber}/{caseNumber}', { caseNumber: 7 })).toBe('7/7');
  });

  it('leaves unknown placeholders and other braces as written', () => {
    expect(renderTemplateBody('{name} {caseNumber} { x }', { caseNumber: 1 })).toBe('{name} 1 { x }');
  });
});

describe('measureReply', () => {
  it('counts CJK characters as 2, as X does', () => {
    expect(measureReply('熊本')).toEqual({ weightedLength: 4, valid: true });
    expect(measureReply('abc')).toEqual({ weightedLength: 3, valid: true });
  });

  it('accepts exactly 280 weighted characters and refuses 281', () => {
    expect(measureReply('あ'.repeat(140))).toEqual({ weightedLength: 280, valid: true });
    expect(measureReply('あ'.repeat(140) + 'a')).toEqual({ weightedLength: 281, valid: false });
    expect(MAX_WEIGHTED_LENGTH).toBe(280);
  });

  it('refuses an empty text', () => {
    expect(measureReply('').valid).toBe(false);
  });

  it('is checked against a 7-digit case number', () => {
    expect(String(LARGEST_CASE_NUMBER)).toBe('9999999');
  });
});
