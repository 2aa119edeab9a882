import type { DataSource } from 'typeorm';
import { hashPassword } from '../core/auth/passwords';
import { ReportSource } from '../modules/cases/case-enums';
import { submitReport } from '../modules/cases/case-intake.service';
import { Unit, UnitKind } from '../modules/units/unit.entity';
import { Role } from '../modules/users/role';
import { User } from '../modules/users/user.entity';
import { DIVISION, STATIONS } from './kumamoto-units';
import { seedDemoEscalations } from '../modules/escalations/demo-escalations';

export const DEMO_PASSWORD = 'patrol-demo-2026';

export const DEMO_USERS = [
  { username: 'officer.chuo', displayName: '山田 太郎', role: Role.OFFICER, unitCode: 'ST01' },
  { username: 'officer.yatsushiro', displayName: '松本 花子', role: Role.OFFICER, unitCode: 'ST08' },
  { username: 'volunteer1', displayName: '防犯 ボランティア', role: Role.VOLUNTEER, unitCode: 'ST01' },
  { username: 'oic.tanaka', displayName: '田中 誠', role: Role.OFFICER_IN_CHARGE, unitCode: DIVISION.code },
  { username: 'chief.sato', displayName: '佐藤 浩', role: Role.CHIEF, unitCode: DIVISION.code },
] as const;

/** Posts of the X sandbox's demo set (x-sandbox/demo-data.ts) that the demo officers have already reported. */
const DEMO_REPORTS = [
  { username: 'officer.chuo', url: 'https://x.com/ren_jk2_kmm/status/2125351754265526374', note: '下通での面会の呼びかけ（JK2）' },
  { username: 'officer.chuo', url: 'https://x.com/momo_kmm_07/status/2125223156904886373?s=20', note: '熊本駅、家出・泊め先募集（高1）' },
  { username: 'officer.yatsushiro', url: 'https://twitter.com/yatsushiro_heya/status/2125531186590646376', note: '八代、未成年に宿泊場所の提供' },
];

/** Fills an empty database with the units, one user per role and a few reports. Does nothing otherwise. */
export async function seedDemoData(db: DataSource): Promise<boolean> {
  if ((await db.getRepository(Unit).count()) > 0) return false;
  const units = await db.getRepository(Unit).save([
    { code: DIVISION.code, name: DIVISION.name, kind: UnitKind.DIVISION },
    ...STATIONS.map((s) => ({ code: s.code, name: s.name, kind: UnitKind.STATION })),
  ]);
  const unitByCode = new Map(units.map((u) => [u.code, u]));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = await db.getRepository(User).save(
    DEMO_USERS.map((u) => ({
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      unitId: unitByCode.get(u.unitCode)!.id,
      passwordHash,
    })),
  );
  for (const r of DEMO_REPORTS) {
    const user = await db.getRepository(User).findOneOrFail({ where: { id: users.find((u) => u.username === r.username)!.id } });
    await submitReport(db, { user, requestId: 'demo-seed', ip: null }, { url: r.url, note: r.note, source: ReportSource.OFFICER });
  }
  await seedDemoEscalations(db);
  return true;
}
