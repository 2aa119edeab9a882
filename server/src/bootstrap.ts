import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { loadConfig } from './core/config/config';
import { hashPassword } from './core/auth/passwords';
import { createDataSource } from './core/database/data-source';
import { inTransaction } from './core/database/transaction';
import { recordAudit } from './modules/audit/audit.service';
import { Unit, UnitKind } from './modules/units/unit.entity';
import { Role } from './modules/users/role';
import { User } from './modules/users/user.entity';
import { MIN_PASSWORD_LENGTH, USERNAME_PATTERN } from './modules/users/user-fields';
import { DIVISION, STATIONS } from './demo/kumamoto-units';

/**
 * First start of a real deployment: creates the division, the police stations and the first
 * chief, who then manages everyone else in the UI. Refuses to run twice.
 *   BOOTSTRAP_CHIEF_USERNAME=... BOOTSTRAP_CHIEF_NAME=... BOOTSTRAP_CHIEF_PASSWORD=... node server/dist/server/src/bootstrap.js
 */
export interface BootstrapInput {
  username: string;
  displayName: string;
  password: string;
}

export async function bootstrapDeployment(db: DataSource, input: BootstrapInput): Promise<void> {
  const username = input.username.normalize('NFKC').trim().toLowerCase();
  const displayName = input.displayName.trim();
  const password = input.password;
  const problems = [
    !USERNAME_PATTERN.test(username) && 'BOOTSTRAP_CHIEF_USERNAME: 3–40 characters of a–z, 0–9, . _ -',
    !displayName && 'BOOTSTRAP_CHIEF_NAME: the chief’s name',
    password.length < MIN_PASSWORD_LENGTH && `BOOTSTRAP_CHIEF_PASSWORD: at least ${MIN_PASSWORD_LENGTH} characters`,
  ].filter(Boolean);
  if (problems.length) throw new Error(`Cannot bootstrap:\n  - ${problems.join('\n  - ')}`);
  if ((await db.getRepository(User).count()) > 0) throw new Error('This database already has users: manage them in the UI.');
  const passwordHash = await hashPassword(password);
  await inTransaction(db, async (em) => {
    const units = await em.getRepository(Unit).save([
      { code: DIVISION.code, name: DIVISION.name, kind: UnitKind.DIVISION },
      ...STATIONS.map((s) => ({ code: s.code, name: s.name, kind: UnitKind.STATION })),
    ]);
    const chief = await em.getRepository(User).save({ username, displayName, role: Role.CHIEF, unitId: units[0].id, passwordHash });
    await recordAudit(em, { user: null, requestId: 'bootstrap', ip: null }, {
      action: 'user.BOOTSTRAP',
      objectType: 'User',
      objectId: chief.id,
      after: { username, role: Role.CHIEF, units: units.length },
    });
  });
}

async function main() {
  const config = loadConfig();
  const db = createDataSource(config.databaseUrl, { poolSize: 1, applicationName: 'patrol-desk-bootstrap' });
  await db.initialize();
  try {
    await bootstrapDeployment(db, {
      username: process.env.BOOTSTRAP_CHIEF_USERNAME ?? '',
      displayName: process.env.BOOTSTRAP_CHIEF_NAME ?? '',
      password: process.env.BOOTSTRAP_CHIEF_PASSWORD ?? '',
    });
    console.log(`created the division, ${STATIONS.length} stations and the first chief`);
  } finally {
    await db.destroy();
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
