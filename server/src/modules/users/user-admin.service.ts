import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/context';
import { hashPassword } from '../../core/auth/passwords';
import { inTransaction } from '../../core/database/transaction';
import { Conflict, InvalidInput, NotFound } from '../../core/errors/errors';
import { decodeCursor, toPage, type Page } from '../../core/graphql/pagination';
import { recordAudit } from '../audit/audit.service';
import { Unit } from '../units/unit.entity';
import { clearMfa } from './mfa-store';
import { DeactivationKind, Role } from './role';
import { Session } from './session.entity';
import {
  checkNewPassword,
  cleanDisplayName,
  cleanEmail,
  cleanReason,
  escapeLike,
  isUniqueViolation,
  isUuid,
  normalizeUsername,
} from './user-fields';
import { assertMayChangeRole, assertMayDeactivate, assertRoleFitsUnit, endsActiveChief } from './user.policy';
import { User } from './user.entity';

/**
 * Every change to users takes this transaction-scoped advisory lock first, so "is there another
 * active chief?" is answered and acted on with no concurrent change in between (two chiefs
 * demoting each other at the same moment: one wins, the other is refused).
 */
export const USER_ADMIN_LOCK_KEY = 7_646_000_001;

const lockUserAdministration = (em: EntityManager) => em.query(`SELECT pg_advisory_xact_lock($1)`, [USER_ADMIN_LOCK_KEY]);

/** What the audit log keeps of a user: never the password hash. */
export function userSnapshot(u: User): Record<string, unknown> {
  return {
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    unitId: u.unitId,
    email: u.email ?? null,
    active: u.active,
    deactivationReason: u.deactivationReason ?? null,
  };
}

/**
 * Locks the user's row for the rest of the transaction. login() takes a share lock on the same row
 * before opening a session, so a login racing a deactivation or password reset cannot slip a live
 * session past the revocation below.
 */
async function lockUser(em: EntityManager, id: string): Promise<User> {
  if (!isUuid(id)) throw NotFound('The user');
  const user = await em.getRepository(User).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!user) throw NotFound('The user');
  return user;
}

async function findUnit(em: EntityManager, unitId: string): Promise<Unit> {
  const unit = isUuid(unitId) ? await em.getRepository(Unit).findOneBy({ id: unitId }) : null;
  if (!unit) throw InvalidInput('That unit does not exist. Choose a unit from the list.', 'unitId');
  return unit;
}

async function assertAnotherActiveChief(em: EntityManager, target: User): Promise<void> {
  const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM users WHERE role = $1 AND active AND id <> $2`, [Role.CHIEF, target.id]);
  if (n === 0) {
    throw Conflict(
      `${target.displayName} is the last active chief. Make another division member CHIEF first: the system must always have an active chief.`,
    );
  }
}

/** Ends every live session of the user at once; the next request with any of their cookies is UNAUTHENTICATED. */
async function endAllSessions(em: EntityManager, userId: string): Promise<number> {
  const result = await em
    .createQueryBuilder()
    .update(Session)
    .set({ revokedAt: () => 'now()' })
    .where('user_id = :userId AND revoked_at IS NULL', { userId })
    .returning('id')
    .execute();
  return (result.raw as unknown[]).length;
}

const withUnit = async (em: EntityManager, id: string) =>
  em.getRepository(User).findOneOrFail({ where: { id }, relations: { unit: true } });

export interface CreateUserCommand {
  username: string;
  displayName: string;
  role: Role;
  unitId: string;
  initialPassword: string;
  email?: string | null;
}

export async function createUser(db: DataSource, actor: Actor, cmd: CreateUserCommand): Promise<User> {
  const username = normalizeUsername(cmd.username);
  const displayName = cleanDisplayName(cmd.displayName);
  const email = cmd.email == null ? null : cleanEmail(cmd.email);
  checkNewPassword(cmd.initialPassword, 'initialPassword', username);
  // Hash before the transaction: argon2 is deliberately slow and must not hold locks.
  const passwordHash = await hashPassword(cmd.initialPassword);
  const taken = () => Conflict(`The username "${username}" is already taken. Choose another one.`, { field: 'username' });

  return inTransaction(db, async (em) => {
    await lockUserAdministration(em);
    const unit = await findUnit(em, cmd.unitId);
    assertRoleFitsUnit(cmd.role, unit, 'role');
    if (await em.getRepository(User).existsBy({ username })) throw taken();
    let id: string;
    try {
      // An initial password is known to whoever set it: the first login must choose a new one.
      const inserted = await em
        .getRepository(User)
        .insert({ username, displayName, role: cmd.role, unitId: unit.id, passwordHash, mustChangePassword: true, email });
      id = inserted.identifiers[0].id;
    } catch (e) {
      if (isUniqueViolation(e)) throw taken();
      throw e;
    }
    const created = await withUnit(em, id);
    await recordAudit(em, actor, { action: 'user.CREATE', objectType: 'User', objectId: id, after: userSnapshot(created) });
    return created;
  });
}

export interface UpdateUserCommand {
  displayName?: string | null;
  role?: Role | null;
  unitId?: string | null;
  /** '' removes the address; null/absent leaves it. */
  email?: string | null;
}

export async function updateUser(db: DataSource, actor: Actor, id: string, cmd: UpdateUserCommand): Promise<User> {
  if (cmd.displayName == null && cmd.role == null && cmd.unitId == null && cmd.email == null) {
    throw InvalidInput('Nothing to change: give a new display name, role, unit or e-mail address.');
  }
  const displayName = cmd.displayName == null ? null : cleanDisplayName(cmd.displayName);
  const email = cmd.email == null ? undefined : cleanEmail(cmd.email);

  return inTransaction(db, async (em) => {
    await lockUserAdministration(em);
    const target = await lockUser(em, id);
    const before = userSnapshot(target);
    const role = cmd.role ?? target.role;
    const unitChanged = cmd.unitId != null && cmd.unitId !== target.unitId;
    const unit = await findUnit(em, unitChanged ? cmd.unitId! : target.unitId);

    assertRoleFitsUnit(role, unit, role !== target.role ? 'role' : 'unitId');
    assertMayChangeRole(actor.user!, target, role);
    if (endsActiveChief(target, { role, active: target.active })) await assertAnotherActiveChief(em, target);

    await em.getRepository(User).update({ id: target.id }, {
      displayName: displayName ?? target.displayName,
      role,
      unitId: unit.id,
      ...(email !== undefined ? { email } : {}),
    });
    const updated = await withUnit(em, target.id);
    await recordAudit(em, actor, { action: 'user.UPDATE', objectType: 'User', objectId: target.id, before, after: userSnapshot(updated) });
    return updated;
  });
}

export async function deactivateUser(db: DataSource, actor: Actor, id: string, reason: string): Promise<User> {
  const why = cleanReason(reason);
  return inTransaction(db, async (em) => {
    await lockUserAdministration(em);
    const target = await lockUser(em, id);
    assertMayDeactivate(actor.user!, target);
    if (!target.active) throw Conflict(`${target.displayName} is already deactivated.`);
    if (endsActiveChief(target, { role: target.role, active: false })) await assertAnotherActiveChief(em, target);

    const before = userSnapshot(target);
    await em
      .getRepository(User)
      .update({ id: target.id }, { active: false, deactivatedAt: new Date(), deactivationReason: why, deactivationKind: DeactivationKind.CHIEF });
    const sessionsEnded = await endAllSessions(em, target.id);
    const updated = await withUnit(em, target.id);
    await recordAudit(em, actor, {
      action: 'user.DEACTIVATE',
      objectType: 'User',
      objectId: target.id,
      before,
      after: { ...userSnapshot(updated), sessionsEnded },
    });
    return updated;
  });
}

export async function reactivateUser(db: DataSource, actor: Actor, id: string): Promise<User> {
  return inTransaction(db, async (em) => {
    await lockUserAdministration(em);
    const target = await lockUser(em, id);
    if (target.active) throw Conflict(`${target.displayName} is already active.`);
    // Units never change kind, but a rule of DESIGN §1 is cheap to re-check where a user comes back.
    assertRoleFitsUnit(target.role, await findUnit(em, target.unitId), 'role');

    const before = userSnapshot(target);
    // reactivatedAt restarts the inactivity clock (account-inactivity.ts), or the account would be disabled again at once.
    await em
      .getRepository(User)
      .update({ id: target.id }, { active: true, deactivatedAt: null, deactivationReason: null, deactivationKind: null, reactivatedAt: new Date() });
    const updated = await withUnit(em, target.id);
    await recordAudit(em, actor, { action: 'user.REACTIVATE', objectType: 'User', objectId: target.id, before, after: userSnapshot(updated) });
    return updated;
  });
}

/** Sets a new password (given to the user in person, to be changed at the next login) and ends all their sessions. */
export async function resetUserPassword(db: DataSource, actor: Actor, id: string, newPassword: string): Promise<User> {
  checkNewPassword(newPassword, 'newPassword');
  const { username } = await findUser(db, id);
  checkNewPassword(newPassword, 'newPassword', username);
  const passwordHash = await hashPassword(newPassword);
  return inTransaction(db, async (em) => {
    await lockUserAdministration(em);
    const target = await lockUser(em, id);
    await em.getRepository(User).update({ id: target.id }, { passwordHash, mustChangePassword: true });
    const sessionsEnded = await endAllSessions(em, target.id);
    const updated = await withUnit(em, target.id);
    await recordAudit(em, actor, {
      action: 'user.RESET_PASSWORD',
      objectType: 'User',
      objectId: target.id,
      after: { passwordChanged: true, sessionsEnded },
    });
    return updated;
  });
}

export async function findUser(db: DataSource, id: string): Promise<User> {
  const user = isUuid(id) ? await db.getRepository(User).findOne({ where: { id }, relations: { unit: true } }) : null;
  if (!user) throw NotFound('The user');
  return user;
}

export interface UserListFilter {
  unitId?: string | null;
  role?: Role | null;
  active?: boolean | null;
  locked?: boolean | null;
  search?: string | null;
}

/** The chief's user list: ordered by display name then id, keyset-paginated (stable under inserts). */
export async function listUsers(db: DataSource, filter: UserListFilter, first: number, after?: string | null): Promise<Page<User>> {
  const qb = db.getRepository(User).createQueryBuilder('u');
  if (filter.unitId != null) {
    if (!isUuid(filter.unitId)) throw InvalidInput('Choose a unit from the list.', 'unitId');
    qb.andWhere('u.unitId = :unitId', { unitId: filter.unitId });
  }
  if (filter.role != null) qb.andWhere('u.role = :role', { role: filter.role });
  if (filter.active != null) qb.andWhere('u.active = :active', { active: filter.active });
  if (filter.locked != null) qb.andWhere(filter.locked ? 'u.lockedAt IS NOT NULL' : 'u.lockedAt IS NULL');
  const search = filter.search?.normalize('NFKC').trim();
  if (search) {
    qb.andWhere(`(u.username ILIKE :q OR u.displayName ILIKE :q)`, { q: `%${escapeLike(search)}%` });
  }
  if (after) {
    const cursor = decodeCursor(after);
    if (!isUuid(cursor.id)) throw InvalidInput('The page cursor is not valid; reload the list.', 'after');
    qb.andWhere('(u.displayName, u.id) > (:afterName, :afterId)', { afterName: cursor.sortValue, afterId: cursor.id });
  }
  const rows = await qb.orderBy('u.displayName', 'ASC').addOrderBy('u.id', 'ASC').limit(first + 1).getMany();
  return toPage(rows, first, (u) => u.displayName);
}

/** Unlocks an account locked after failed logins (CJIS §5.5.3: until an administrator releases it). */
export async function unlockUser(db: DataSource, actor: Actor, id: string): Promise<User> {
  return inTransaction(db, async (em) => {
    const target = await lockUser(em, id);
    if (!target.lockedAt) throw Conflict(`${target.displayName} is not locked.`);
    await em.getRepository(User).update({ id: target.id }, { lockedAt: null, unlockedAt: new Date() });
    const updated = await withUnit(em, target.id);
    await recordAudit(em, actor, {
      action: 'user.UNLOCK',
      objectType: 'User',
      objectId: target.id,
      before: { lockedAt: target.lockedAt.toISOString() },
      after: { locked: false },
    });
    return updated;
  });
}

/**
 * Removes a user's second factor (a lost phone and lost recovery codes) and ends their sessions.
 * Where the role requires one, the next login sets up a new one before anything else.
 */
export async function resetUserMfa(db: DataSource, actor: Actor, id: string): Promise<User> {
  return inTransaction(db, async (em) => {
    const target = await lockUser(em, id);
    const had = target.totpEnabledAt != null;
    await clearMfa(em, target.id);
    const sessionsEnded = await endAllSessions(em, target.id);
    const updated = await withUnit(em, target.id);
    await recordAudit(em, actor, { action: 'user.MFA_RESET', objectType: 'User', objectId: target.id, after: { hadSecondFactor: had, sessionsEnded } });
    return updated;
  });
}
