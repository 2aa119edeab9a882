import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { PUBLIC, ROLE_MATRIX } from '../../src/core/auth/role-matrix';
import { CLIENT_ERROR_CODES } from '../../src/core/graphql/format-error';
import { buildAppSchema } from '../../src/core/graphql/schema';
import { Role } from '../../src/modules/users/role';
import { buildOrganisation, TEST_PASSWORD } from '../factories';
import { GraphQLTestClient, startTestStack, type TestStack } from '../harness';

/**
 * Generated malformed input (fast-check) against every mutation of the schema, enumerated from the
 * built schema like the role-matrix test: broken and javascript: URLs, huge strings, NUL and other
 * control characters, lone surrogates, wrong types, out-of-range numbers, missing and unknown
 * fields, invalid UTF-8 bytes, deep, aliased and directive-heavy documents. Every answer must be a
 * typed error (an extensions.code the client knows) or data — never a crash, never a 5xx — and
 * the server must keep answering (a health check after each mutation's batch).
 */
/** At least 1,000 generated requests in all, spread evenly over the mutations. */
const TOTAL_RUNS = 1_050;
const EXPECTED_CODES = new Set([...CLIENT_ERROR_CODES].filter((c) => c !== 'INTERNAL_SERVER_ERROR'));

const junkString = fc.oneof(
  fc.constantFrom(
    'javascript:alert(1)',
    'JaVaScRiPt:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'https://',
    'https://x.com/',
    'https://x.com/a/status/',
    'https://x.com/a/status/99999999999999999999999999',
    'https://x.com/a/status/-1',
    'http://[::1',
    'https://pbs.twimg.com/media/x.jpg',
    'https://ｘ.com/ａ/status/１２３',
    '//x.com/a/status/1',
    'x.com/a/status/1?s=20#frag',
    '\u0000',
    'a\u0000b',
    '\uD800',
    '\uDFFF\uD800',
    '\u202Egnp.exe',
    '\r\n\t\u0007\u001b[31m',
    "'; DROP TABLE users; --",
    '{{7*7}} ${7*7} %s%s%n',
    '../../../../etc/passwd',
    '<img src=x onerror=alert(1)>',
    '',
    '   ',
    '0',
    '-1',
    '1e309',
    'NaN',
    '00000000-0000-0000-0000-000000000000',
    'not-a-uuid',
    '2026-02-30T25:61:00Z',
    '9999-12-31T23:59:59.999Z',
    '-271821-04-20T00:00:00Z',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 2_000, max: 30_000 }).map((n) => 'あ'.repeat(n)),
  fc.integer({ min: 40_000, max: 60_000 }).map((n) => 'x'.repeat(n) + '\uD800'),
  fc.uuid().map((u) => u),
);

const wrongType = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53, Number.MAX_VALUE, -0),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  fc.constant({ __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } }),
);

/** A malformed (or occasionally valid-looking) value for a GraphQL input type. */
function valueFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 4) return wrongType;
  if (isNonNullType(type)) return fc.oneof({ weight: 6, arbitrary: valueFor(type.ofType, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  if (isListType(type)) {
    return fc.oneof(
      fc.array(valueFor(type.ofType, depth + 1), { maxLength: 4 }),
      fc.integer({ min: 1_000, max: 3_000 }).map((n) => Array.from({ length: n }, (_, i) => String(i))),
      wrongType,
    );
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const record = fc.record(Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, depth + 1)])), { requiredKeys: [] });
    return fc.oneof(
      { weight: 4, arbitrary: record },
      { weight: 1, arbitrary: record.map((r) => ({ ...r, unknownField: 'x', __proto__: { admin: true } })) },
      { weight: 1, arbitrary: wrongType },
    );
  }
  if (isEnumType(type)) {
    return fc.oneof(fc.constantFrom(...type.getValues().map((v) => v.value)), fc.constantFrom('NOT_A_VALUE', 'chief', ''), wrongType);
  }
  switch (getNamedType(type).name) {
    case 'Int':
    case 'Float':
      return fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2 ** 31, -(2 ** 31) - 1, 1e308, 0.5), junkString, wrongType);
    case 'Boolean':
      return fc.oneof(fc.boolean(), junkString, wrongType);
    default:
      return fc.oneof({ weight: 5, arbitrary: junkString }, { weight: 1, arbitrary: wrongType });
  }
}

function documentFor(field: GraphQLField<unknown, unknown>): string {
  const decl = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `mutation Fuzz${decl ? `(${decl})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`;
}

/** Documents that attack the parser and validator rather than the arguments. */
const hostileDocument = (mutation: string) =>
  fc.oneof(
    fc.integer({ min: 20, max: 200 }).map((n) => `mutation { ${'a: '.repeat(0)}${Array.from({ length: n }, (_, i) => `m${i}: ${mutation}`).join(' ')} }`),
    fc.integer({ min: 20, max: 400 }).map((n) => `mutation { ${mutation} ${'@skip(if: false) '.repeat(n)} }`),
    fc.integer({ min: 30, max: 3_000 }).map((n) => `${'{ me '.repeat(n)}${'}'.repeat(n)}`),
    fc.integer({ min: 30, max: 500 }).map((n) => `query { case(id: "x") { ${'reports { case { '.repeat(n)} id ${'} } '.repeat(n)} } }`),
    fc.string({ maxLength: 200 }),
    fc.constantFrom('', '{', 'mutation {', 'subscription { x }', 'fragment F on Query { ...F } query { ...F }', '{ __schema { types { name } } }'),
  );

describe('generated malformed input against every mutation', () => {
  let stack: TestStack;
  let schema: GraphQLSchema;
  const clients = new Map<Role | 'ANONYMOUS', GraphQLTestClient>();
  const logins = new Map<Role, string>();
  let sent = 0;
  const violations: string[] = [];

  beforeAll(async () => {
    stack = await startTestStack({
      env: {
        RATE_LIMIT_LOGIN_PER_IP: '100000',
        RATE_LIMIT_LOGIN_PER_USERNAME: '100000',
        RATE_LIMIT_MUTATIONS_PER_USER: '100000',
        RATE_LIMIT_MUTATIONS_PER_IP: '100000',
        LOGIN_LOCKOUT_ATTEMPTS: '100000',
      },
    });
    schema = await buildAppSchema();
    const org = await buildOrganisation(stack.db);
    logins.set(Role.OFFICER, org.officer.username);
    logins.set(Role.VOLUNTEER, org.volunteer.username);
    logins.set(Role.OFFICER_IN_CHARGE, org.officerInCharge.username);
    logins.set(Role.CHIEF, org.chief.username);
    clients.set('ANONYMOUS', stack.client());
  });
  afterAll(() => stack?.close());

  const pendingLogins = new Map<Role, Promise<GraphQLTestClient>>();
  const clientFor = async (role: Role | 'ANONYMOUS') => {
    if (clients.has(role)) return clients.get(role)!;
    const r = role as Role;
    if (!pendingLogins.has(r)) pendingLogins.set(r, stack.client().login(logins.get(r)!, TEST_PASSWORD));
    const client = await pendingLogins.get(r)!;
    pendingLogins.delete(r);
    clients.set(r, client);
    return client;
  };

  /** Sends one request; records what breaks the contract. */
  async function probe(role: Role | 'ANONYMOUS', label: string, body: string | Uint8Array) {
    const client = await clientFor(role);
    sent += 1;
    const res = await fetch(`${stack.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(client.sessionCookie ? { cookie: client.sessionCookie } : {}) },
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });
    const text = await res.text();
    let json: { data?: unknown; errors?: { extensions?: { code?: string } }[] } | null = null;
    try {
      json = JSON.parse(text);
    } catch {
      violations.push(`${label}: HTTP ${res.status}, not JSON: ${text.slice(0, 120)}`);
      return;
    }
    if (res.status >= 500) violations.push(`${label}: HTTP ${res.status} ${text.slice(0, 200)}`);
    if (!json?.errors && json?.data === undefined) violations.push(`${label}: neither data nor errors`);
    for (const e of (json?.errors ?? []) as { message?: string; path?: unknown; extensions?: { code?: string } }[]) {
      if (!EXPECTED_CODES.has(String(e.extensions?.code))) {
        violations.push(`${label}: code ${e.extensions?.code} at ${JSON.stringify(e.path)} (request ${String(body).slice(0, 160)})`);
      }
    }
    if (/\bat .+\.(js|ts):\d+|stacktrace/.test(text)) violations.push(`${label}: stack trace in the answer`);
    // Logging out (or ending all one's sessions) is a legitimate outcome: log in again for the next probe.
    if (role !== 'ANONYMOUS' && json?.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) clients.delete(role);
  }

  async function assertHealthy(label: string) {
    const health = await fetch(`${stack.api.url}/healthz`);
    if (health.status !== 200) violations.push(`${label}: /healthz answered ${health.status}`);
    const ping = await stack.client().request(`{ __typename }`);
    if (ping.data?.__typename !== 'Query') violations.push(`${label}: GraphQL stopped answering`);
  }

  it('answers every malformed request with a typed error, never a 5xx, and keeps answering', async () => {
    const mutations = Object.values(schema.getMutationType()!.getFields());
    expect(mutations.length).toBeGreaterThan(30);
    for (const field of mutations) {
      const rule = ROLE_MATRIX[field.name as keyof typeof ROLE_MATRIX];
      const roles = rule === PUBLIC ? [] : (rule as readonly Role[]);
      const role: Role | 'ANONYMOUS' = rule === PUBLIC ? 'ANONYMOUS' : roles.includes(Role.CHIEF) ? Role.CHIEF : roles[0];
      const query = documentFor(field);
      const variables = fc.record(Object.fromEntries(field.args.map((a) => [a.name, valueFor(a.type)])), { requiredKeys: [] });
      const request = fc.oneof(
        { weight: 8, arbitrary: variables.map((v) => JSON.stringify({ query, variables: v })) },
        { weight: 1, arbitrary: hostileDocument(field.name).map((q) => JSON.stringify({ query: q })) },
        { weight: 1, arbitrary: fc.constantFrom(
          JSON.stringify({ query, variables: 'not an object' }),
          JSON.stringify({ query, variables: [1, 2] }),
          JSON.stringify({ query: 42 }),
          JSON.stringify({ query, operationName: 'Nope' }),
          '{"query": "mutation {", ',
          'null',
        ) },
      );
      const bodies = fc.sample(request, { numRuns: Math.ceil(TOTAL_RUNS / mutations.length), seed: 20_26 + field.name.length });
      // A few at a time, as concurrent clients would send them.
      for (let i = 0; i < bodies.length; i += 6) await Promise.all(bodies.slice(i, i + 6).map((body) => probe(role, field.name, body)));
      // Bytes that are not UTF-8, inside an otherwise well-formed request.
      await probe(role, `${field.name} (invalid UTF-8)`, Buffer.concat([Buffer.from(`{"query": ${JSON.stringify(query)}, "variables": {"x": "`), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]), Buffer.from('"}}')]));
      await assertHealthy(field.name);
    }
    expect(violations).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(1_000);
  }, 180_000);
});
