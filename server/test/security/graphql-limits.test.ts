import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parse, print, specifiedRules, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { graphqlArmor, GRAPHQL_LIMITS } from '../../src/core/graphql/armor';
import { buildAppSchema } from '../../src/core/graphql/schema';
import { buildOrganisation, TEST_PASSWORD } from '../factories';
import { startTestStack, type GraphQLTestClient, type TestStack } from '../harness';
import { codeOf, rawPost } from './support';

/**
 * GraphQL hardening (OWASP ASVS 13.4, GraphQL Armor): depth, cost, aliases, directives and tokens
 * limited without naming the limits; introspection and field suggestions off in production; no
 * stack traces; no batching; CSRF prevention; a bounded request body; text that cannot be stored refused.
 */
const CLIENT_FEATURES = path.resolve(__dirname, '../../../client/src/features');

/** Every operation document the client exports (features/<feature>/graphql/*.ts). */
function clientDocuments(): Array<{ name: string; doc: DocumentNode }> {
  const docs: Array<{ name: string; doc: DocumentNode }> = [];
  for (const feature of readdirSync(CLIENT_FEATURES)) {
    let files: string[] = [];
    try {
      files = readdirSync(path.join(CLIENT_FEATURES, feature, 'graphql')).filter((f) => f.endsWith('.ts'));
    } catch {
      continue;
    }
    for (const file of files) {
      const mod = require(path.join(CLIENT_FEATURES, feature, 'graphql', file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        const doc = value as DocumentNode;
        if (doc?.kind === 'Document' && doc.definitions.some((d) => d.kind === 'OperationDefinition')) docs.push({ name: `${feature}/${name}`, doc });
      }
    }
  }
  return docs;
}

/** Within the depth, alias and token limits, but nested enough to cost more than GRAPHQL_LIMITS.maxCost. */
const costly = (() => {
  let inner = 'id postText';
  for (let i = 0; i < 4; i++) inner = `id reports { id note case { ${inner} } }`;
  return `{ ${Array.from({ length: 10 }, (_, i) => `q${i}: case(id: "00000000-0000-4000-8000-000000000000") { ${inner} }`).join(' ')} }`;
})();

const deepCase = (levels: number) => {
  let inner = 'id';
  for (let i = 0; i < levels; i++) inner = `reports { case { ${inner} } }`;
  return `query($id: ID!) { case(id: $id) { ${inner} } }`;
};

describe('GraphQL limits and hardening', () => {
  let stack: TestStack;
  let prod: TestStack;
  let officer: GraphQLTestClient;
  let schema: GraphQLSchema;
  const id = '00000000-0000-4000-8000-000000000000';

  beforeAll(async () => {
    schema = await buildAppSchema();
    stack = await startTestStack();
    prod = await startTestStack({ env: { NODE_ENV: 'production', MFA_ENCRYPTION_KEY: Buffer.alloc(32, 3).toString('base64') } });
    const org = await buildOrganisation(stack.db);
    officer = await stack.client().login(org.officer.username, TEST_PASSWORD);
  });
  afterAll(async () => {
    await stack?.close();
    await prod?.close();
  });

  it('has a costly probe that only the cost limit refuses', () => {
    const { validationRules } = graphqlArmor({ production: true });
    const messages = validate(schema, parse(costly, { maxTokens: GRAPHQL_LIMITS.maxTokens }), [...specifiedRules, ...validationRules]).map((e) => e.message);
    expect(messages).toEqual(['Syntax Error: Query validation error.']);
  });

  it('lets every operation of the client through the limits', () => {
    const armor = graphqlArmor({ production: true });
    const docs = clientDocuments();
    expect(docs.length).toBeGreaterThan(10);
    const refused = docs.flatMap(({ name, doc }) => {
      try {
        // Generated documents carry no source text: print() gives what the client sends.
        parse(print(doc), armor.parseOptions);
      } catch (e) {
        return [`${name}: ${(e as Error).message}`];
      }
      const errors = validate(schema, doc, [...specifiedRules, ...armor.validationRules]);
      return errors.length ? [`${name}: ${errors.map((e) => e.message).join('; ')}`] : [];
    });
    expect(refused).toEqual([]);
  });

  it.each([
    ['too deep', () => deepCase(6)],
    ['too many aliases', () => `{ ${Array.from({ length: GRAPHQL_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { id }`).join(' ')} }`],
    ['too many directives', () => `{ me { ${'id @include(if: true) '.repeat(GRAPHQL_LIMITS.maxDirectives + 1)} } }`],
    ['too costly', () => costly],
  ])('refuses a query %s, before it runs and without naming the limit', async (_what, build) => {
    const res = await officer.request(build(), { id });
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors!.map((e) => e.message).join(' ')).toMatch(/Query validation error/);
    const messages = res.errors!.map((e) => e.message).join(' ');
    expect(messages).not.toMatch(/\d|limit|max/i);
  });

  it('refuses a document with too many tokens as a parse error, without naming the limit', async () => {
    const res = await officer.request(`{ ${'__typename '.repeat(GRAPHQL_LIMITS.maxTokens + 10)} }`);
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.errors![0].message).toBe('Syntax Error: Query validation error.');
    // The parser stops at the limit: a huge document costs no more than a small one.
    expect(() => parse(`{ ${'a '.repeat(10)} }`, { maxTokens: 5 })).toThrow();
  });

  it('turns off introspection and field suggestions in production, keeps them in development', async () => {
    const introspection = `{ __schema { queryType { name } } }`;
    expect((await officer.request(introspection)).data.__schema.queryType.name).toBe('Query');
    const prodRes = await prod.client().request(introspection);
    expect(codeOf(prodRes)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(prodRes.errors![0].message).toMatch(/introspection/i);

    const typo = `{ mee { id } }`;
    expect((await stack.client().request(typo)).errors![0].message).toMatch(/Did you mean "me"/);
    const prodTypo = await prod.client().request(typo);
    expect(codeOf(prodTypo)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(prodTypo.errors![0].message).not.toMatch(/Did you mean|"me"/);
  });

  it('never sends a stack trace: not for GraphQL errors, not for requests express refuses', async () => {
    for (const target of [stack, prod]) {
      const broken = await rawPost(target.api.url, '{"query": "{ me { id } ", "variables": {}}');
      const invalidJson = await rawPost(target.api.url, '{"query": ');
      for (const res of [broken, invalidJson]) {
        expect(res.status).toBe(400);
        expect(res.text).not.toMatch(/stacktrace|\bat .+\.(js|ts):\d+|node_modules/);
        expect(res.json.errors[0].extensions.code).toMatch(/^(GRAPHQL_PARSE_FAILED|BAD_REQUEST)$/);
      }
    }
  });

  it('refuses batched requests', async () => {
    const res = await rawPost(stack.api.url, JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/batch/i);
  });

  it('refuses requests a browser could send cross-site (CSRF prevention)', async () => {
    const simple = await rawPost(stack.api.url, JSON.stringify({ query: 'mutation { logout }' }), { 'content-type': 'text/plain' });
    expect(simple.status).toBe(400);
    expect(simple.text).toMatch(/CSRF/);
    const get = await fetch(`${stack.api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
    const form = await rawPost(stack.api.url, 'query=%7B__typename%7D', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(400);
  });

  it('limits the request body to 100 kB, answering a typed error', async () => {
    const res = await rawPost(stack.api.url, JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(150_000) } }));
    expect(res.status).toBe(413);
    expect(res.json).toEqual({ errors: [{ message: 'The request is too large.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('refuses NUL characters and broken Unicode anywhere in the request', async () => {
    const url = (s: string) => ({ input: { url: `https://x.com/a/status/1${s}` } });
    const SUBMIT = `mutation($input: SubmitReportInput!) { submitReport(input: $input) { duplicate } }`;
    for (const bad of ['\u0000', '\uD800', 'a\uDC00b']) {
      const res = await officer.request(SUBMIT, url(bad));
      expect(res.status).toBe(400);
      expect(codeOf(res)).toBe('INVALID_INPUT');
    }
    const inline = await officer.request(`mutation { submitReport(input: { url: "https://x.com/a/status/1\\u0000" }) { duplicate } }`);
    expect(inline.status).toBe(400);
    expect(codeOf(inline)).toBe('INVALID_INPUT');
    // A valid surrogate pair (an emoji) is fine.
    expect(codeOf(await officer.request(SUBMIT, url('😀')))).toBe('INVALID_INPUT'); // not a post URL, but no broken text
  });
});
