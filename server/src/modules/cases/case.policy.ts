import type { DataSource } from 'typeorm';
import { Role, SCREENING_ROLES } from '../users/role';
import type { User } from '../users/user.entity';
import type { Case } from './case.entity';

/** Officers see the cases their unit reported; the division's screeners see every case. */
export async function canReadCase(db: DataSource, user: User, c: Case): Promise<boolean> {
  if (SCREENING_ROLES.includes(user.role)) return true;
  if (user.role !== Role.OFFICER) return false;
  const rows = await db.query(`SELECT 1 FROM reports WHERE case_id = $1 AND unit_id = $2 LIMIT 1`, [c.id, user.unitId]);
  return rows.length > 0;
}
