import { canonicalPostUrl, parsePostUrl, PostUrlError } from './x-post-url';

describe('parsePostUrl', () => {
  const ID = '1860000000000000101';
  it.each([
    `https://x.com/demo_user/status/${ID}`,
    `https://twitter.com/demo_user/status/${ID}`,
    `https://mobile.twitter.com/demo_user/status/${ID}`,
    `https://www.twitter.com/demo_user/status/${ID}?s=20&t=abc`,
    `http://x.com/demo_user/status/${ID}/`,
    `https://x.com/demo_user/status/${ID}/photo/1`,
    `https://x.com/i/web/status/${ID}`,
    `https://x.com/demo_user/statuses/${ID}`,
    `x.com/demo_user/status/${ID}`,
    `  https://x.com/demo_user/status/${ID}#frag  `,
    // As pasted from Japanese text: fullwidth letters, digits and punctuation.
    `ｈｔｔｐｓ：／／ｘ．ｃｏｍ／demo_user／status／${[...ID].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('')}`,
    `HTTPS://X.COM/demo_user/status/${ID}`,
  ])('maps %s to the same post', (url) => {
    expect(parsePostUrl(url).postId).toBe(ID);
  });

  it('keeps the username when the link has one', () => {
    expect(parsePostUrl(`https://twitter.com/abc_1/status/${ID}`)).toEqual({ postId: ID, username: 'abc_1' });
    expect(parsePostUrl(`https://x.com/i/web/status/${ID}`)).toEqual({ postId: ID, username: null });
  });

  it.each([
    ['', /Enter the URL/],
    ['https://example.com/demo/status/123', /Only posts on X/],
    ['https://x.com.evil.example/demo/status/123', /Only posts on X/],
    ['javascript:alert(1)', /Only links to posts on X/],
    ['ftp://x.com/a/status/1', /Only links to posts on X/],
    ['https://x.com/demo_user', /single post/],
    ['https://x.com/demo_user/status/abc', /single post|not valid/],
    ['https://x.com/demo_user/status/000', /not valid/],
    ['https://x.com/demo user/status/1', /spaces/],
    [`https://x.com/a/status/${'9'.repeat(30)}`, /not valid/],
    [`https://x.com/${'a'.repeat(3000)}`, /too long/],
  ])('refuses %s', (url, message) => {
    expect(() => parsePostUrl(url)).toThrow(PostUrlError);
    expect(() => parsePostUrl(url)).toThrow(message);
  });

  it('builds a canonical URL', () => {
    expect(canonicalPostUrl({ postId: ID, username: 'abc' })).toBe(`https://x.com/abc/status/${ID}`);
    expect(canonicalPostUrl({ postId: ID, username: null })).toBe(`https://x.com/i/web/status/${ID}`);
  });
});
