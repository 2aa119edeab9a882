import { AuditEvent } from '../../src/modules/audit/audit-event.entity';
import { Unit, UnitKind } from '../../src/modules/units/unit.entity';
import { buildOrganisation, TEST_PASSWORD } from '../factories';
import { startTestStack, type GraphQLTestClient, type TestStack } from '../harness';

const UNITS = `{ units { id code name kind version } }`;
const CREATE = `mutation($code: String!, $name: String!, $kind: UnitKind!) { createUnit(code: $code, name: $name, kind: $kind) { id code name kind version } }`;
const UPDATE = `mutation($id: ID!, $name: String!, $v: Int) { updateUnit(id: $id, name: $name, expectedVersion: $v) { id name version } }`;

describe('units (実施所属), managed by the chief', () => {
  let stack: TestStack;
  let org: Awaited<ReturnType<typeof buildOrganisation>>;
  let chief: GraphQLTestClient;
  const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    stack = await startTestStack();
    org = await buildOrganisation(stack.db);
    chief = await stack.client().login(org.chief.username, TEST_PASSWORD);
  });
  afterAll(() => stack?.close());

  it('lists every unit, the division first, to every staff role but not to volunteers', async () => {
    for (const user of [org.officer, org.officerInCharge, org.chief]) {
      const client = await stack.client().login(user.username, TEST_PASSWORD);
      const { units } = await client.ok(UNITS);
      expect(units[0]).toMatchObject({ id: org.division.id, kind: 'DIVISION', version: 1 });
      expect(units.map((u: { id: string }) => u.id).sort()).toEqual([org.division.id, org.station.id, org.otherStation.id].sort());
    }
    const volunteer = await stack.client().login(org.volunteer.username, TEST_PASSWORD);
    expect(codeOf(await volunteer.request(UNITS))).toBe('FORBIDDEN');
  });

  it('creates a police station, normalising its code, and audits it', async () => {
    const { createUnit } = await chief.ok(CREATE, { code: ' st24 ', name: ' 熊本西警察署 ', kind: 'STATION' });
    expect(createUnit).toMatchObject({ code: 'ST24', name: '熊本西警察署', kind: 'STATION', version: 1 });
    const [event] = await stack.db.getRepository(AuditEvent).findBy({ objectId: createUnit.id });
    expect(event).toMatchObject({ action: 'unit.CREATE', actorId: org.chief.id, after: { code: 'ST24', name: '熊本西警察署', kind: 'STATION' } });

    const dup = await chief.request(CREATE, { code: 'ST24', name: '別の署', kind: 'STATION' });
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'code' });
    expect(dup.errors?.[0].message).toMatch(/"ST24" is already used/);
    const badCode = await chief.request(CREATE, { code: '署', name: 'x', kind: 'STATION' });
    expect(badCode.errors?.[0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'code' });
  });

  it('refuses a second division with a clear CONFLICT', async () => {
    const res = await chief.request(CREATE, { code: 'HQ-2', name: '第二生活安全企画課', kind: 'DIVISION' });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'kind' });
    expect(res.errors?.[0].message).toMatch(/already a division unit \(生活安全企画課\).*exactly one/);
    expect(await stack.db.getRepository(Unit).countBy({ kind: UnitKind.DIVISION })).toBe(1);
    // The database refuses it too, whoever asks.
    await expect(stack.db.query(`INSERT INTO units (code, name, kind) VALUES ('HQ-3', 'x', 'DIVISION')`)).rejects.toThrow(
      /units_one_division_idx/,
    );
  });

  it('renames a unit with optimistic locking', async () => {
    const { updateUnit } = await chief.ok(UPDATE, { id: org.otherStation.id, name: '八代警察署（新庁舎）', v: 1 });
    expect(updateUnit).toMatchObject({ name: '八代警察署（新庁舎）', version: 2 });
    const stale = await chief.request(UPDATE, { id: org.otherStation.id, name: '古い名前', v: 1 });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    // Without expectedVersion the change is applied (last writer wins, deliberately).
    expect((await chief.ok(UPDATE, { id: org.otherStation.id, name: '八代警察署' })).updateUnit.version).toBe(3);

    const events = await stack.db.getRepository(AuditEvent).find({ where: { objectId: org.otherStation.id }, order: { id: 'ASC' } });
    expect(events.map((e) => [e.action, (e.before as { name: string }).name, (e.after as { name: string }).name])).toEqual([
      ['unit.UPDATE', '八代警察署', '八代警察署（新庁舎）'],
      ['unit.UPDATE', '八代警察署（新庁舎）', '八代警察署'],
    ]);
    expect(codeOf(await chief.request(UPDATE, { id: '00000000-0000-4000-8000-000000000000', name: 'x' }))).toBe('NOT_FOUND');
    expect((await chief.request(UPDATE, { id: org.station.id, name: '   ' })).errors?.[0].extensions).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'name',
    });
  });

  it('refuses createUnit and updateUnit to everyone but the chief', async () => {
    for (const user of [org.officerInCharge, org.officer, org.volunteer]) {
      const client = await stack.client().login(user.username, TEST_PASSWORD);
      expect(codeOf(await client.request(CREATE, { code: `X-${user.role}`, name: 'x', kind: 'STATION' }))).toBe('FORBIDDEN');
      expect(codeOf(await client.request(UPDATE, { id: org.station.id, name: 'x' }))).toBe('FORBIDDEN');
    }
    expect(await stack.db.getRepository(Unit).findOneByOrFail({ id: org.station.id })).toMatchObject({ name: org.station.name, version: 1 });
  });
});
