import { createHmac, timingSafeEqual } from 'node:crypto';

/** OAuth 1.0a user-context credentials, as the X developer portal issues them. */
export interface OAuth1Credentials {
  appKey: string;
  appSecret: string;
  accessToken: string;
  accessSecret: string;
}

export type OAuth1Check = { ok: true; consumerKey: string; token: string } | { ok: false; reason: string };

const REQUIRED = ['oauth_consumer_key', 'oauth_token', 'oauth_signature_method', 'oauth_signature', 'oauth_timestamp', 'oauth_nonce'];

/** RFC 3986 percent-encoding, as RFC 5849 §3.6 requires. */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Parses `OAuth k="v", k2="v2"` into decoded key/values; null when it isn't an OAuth header. */
export function parseOAuthHeader(header: string | undefined): Record<string, string> | null {
  if (!header || !/^OAuth\s+/i.test(header)) return null;
  const params: Record<string, string> = {};
  const pair = /([A-Za-z0-9_%.-]+)="([^"]*)"/g;
  for (let m = pair.exec(header); m; m = pair.exec(header)) {
    try {
      params[decodeURIComponent(m[1]!)] = decodeURIComponent(m[2]!);
    } catch {
      return null;
    }
  }
  return params;
}

/**
 * Checks the Authorization header of a request. Without `credentials` it only checks that a
 * complete OAuth 1.0a header is present (as every X call needs); with them it also verifies
 * the keys and the HMAC-SHA1 signature over method, URL and query parameters (RFC 5849 §3.4),
 * which proves the client signed the URL it really called. JSON bodies are not part of the signature.
 */
export function checkOAuth1(
  request: { method: string; baseUrl: string; query: URLSearchParams; authorization: string | undefined },
  credentials?: OAuth1Credentials,
): OAuth1Check {
  const oauth = parseOAuthHeader(request.authorization);
  if (!oauth) return { ok: false, reason: 'no OAuth Authorization header' };
  const missing = REQUIRED.filter((k) => !oauth[k]);
  if (missing.length) return { ok: false, reason: `missing ${missing.join(', ')}` };
  if (oauth.oauth_signature_method !== 'HMAC-SHA1') return { ok: false, reason: 'unsupported signature method' };
  const consumerKey = oauth.oauth_consumer_key!;
  const token = oauth.oauth_token!;
  if (!credentials) return { ok: true, consumerKey, token };
  if (consumerKey !== credentials.appKey || token !== credentials.accessToken) {
    return { ok: false, reason: 'unknown consumer key or token' };
  }

  const pairs: Array<[string, string]> = [];
  for (const [k, v] of Object.entries(oauth)) if (k !== 'oauth_signature' && k !== 'realm') pairs.push([percentEncode(k), percentEncode(v)]);
  for (const [k, v] of request.query) pairs.push([percentEncode(k), percentEncode(v)]);
  pairs.sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const parameterString = pairs.map(([k, v]) => `${k}=${v}`).join('&');
  const baseString = [request.method.toUpperCase(), percentEncode(request.baseUrl), percentEncode(parameterString)].join('&');
  const key = `${percentEncode(credentials.appSecret)}&${percentEncode(credentials.accessSecret)}`;
  const expected = Buffer.from(createHmac('sha1', key).update(baseString).digest('base64'));
  const given = Buffer.from(oauth.oauth_signature!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, reason: 'signature mismatch' };
  }
  return { ok: true, consumerKey, token };
}
