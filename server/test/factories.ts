import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../src/core/auth/passwords';
import { CaseStatus } from '../src/modules/cases/case-enums';
import { Case } from '../src/modules/cases/case.entity';
import { Unit, UnitKind } from '../src/modules/units/unit.entity';
import { Role } from '../src/modules/users/role';
import { User } from '../src/modules/users/user.entity';

export const TEST_PASSWORD = 'correct-horse-battery-9';
let cachedHash: Promise<string> | undefined;
const uniq = () => randomBytes(4).toString('hex');

export function buildUnit(db: DataSource, overrides: Partial<Unit> = {}): Promise<Unit> {
  return db.getRepository(Unit).save({
    code: `U-${uniq()}`,
    name: `テスト警察署${uniq()}`,
    kind: UnitKind.STATION,
    ...overrides,
  });
}

/** A user with TEST_PASSWORD (hashed once per file to keep tests fast). */
export async function buildUser(db: DataSource, overrides: Partial<User> & { role: Role; unit: Unit }): Promise<User> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const { unit, ...rest } = overrides;
  return db.getRepository(User).save({
    username: `user.${uniq()}`,
    displayName: 'テスト 利用者',
    passwordHash: await cachedHash,
    unitId: unit.id,
    ...rest,
  });
}

/** The division, a station, and one user per role. */
export async function buildOrganisation(db: DataSource) {
  const division = await buildUnit(db, { kind: UnitKind.DIVISION, name: '生活安全企画課' });
  const station = await buildUnit(db, { name: '熊本中央警察署' });
  const otherStation = await buildUnit(db, { name: '八代警察署' });
  return {
    division,
    station,
    otherStation,
    officer: await buildUser(db, { role: Role.OFFICER, unit: station }),
    otherOfficer: await buildUser(db, { role: Role.OFFICER, unit: otherStation }),
    volunteer: await buildUser(db, { role: Role.VOLUNTEER, unit: station }),
    officerInCharge: await buildUser(db, { role: Role.OFFICER_IN_CHARGE, unit: division }),
    chief: await buildUser(db, { role: Role.CHIEF, unit: division }),
  };
}

/** A case put directly into any status, for tests of the state table (bypasses the workflow on purpose). */
export async function buildCase(
  db: DataSource,
  overrides: Partial<Case> & { status: CaseStatus },
): Promise<Case> {
  const postId = String(1_900_000_000_000_000_000n + BigInt(Math.floor(Math.random() * 1e15)));
  const repo = db.getRepository(Case);
  const saved = await repo.save(
    repo.create({
      postId,
      postUrl: `https://x.com/i/web/status/${postId}`,
      firstReportedAt: new Date(),
      categories: [],
      ...overrides,
    }),
  );
  return repo.findOneByOrFail({ id: saved.id });
}
