import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/context';
import { inTransaction } from '../../core/database/transaction';
import { Conflict, InvalidInput, NotFound } from '../../core/errors/errors';
import { recordAudit } from '../audit/audit.service';
import { isUniqueViolation, isUuid } from '../users/user-fields';
import { Unit, UnitKind } from './unit.entity';

export const UNIT_CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{1,39}$/;
export const MAX_UNIT_NAME_LENGTH = 100;

/** The unique index of the migration that allows a single DIVISION row. */
const ONE_DIVISION_INDEX = 'units_one_division_idx';

const unitSnapshot = (u: Unit) => ({ code: u.code, name: u.name, kind: u.kind, version: u.version });

export function normalizeUnitCode(raw: string): string {
  const code = String(raw ?? '').normalize('NFKC').trim().toUpperCase();
  if (!UNIT_CODE_PATTERN.test(code)) {
    throw InvalidInput('A unit code has 2 to 40 characters: letters A–Z, digits, "_" or "-" (e.g. "ST24").', 'code');
  }
  return code;
}

export function cleanUnitName(raw: string): string {
  const name = String(raw ?? '').replace(/[\u0000-\u001f\u007f]/g, '').normalize('NFC').trim();
  if (name.length === 0) throw InvalidInput('Enter the unit name (e.g. 熊本中央警察署).', 'name');
  if (name.length > MAX_UNIT_NAME_LENGTH) throw InvalidInput(`The unit name is too long: at most ${MAX_UNIT_NAME_LENGTH} characters.`, 'name');
  return name;
}

/** For pickers: the division first, then the stations by code. */
export function listUnits(db: DataSource): Promise<Unit[]> {
  return db.getRepository(Unit).find({ order: { kind: 'ASC', code: 'ASC' } });
}

const secondDivision = (existing?: Unit | null) =>
  Conflict(
    `There is already a division unit${existing ? ` (${existing.name})` : ''}; a deployment has exactly one. ` +
      `Create police stations as STATION units.`,
    { field: 'kind' },
  );

export async function createUnit(db: DataSource, actor: Actor, input: { code: string; name: string; kind: UnitKind }): Promise<Unit> {
  const code = normalizeUnitCode(input.code);
  const name = cleanUnitName(input.name);
  const codeTaken = () => Conflict(`The unit code "${code}" is already used. Choose another one.`, { field: 'code' });

  return inTransaction(db, async (em) => {
    const repo = em.getRepository(Unit);
    if (input.kind === UnitKind.DIVISION) {
      const division = await repo.findOneBy({ kind: UnitKind.DIVISION });
      if (division) throw secondDivision(division);
    }
    if (await repo.existsBy({ code })) throw codeTaken();
    let id: string;
    try {
      id = (await repo.insert({ code, name, kind: input.kind })).identifiers[0].id;
    } catch (e) {
      // Lost a race with a concurrent create: the unique indexes decide.
      if (isUniqueViolation(e, ONE_DIVISION_INDEX)) throw secondDivision();
      if (isUniqueViolation(e)) throw codeTaken();
      throw e;
    }
    const created = await repo.findOneByOrFail({ id });
    await recordAudit(em, actor, { action: 'unit.CREATE', objectType: 'Unit', objectId: id, after: unitSnapshot(created) });
    return created;
  });
}

/** Renames a unit. Its code and kind never change: reports and statistics refer to them. */
export async function updateUnit(
  db: DataSource,
  actor: Actor,
  id: string,
  input: { name: string; expectedVersion?: number | null },
): Promise<Unit> {
  if (!isUuid(id)) throw NotFound('The unit');
  const name = cleanUnitName(input.name);
  return inTransaction(db, async (em) => {
    const repo = em.getRepository(Unit);
    const unit = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!unit) throw NotFound('The unit');
    if (input.expectedVersion != null && input.expectedVersion !== unit.version) {
      throw Conflict('Someone else changed this unit while you were editing it. Reload it and try again.', {
        currentVersion: unit.version,
      });
    }
    const before = unitSnapshot(unit);
    await repo.update({ id }, { name, version: unit.version + 1 });
    const updated = await repo.findOneByOrFail({ id });
    await recordAudit(em, actor, { action: 'unit.UPDATE', objectType: 'Unit', objectId: id, before, after: unitSnapshot(updated) });
    return updated;
  });
}
