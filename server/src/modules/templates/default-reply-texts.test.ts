import { parseTweet } from 'twitter-text';
import { Audience, Category } from '../cases/case-enums';
import { defaultReplyText } from './default-reply-texts';

describe('default reply texts', () => {
  const variants = [
    defaultReplyText(Audience.CHILD, [Category.C1_SEX_OR_MEETING], 123456),
    defaultReplyText(Audience.ADULT, [Category.C1_SEX_OR_MEETING], 123456),
    defaultReplyText(Audience.ADULT, [Category.C2_LODGING], 9999999),
  ];

  it.each(variants)('fits X weighted length: %s', (text) => {
    const parsed = parseTweet(text);
    expect(parsed.valid).toBe(true);
    expect(parsed.weightedLength).toBeLessThanOrEqual(280);
  });

  it.each(variants)('names the sender and carries no hashtag: %s', (text) => {
    expect(text.startsWith('熊本県警察本部生活安全企画課です。')).toBe(true);
    expect(text).not.toMatch(/[#＃]/);
  });

  it('differs per case, since X refuses duplicate texts', () => {
    const a = defaultReplyText(Audience.CHILD, [Category.C1_SEX_OR_MEETING], 1);
    const b = defaultReplyText(Audience.CHILD, [Category.C1_SEX_OR_MEETING], 2);
    expect(a).not.toBe(b);
    expect(b.endsWith('（整理番号2）')).toBe(true);
  });

  it('speaks to a child with an alert and to an adult with a warning', () => {
    expect(variants[0]).toContain('犯罪被害');
    expect(variants[1]).toContain('処罰');
    expect(variants[2]).toContain('未成年者誘拐');
  });
});
