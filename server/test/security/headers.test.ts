import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTestStack, type TestStack } from '../harness';

/**
 * HTTP security headers (helmet) and the Content-Security-Policy of the client the API serves
 * (OWASP ASVS 14.4; DESIGN §7: the client never loads an image from X's media hosts).
 */
const BUILT_CLIENT = path.resolve(__dirname, '../../../client/dist/index.html');

describe('security headers and Content-Security-Policy', () => {
  let stack: TestStack;
  let clientDir: string;

  beforeAll(async () => {
    clientDir = mkdtempSync(path.join(tmpdir(), 'pd-client-'));
    writeFileSync(
      path.join(clientDir, 'index.html'),
      '<!doctype html><html><head><script type="module" src="/assets/index.js"></script></head><body><div id="root"></div></body></html>',
    );
    stack = await startTestStack({ env: { CLIENT_DIST_DIR: clientDir } });
  });
  afterAll(async () => {
    await stack?.close();
    rmSync(clientDir, { recursive: true, force: true });
  });

  const directives = (csp: string) => Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));

  it('serves the client with a strict CSP: scripts from this origin only, images from this origin or data: only', async () => {
    const res = await fetch(`${stack.api.url}/cases/123`); // any client route
    expect(res.status).toBe(200);
    const csp = directives(res.headers.get('content-security-policy')!);
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['script-src']).toEqual(["'self'"]); // no 'unsafe-inline', no 'unsafe-eval', no remote host
    expect(csp['img-src']).toEqual(["'self'", 'data:']); // never pbs.twimg.com or any other media host
    expect(csp['media-src']).toEqual(["'none'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'none'"]);
    expect(csp['connect-src']).toEqual(["'self'"]);
    expect(csp['upgrade-insecure-requests']).toBeUndefined(); // plain-HTTP development; on behind TLS
    for (const [name, list] of Object.entries(csp)) for (const v of list) expect(`${name} ${v}`).not.toMatch(/https?:|\*/);
  });

  it('sends the other helmet headers on every response, and no X-Powered-By', async () => {
    for (const url of [`${stack.api.url}/`, `${stack.api.url}/healthz`]) {
      const res = await fetch(url);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(res.headers.get('content-security-policy')).toBeTruthy();
    }
    const gql = await fetch(`${stack.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(gql.headers.get('x-content-type-options')).toBe('nosniff');
    // No landing page that would load scripts from a third-party CDN.
    const landing = await fetch(`${stack.api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await landing.text()).not.toMatch(/cdn\.apollographql|<script/);
  });

  it('adds HSTS and upgrade-insecure-requests where cookies are Secure (behind TLS)', async () => {
    const tls = await startTestStack({ env: { COOKIE_SECURE: 'true', CLIENT_DIST_DIR: clientDir } });
    try {
      const res = await fetch(`${tls.api.url}/`);
      expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      expect(res.headers.get('content-security-policy')).toMatch(/upgrade-insecure-requests/);
    } finally {
      await tls.close();
    }
  });

  (existsSync(BUILT_CLIENT) ? it : it.skip)('the built client has no inline script and loads nothing from another origin', () => {
    const html = readFileSync(BUILT_CLIENT, 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/src="\/[^/]/); // from this origin
      expect(body.trim()).toBe(''); // no inline code
    }
    expect(html).not.toMatch(/\son[a-z]+=/i); // no inline event handlers
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});
