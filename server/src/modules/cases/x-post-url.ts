/**
 * Turns whatever an officer pasted into the numeric ID of an X post, so every URL form of one post
 * maps to one case: x.com, twitter.com, mobile.twitter.com, with or without www, scheme, query
 * strings, fragments, trailing slashes, /photo/1 suffixes, /i/web/status/ links and fullwidth
 * characters copied from Japanese text.
 */
export type ParsedPostUrl = { postId: string; username: string | null };

const X_HOSTS = new Set(['x.com', 'twitter.com', 'mobile.twitter.com', 'mobile.x.com', 'm.twitter.com']);
const MAX_URL_LENGTH = 2048;
const USERNAME = /^[A-Za-z0-9_]{1,15}$/;
const POST_ID = /^[0-9]{1,20}$/;

export class PostUrlError extends Error {}

export function parsePostUrl(input: string): ParsedPostUrl {
  if (typeof input !== 'string') throw new PostUrlError('The URL must be text.');
  // NFKC folds fullwidth letters, digits and punctuation (ｈｔｔｐｓ：／／ｘ．ｃｏｍ) to ASCII.
  let text = input.normalize('NFKC').trim();
  if (text.length === 0) throw new PostUrlError('Enter the URL of the post on X.');
  if (text.length > MAX_URL_LENGTH) throw new PostUrlError('The URL is too long to be a link to a post on X.');
  if (/[\u0000-\u001f\u007f\s]/.test(text)) throw new PostUrlError('The URL contains spaces or control characters.');
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) text = `https://${text}`;

  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new PostUrlError('This is not a valid URL.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new PostUrlError('Only links to posts on X (https://x.com/...) are accepted.');
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  if (!X_HOSTS.has(host)) {
    throw new PostUrlError('Only posts on X (x.com or twitter.com) can be reported.');
  }
  const parts = url.pathname.split('/').filter((p) => p.length > 0);
  // /{user}/status/{id}[/...], /{user}/statuses/{id}, /i/web/status/{id}, /i/status/{id}
  let username: string | null = null;
  let id: string | undefined;
  if (parts[0] === 'i' && parts[1] === 'web' && parts[2] === 'status') id = parts[3];
  else if (parts[0] === 'i' && parts[1] === 'status') id = parts[2];
  else if (parts.length >= 3 && (parts[1] === 'status' || parts[1] === 'statuses') && USERNAME.test(parts[0])) {
    username = parts[0];
    id = parts[2];
  }
  if (!id) throw new PostUrlError('This X link does not point to a single post (…/status/<number>).');
  if (!POST_ID.test(id) || /^0+$/.test(id)) throw new PostUrlError('The post number in the link is not valid.');
  return { postId: id.replace(/^0+/, ''), username };
}

/** The canonical link stored on the case. */
export function canonicalPostUrl(p: ParsedPostUrl): string {
  return p.username ? `https://x.com/${p.username}/status/${p.postId}` : `https://x.com/i/web/status/${p.postId}`;
}
