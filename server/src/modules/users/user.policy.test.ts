import { UnitKind } from '../units/unit.entity';
import { Role } from './role';
import { assertMayChangeRole, assertMayDeactivate, assertRoleFitsUnit, endsActiveChief, roleFitsUnit } from './user.policy';
import type { User } from './user.entity';

const division = { kind: UnitKind.DIVISION, name: '生活安全企画課' };
const station = { kind: UnitKind.STATION, name: '熊本中央警察署' };
const user = (id: string, role: Role, active = true) => ({ id, role, active }) as User;

describe('user policy', () => {
  it('gives OFFICER_IN_CHARGE and CHIEF only to members of the division (DESIGN §1)', () => {
    const table = Object.values(Role).flatMap((role) => [
      [role, UnitKind.DIVISION, roleFitsUnit(role, division)],
      [role, UnitKind.STATION, roleFitsUnit(role, station)],
    ]);
    expect(table).toEqual([
      [Role.OFFICER, UnitKind.DIVISION, true],
      [Role.OFFICER, UnitKind.STATION, true],
      [Role.VOLUNTEER, UnitKind.DIVISION, true],
      [Role.VOLUNTEER, UnitKind.STATION, true],
      [Role.OFFICER_IN_CHARGE, UnitKind.DIVISION, true],
      [Role.OFFICER_IN_CHARGE, UnitKind.STATION, false],
      [Role.CHIEF, UnitKind.DIVISION, true],
      [Role.CHIEF, UnitKind.STATION, false],
    ]);
    expect(() => assertRoleFitsUnit(Role.CHIEF, station, 'unitId')).toThrow(/熊本中央警察署 is a police station/);
  });

  it('refuses a chief deactivating or demoting themself, not another chief', () => {
    const me = user('a', Role.CHIEF);
    const other = user('b', Role.CHIEF);
    expect(() => assertMayDeactivate(me, me)).toThrow(/your own account/);
    expect(() => assertMayDeactivate(me, other)).not.toThrow();
    expect(() => assertMayChangeRole(me, me, Role.OFFICER_IN_CHARGE)).toThrow(/your own CHIEF role/);
    expect(() => assertMayChangeRole(me, me, Role.CHIEF)).not.toThrow();
    expect(() => assertMayChangeRole(me, other, Role.OFFICER)).not.toThrow();
  });

  it('knows which changes end an active chief', () => {
    expect(endsActiveChief(user('a', Role.CHIEF), { role: Role.OFFICER_IN_CHARGE, active: true })).toBe(true);
    expect(endsActiveChief(user('a', Role.CHIEF), { role: Role.CHIEF, active: false })).toBe(true);
    expect(endsActiveChief(user('a', Role.CHIEF), { role: Role.CHIEF, active: true })).toBe(false);
    expect(endsActiveChief(user('a', Role.CHIEF, false), { role: Role.OFFICER, active: false })).toBe(false);
    expect(endsActiveChief(user('a', Role.OFFICER_IN_CHARGE), { role: Role.OFFICER, active: false })).toBe(false);
  });
});
