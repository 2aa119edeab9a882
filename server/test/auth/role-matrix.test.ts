import { randomUUID } from 'node:crypto';
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
import { buildAppSchema } from '../../src/core/graphql/schema';
import { Role } from '../../src/modules/users/role';
import { buildOrganisation, TEST_PASSWORD } from '../factories';
import { startTestStack, type GraphQLTestClient, type TestStack } from '../harness';

/** A syntactically valid value of any input type: enough to get past GraphQL validation to the auth check. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) if (isNonNullType(f.type)) out[f.name] = sample(f.type);
    return out;
  }
  switch (getNamedType(type).name) {
    case 'ID':
      return randomUUID();
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTimeISO':
      return new Date().toISOString();
    case 'JSONObject':
      return {};
    default:
      return 'x';
  }
}

function operationDocument(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const decl = required.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const query = `${kind} Probe${decl ? `(${decl})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`;
  const variables = Object.fromEntries(required.map((a) => [a.name, sample(a.type)]));
  return { query, variables };
}

describe('the role matrix, operation by operation over HTTP', () => {
  let stack: TestStack;
  let schema: GraphQLSchema;
  const clients = new Map<Role, GraphQLTestClient>();

  beforeAll(async () => {
    stack = await startTestStack();
    schema = await buildAppSchema();
    const org = await buildOrganisation(stack.db);
    const users = { OFFICER: org.officer, VOLUNTEER: org.volunteer, OFFICER_IN_CHARGE: org.officerInCharge, CHIEF: org.chief };
    for (const role of Object.values(Role)) clients.set(role, await stack.client().login(users[role].username, TEST_PASSWORD));
  });
  afterAll(() => stack?.close());

  const operations = () => [
    ...Object.values(schema.getQueryType()!.getFields()).map((f) => ({ kind: 'query' as const, field: f })),
    ...Object.values(schema.getMutationType()!.getFields()).map((f) => ({ kind: 'mutation' as const, field: f })),
  ];

  it('declares a rule for every operation of the schema, and no rule for an operation that does not exist', () => {
    const names = operations().map((o) => o.field.name).sort();
    const undeclared = names.filter((n) => !(n in ROLE_MATRIX));
    expect(undeclared).toEqual([]);
    expect(Object.keys(ROLE_MATRIX).filter((n) => !names.includes(n))).toEqual([]);
  });

  it('answers every operation × role (and anonymous) as the matrix says', async () => {
    const mismatches: string[] = [];
    // logout last: it ends the session the other probes use.
    const ops = operations().sort((a, b) => Number(a.field.name === 'logout') - Number(b.field.name === 'logout'));
    for (const { kind, field } of ops) {
      const rule = ROLE_MATRIX[field.name as keyof typeof ROLE_MATRIX];
      const { query, variables } = operationDocument(kind, field);
      const anon = await stack.client().request(query, variables);
      const anonCode = anon.errors?.[0]?.extensions?.code;
      if (rule !== PUBLIC && anonCode !== 'UNAUTHENTICATED') mismatches.push(`${field.name} anonymous → ${anonCode ?? 'ok'}`);
      if (rule === PUBLIC) continue;
      for (const role of Object.values(Role)) {
        const res = await clients.get(role)!.request(query, variables);
        expect(res.status).toBeLessThan(500);
        const code = res.errors?.[0]?.extensions?.code;
        const allowed = (rule as readonly Role[]).includes(role);
        if (allowed && (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED')) mismatches.push(`${field.name} ${role} → ${code} (should be allowed)`);
        if (!allowed && code !== 'FORBIDDEN') mismatches.push(`${field.name} ${role} → ${code ?? 'ok'} (should be FORBIDDEN)`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
