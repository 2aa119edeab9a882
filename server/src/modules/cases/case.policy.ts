import type { DataSource } from 'typeorm';
import { Forbidden } from '../../core/errors/errors';
import { Role, SCREENING_ROLES } from '../users/role';
import type { User } from '../users/user.entity';
import { CaseStatus } from './case-enums';
import type { Case } from './case.entity';

/** Officers see the cases their unit reported; the division's screeners see every case. */
export async function canReadCase(db: DataSource, user: User, c: Case): Promise<boolean> {
  if (SCREENING_ROLES.includes(user.role)) return true;
  if (user.role !== Role.OFFICER) return false;
  const rows = await db.query(`SELECT 1 FROM reports WHERE case_id = $1 AND unit_id = $2 LIMIT 1`, [c.id, user.unitId]);
  return rows.length > 0;
}

/**
 * A case being screened belongs to whoever took it: only they, or the chief, decide it.
 * (Two officers in charge never decide one case in parallel.)
 */
export function assertMayDecide(user: User | null, c: Case): void {
  if (!user || user.role === Role.CHIEF) return;
  if (c.status === CaseStatus.SCREENING && c.claimedById !== user.id) {
    throw Forbidden('Another officer in charge has taken this case. Ask them, or the chief, to release it.');
  }
}
