import type { EntityManager } from 'typeorm';
import { XAccount } from './x-account.entity';

/**
 * The account a case's post came from, known at intake by the handle in the URL. Handles are
 * case-insensitive on X. (When a lookup later tells us the numeric user ID, it is filled in.)
 */
export async function accountForHandle(em: EntityManager, username: string): Promise<XAccount> {
  const rows: { id: string }[] = await em.query(
    `INSERT INTO x_accounts (username) VALUES ($1)
     ON CONFLICT (lower(username)) WHERE x_user_id IS NULL DO UPDATE SET last_seen_at = now()
     RETURNING id`,
    [username],
  );
  return em.getRepository(XAccount).findOneByOrFail({ id: rows[0].id });
}
