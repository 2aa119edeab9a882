import 'reflect-metadata';
import { loadConfig } from '../../core/config/config';
import { createDataSource } from '../../core/database/data-source';
import { AppError } from '../../core/errors/errors';
import { unlockUser } from './user-admin.service';
import { User } from './user.entity';

/**
 * The operator's way out when no chief can log in to unlock an account (e.g. the only chief is
 * locked): `node server/dist/server/src/modules/users/unlock-user.cli.js <username>`, run where the
 * server runs (docker compose run --rm server node …). Audited like the chief's unlockUser, with the
 * system as actor.
 */
async function main(): Promise<number> {
  const username = process.argv[2]?.normalize('NFKC').trim().toLowerCase();
  if (!username) {
    process.stderr.write('usage: unlock-user.cli.js <username>\n');
    return 2;
  }
  const config = loadConfig();
  const db = createDataSource(config.databaseUrl, { poolSize: 1, applicationName: 'patrol-desk-unlock-user' });
  await db.initialize();
  try {
    const user = await db.getRepository(User).findOneBy({ username });
    if (!user) {
      process.stderr.write(`no user "${username}"\n`);
      return 1;
    }
    await unlockUser(db, { user: null, requestId: 'cli-unlock-user', ip: null }, user.id);
    process.stdout.write(`${username} is unlocked.\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`${err instanceof AppError ? err.message : String(err)}\n`);
    return 1;
  } finally {
    await db.destroy();
  }
}

main().then((code) => process.exit(code));
