import { Inject, Optional } from '@nestjs/common';
import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { In, QueryFailedError } from 'typeorm';
import type { Geometry } from 'geojson';
import type { EditableEntity } from '../editable.entity';
import type { Connection } from '../graphql/connection';
import type { ListFilter } from './list-filter.input';
import { VigieError, badInput, forbidden, inUse, invalidGeometry, notFound, staleVersion } from '../errors/vigie-errors';
import { PhysicalAssetEntity } from '../physical-asset.entity';
import { currentActor } from '../request-context';
import { ASSET_UPDATE_RULES } from '../asset-update-rules';
import { STATUS_CHANGE_GATE, type StatusChangeGate } from '../status-change-gate';
import type { AssetStatus } from '../../core/domain';
import { recordAudit, recordAudits, type AuditChange } from '../audit/audit-writer';
import { registerAuditReverter } from '../audit/change-set-context';
import type { AuditEntry } from '../audit/audit-entry.entity';
import { isUuid } from '../uuid';
import { VIGIE_CONFIG, type VigieConfig } from '../../config/vigie-config';
import { BOUNDS, describeBound, type NumberBound } from '../../core/bounds';
import { checkInsideExtent, checkVertexCount } from './geometry-bounds';

export type GeometryKind = 'Point' | 'LineString' | 'Polygon' | 'MultiPolygon';

/** How one entity type is listed, validated, written and protected from deletion. */
export interface CrudDefinition<E extends EditableEntity> {
  /** The GraphQL type name, used in messages ("No Camera with id ..."). */
  typeName: string;
  entity: new () => E;
  /** The geometry column and the kind of geometry it holds; absent for catalogue types. */
  geometry?: { property: keyof E & string; kind: GeometryKind; /** Most vertices a user may draw (core/bounds.ts MAX_VERTICES). */ maxVertices?: number };
  /** Properties searched by the `search` filter. */
  searchProperties: (keyof E & string)[];
  kindProperty?: keyof E & string;
  statusProperty?: keyof E & string;
  /** Rows that block deletion while they point at this one: `table.column` = this id. */
  referencedBy: { table: string; column: string; label: string }[];
}

/**
 * What checking a written geometry established. Nothing is measured here: lengths and areas follow the
 * deployment's metric policy (core/geometry/metric.ts), which the feature services hold.
 */
export interface GeometryFacts {
  valid: true;
}

export const MAX_PAGE_SIZE = 1000;
export const DEFAULT_PAGE_SIZE = 100;
/** Records locked, or deleted, per statement when an undo reverts many at once. */
const REVERT_BATCH = 5_000;

/**
 * Create, read, list, update and delete for one entity type, each refusal with its code and each
 * write in one transaction so that a refusal leaves nothing behind. Feature services extend it and
 * add what is particular to their type in `prepareValues` (referenced ids, derived columns).
 */
export abstract class CrudService<E extends EditableEntity, CreateInput extends object, UpdateInput extends { id: string; version: number }> {
  protected abstract readonly definition: CrudDefinition<E>;

  /**
   * The deployment's extent and name, for the position check. Injected as a property so that every
   * feature service gets it without passing it up; absent (no check) for services made by hand (seed).
   */
  @Optional() @Inject(VIGIE_CONFIG) protected readonly config?: Pick<VigieConfig, 'deploymentExtent' | 'deploymentName'>;

  /** Rules on status changes that other features own (commissioning); absent for services made by hand. */
  @Optional() @Inject(STATUS_CHANGE_GATE) protected readonly statusGate?: StatusChangeGate;

  protected constructor(protected readonly dataSource: DataSource) {}

  /** Turns input into column values; checks references; may derive columns from geometry facts. */
  protected async prepareValues(
    input: Partial<CreateInput>,
    _manager: EntityManager,
    _facts: GeometryFacts | null,
    _current: E | null,
  ): Promise<Partial<E>> {
    return input as unknown as Partial<E>;
  }

  /**
   * Runs inside the write's transaction once the row is written (before = null on create,
   * after = null on delete): derived data (coverage, network state) is kept current here, so that
   * it commits or rolls back with the change itself.
   */
  protected async afterWrite(_manager: EntityManager, _before: E | null, _after: E | null): Promise<void> {}

  async findOne(id: string, manager: EntityManager = this.dataSource.manager): Promise<E> {
    const found = isUuid(id) ? await manager.findOne(this.definition.entity, { where: { id } as never }) : null;
    if (!found) throw notFound(this.definition.typeName, id);
    return found;
  }

  async list(filter: ListFilter = {}, first: number = DEFAULT_PAGE_SIZE, after?: string | null): Promise<Connection<E>> {
    if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
      throw badInput(`first must be a whole number from 0 to ${MAX_PAGE_SIZE}; got ${first}.`);
    }
    const query = await this.filteredQuery(filter);
    const totalCount = await query.clone().getCount();
    if (after) {
      const afterId = decodeCursor(after);
      query.andWhere('record.id > :afterId', { afterId });
    }
    const rows = first === 0 ? [] : await query.orderBy('record.id', 'ASC').take(first + 1).getMany();
    const nodes = rows.slice(0, first);
    return {
      nodes,
      totalCount,
      pageInfo: {
        endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1].id) : null,
        hasNextPage: rows.length > first,
      },
    };
  }

  async create(input: CreateInput): Promise<E> {
    await this.checkCreateBeforeWrite(input);
    return this.write((manager) => this.createWithin(manager, input));
  }

  /** The status gate's checks of a create that must run before its transaction (see checkStatusChangeBeforeWrite). */
  async checkCreateBeforeWrite(input: CreateInput): Promise<void> {
    const change = this.createStatusChange(input);
    if (change) await this.statusGate?.beforeStatusChange(change);
  }

  /**
   * The create inside a caller's transaction (same rules, audit and derived data), for writes that
   * commit as one unit (an import, accepted optimiser proposals). Call checkCreateBeforeWrite first.
   */
  async createWithin(manager: EntityManager, input: CreateInput): Promise<E> {
    const change = this.createStatusChange(input);
    if (change) await this.statusGate?.withinStatusChange(manager, { ...change, from: null });
    await this.checkAssignedOrganisation(manager, input);
    const facts = await this.checkGeometry(manager, this.geometryOf(input));
    const values = await this.prepareValues(input, manager, facts, null);
    this.checkLengthBound(values);
    const created = manager.create(this.definition.entity, values as never);
    const saved = await manager.save(created);
    const after = await this.findOne(saved.id, manager);
    await this.afterWrite(manager, null, after);
    await recordAudit(manager, { action: 'create', entityType: this.definition.typeName, entityId: after.id, before: null, after });
    return after;
  }

  private createStatusChange(input: CreateInput) {
    const status = (input as { status?: AssetStatus }).status;
    const existing = (input as { existing?: boolean }).existing;
    return status !== undefined && this.statusGate ? { typeName: this.definition.typeName, id: null, to: status, existing } : null;
  }

  async update(input: UpdateInput): Promise<E> {
    await this.checkStatusChangeBeforeWrite(input);
    return this.write((manager) => this.updateWithin(manager, input));
  }

  /**
   * The status gate's checks that must run before the write's transaction (they read with their own
   * connection: inside a transaction on the one embedded connection they would wait for themselves).
   * A caller of updateWithin calls this before opening its transaction.
   */
  async checkStatusChangeBeforeWrite(input: UpdateInput): Promise<void> {
    const status = (input as { status?: AssetStatus }).status;
    if (status !== undefined && this.statusGate) await this.statusGate.beforeStatusChange({ typeName: this.definition.typeName, id: input.id, to: status });
  }

  /**
   * The update inside a caller's transaction (same rules, versions, audit and derived data), for a
   * write that must commit with something else (a status step with its asset). Database refusals
   * are translated by the caller's `write`.
   */
  async updateWithin(manager: EntityManager, input: UpdateInput): Promise<E> {
    const current = await this.lockCurrent(manager, input.id, input.version);
    const before = manager.create(this.definition.entity, { ...current } as never);
    const { id: _id, version: _version, ...changes } = input;
    this.authorizeUpdate(current, changes);
    const status = (changes as { status?: AssetStatus }).status;
    if (status !== undefined && this.statusGate) {
      const asset = current as unknown as { status: AssetStatus; existing?: boolean };
      await this.statusGate.withinStatusChange(manager, { typeName: this.definition.typeName, id: input.id, to: status, from: asset.status, existing: asset.existing });
    }
    await this.checkAssignedOrganisation(manager, changes);
    const facts = await this.checkGeometry(manager, this.geometryOf(changes));
    const values = await this.prepareValues(changes as unknown as Partial<CreateInput>, manager, facts, current);
    this.checkLengthBound(values);
    // An update that changes nothing writes nothing, whoever sends it: no version, no audit entry, no data revision.
    if (!changesAnything(current, values)) return current;
    manager.merge(this.definition.entity, current, values as never);
    await manager.save(current);
    const after = await this.findOne(current.id, manager);
    await this.afterWrite(manager, before, after);
    await recordAudit(manager, { action: 'update', entityType: this.definition.typeName, entityId: after.id, before, after });
    return after;
  }

  async delete(id: string, version: number): Promise<string> {
    return this.write((manager) => this.deleteWithin(manager, id, version));
  }

  /** The delete inside a caller's transaction: refused while other rows still point at it (IN_USE). */
  async deleteWithin(manager: EntityManager, id: string, version: number): Promise<string> {
    const before = await this.lockCurrent(manager, id, version);
    const usedBy: Record<string, number> = {};
    for (const reference of this.definition.referencedBy) {
      const [{ count }] = await manager.query(
        `SELECT count(*)::int AS count FROM "${reference.table}" WHERE "${reference.column}" = $1`,
        [id],
      );
      if (count > 0) usedBy[reference.label] = (usedBy[reference.label] ?? 0) + count;
    }
    if (Object.keys(usedBy).length) throw inUse(this.definition.typeName, id, usedBy);
    await manager.delete(this.definition.entity, { id } as never);
    await this.afterWrite(manager, before, null);
    await recordAudit(manager, { action: 'delete', entityType: this.definition.typeName, entityId: id, before, after: null });
    return id;
  }

  /** Every editable type can have its recorded changes undone (change sets, backend/src/change-sets). */
  onModuleInit(): void {
    registerAuditReverter(this.definition.typeName, this);
  }

  /**
   * Reverts recorded changes of this type, newest first, inside the undo's transaction: a create is
   * deleted, an update has its changed columns set back, a delete is inserted again with its id. The
   * record must still be as the change left it (same version), or the undo is refused: someone
   * changed it since. Derived data follows (afterBulkWrite, once for the whole group), and each revert
   * is audited.
   * An import writes thousands of rows in one change set: the records are locked and checked in one
   * query, created ones deleted in one statement, and the audit entries inserted in batches, so that
   * undoing it fits a request's time budget. A group that touches one record twice goes entry by entry.
   */
  async revertAuditEntries(manager: EntityManager, entries: AuditEntry[]): Promise<void> {
    if (new Set(entries.map((entry) => entry.entityId)).size < entries.length) {
      for (const entry of entries) await this.revertGroup(manager, [entry]);
      return;
    }
    await this.revertGroup(manager, entries);
  }

  private async revertGroup(manager: EntityManager, entries: AuditEntry[]): Promise<void> {
    const table = manager.getRepository(this.definition.entity).metadata.tableName;
    const versionLeft = (entry: AuditEntry) => (entry.after as { version?: number } | null)?.version ?? -1;
    const kept = entries.filter((entry) => entry.action !== 'delete');
    const current = new Map<string, E>();
    for (let start = 0; start < kept.length; start += REVERT_BATCH) {
      const ids = kept.slice(start, start + REVERT_BATCH).map((entry) => entry.entityId).filter(isUuid);
      const rows = ids.length ? await manager.find(this.definition.entity, { where: { id: In(ids) } as never, lock: { mode: 'pessimistic_write' } }) : [];
      for (const row of rows) current.set(row.id, row);
    }
    for (const entry of kept) this.checkUnchangedSince(current.get(entry.entityId), entry.entityId, versionLeft(entry));

    const derived: { before: E | null; after: E | null }[] = [];
    const audits: AuditChange[] = [];
    const created = entries.filter((entry) => entry.action === 'create').map((entry) => entry.entityId);
    if (created.length) {
      for (const reference of this.definition.referencedBy) {
        const [used] = await manager.query(
          `SELECT "${reference.column}"::text AS id, count(*)::int AS count FROM "${reference.table}" WHERE "${reference.column}"::text = ANY($1::text[]) GROUP BY 1 LIMIT 1`,
          [created],
        );
        if (used) throw inUse(this.definition.typeName, used.id, { [reference.label]: used.count });
      }
      for (let start = 0; start < created.length; start += REVERT_BATCH) {
        await manager.query(`DELETE FROM "${table}" WHERE id::text = ANY($1::text[])`, [created.slice(start, start + REVERT_BATCH)]);
      }
      for (const id of created) {
        const before = current.get(id) as E;
        derived.push({ before, after: null });
        audits.push({ action: 'delete', entityType: this.definition.typeName, entityId: id, before, after: null });
      }
    }
    for (const entry of entries) {
      if (entry.action === 'update') {
        const row = current.get(entry.entityId) as E;
        const before = manager.create(this.definition.entity, { ...row } as never);
        const restored = Object.fromEntries(entry.changedFields.filter((field) => entry.before && field in entry.before).map((field) => [field, entry.before?.[field]]));
        manager.merge(this.definition.entity, row, restored as never);
        await manager.save(row);
        const after = await this.findOne(row.id, manager);
        derived.push({ before, after });
        audits.push({ action: 'update', entityType: this.definition.typeName, entityId: after.id, before, after });
      } else if (entry.action === 'delete') {
        const [still] = await manager.query(`SELECT 1 FROM "${table}" WHERE id = $1`, [entry.entityId]);
        if (still) throw new VigieError('CONFLICT', `The ${this.definition.typeName} ${entry.entityId} exists again; its deletion cannot be undone.`, { id: entry.entityId });
        await manager.insert(this.definition.entity, { ...(entry.before as object) } as never);
        const after = await this.findOne(entry.entityId, manager);
        derived.push({ before: null, after });
        audits.push({ action: 'create', entityType: this.definition.typeName, entityId: after.id, before: null, after });
      }
    }
    await this.afterBulkWrite(manager, derived);
    await recordAudits(manager, audits);
  }

  /**
   * Derived data after many writes at once (an undo). By default each write's afterWrite in turn; types
   * whose upkeep is one spatial recompute (buildings) override it to do that once for all.
   */
  protected async afterBulkWrite(manager: EntityManager, writes: readonly { before: E | null; after: E | null }[]): Promise<void> {
    for (const { before, after } of writes) await this.afterWrite(manager, before, after);
  }

  /**
   * Field-level rules for roles with a restricted right to update physical assets (contractors,
   * maintenance teams: ASSET_UPDATE_RULES in common/asset-update-rules.ts). Admins and engineers, and calls
   * outside a request (seed, jobs), are not restricted here; the guard decided who reaches update.
   */
  protected authorizeUpdate(current: E, changes: object): void {
    const actor = currentActor();
    const rule = actor ? ASSET_UPDATE_RULES[actor.role] : undefined;
    if (!actor || !rule) return;
    const typeName = this.definition.typeName;
    if (!(current instanceof PhysicalAssetEntity)) {
      throw forbidden(`A ${actor.role} cannot change ${typeName} records.`, { role: actor.role, typeName });
    }
    // A field sent with the value it already has is not a change (a no-op update is refused to nobody).
    const row = current as unknown as Record<string, unknown>;
    const touched = Object.entries(changes)
      .filter(([field, value]) => value !== undefined && !sameValue(row[field], value))
      .map(([field]) => field);
    const outside = touched.filter((field) => !rule.fields.includes(field));
    if (outside.length) {
      throw forbidden(`A ${actor.role} may change only ${rule.fields.join(', ')} of a ${typeName}, not ${outside.join(', ')}.`, {
        role: actor.role,
        fields: outside,
      });
    }
    if (rule.ownOrganisationOnly && (!actor.organisationId || current.assignedOrganisationId !== actor.organisationId)) {
      throw forbidden(`This ${typeName} is not assigned to your organisation.`, { role: actor.role, typeName, id: current.id });
    }
    const status = (changes as { status?: string }).status;
    if (status !== undefined && status !== current.status) {
      const allowed = rule.statusTransitions[current.status] ?? [];
      if (!allowed.includes(status as never)) {
        throw forbidden(
          `A ${actor.role} cannot change the status of a ${typeName} from ${current.status} to ${status}` +
            (allowed.length ? ` (allowed: ${allowed.join(', ')}).` : '.'),
          { role: actor.role, from: current.status, to: status },
        );
      }
    }
  }

  private async checkAssignedOrganisation(manager: EntityManager, input: object): Promise<void> {
    const organisationId = (input as { assignedOrganisationId?: string | null }).assignedOrganisationId;
    if (!organisationId) return;
    // By table, not by entity class: the organisations feature sits above this layer.
    const [found] = isUuid(organisationId) ? await manager.query('SELECT 1 FROM organisation WHERE id = $1', [organisationId]) : [];
    if (!found) throw notFound('Organisation', organisationId);
  }

  /** Checks that an id of another type exists (inside the caller's transaction). */
  protected async requireExisting<R extends ObjectLiteral>(
    manager: EntityManager,
    entity: new () => R,
    typeName: string,
    id: string,
  ): Promise<R> {
    const found = isUuid(id) ? await manager.findOne(entity, { where: { id } as never }) : null;
    if (!found) throw notFound(typeName, id);
    return found;
  }

  protected async filteredQuery(filter: ListFilter): Promise<SelectQueryBuilder<E>> {
    const query = this.dataSource.getRepository(this.definition.entity).createQueryBuilder('record');
    const geometry = this.definition.geometry;
    if (!geometry && (filter.bbox || filter.zoneId)) {
      throw badInput(`${this.definition.typeName} records have no location: filter them by kind or text only.`);
    }
    const geometryColumn = `record.${geometry?.property}`;
    if (filter.bbox) {
      const [minLongitude, minLatitude, maxLongitude, maxLatitude] = filter.bbox;
      const inRange = [minLongitude, maxLongitude].every((v) => Math.abs(v) <= 180) && [minLatitude, maxLatitude].every((v) => Math.abs(v) <= 90);
      if (!inRange || minLongitude > maxLongitude || minLatitude > maxLatitude) {
        throw badInput('bbox must be [minLongitude, minLatitude, maxLongitude, maxLatitude] within -180..180 and -90..90, min before max.');
      }
      query.andWhere(`ST_Intersects(${geometryColumn}, ST_MakeEnvelope(:minLongitude, :minLatitude, :maxLongitude, :maxLatitude, 4326))`, {
        minLongitude, minLatitude, maxLongitude, maxLatitude,
      });
    }
    if (filter.zoneId) {
      const [zone] = await this.dataSource.query('SELECT 1 FROM zone WHERE id = $1', [filter.zoneId]);
      if (!zone) throw notFound('Zone', filter.zoneId);
      query.andWhere(`ST_Intersects(${geometryColumn}, (SELECT boundary FROM zone WHERE id = :zoneId))`, { zoneId: filter.zoneId });
    }
    if (filter.status?.length && this.definition.statusProperty) {
      query.andWhere(`record.${this.definition.statusProperty} IN (:...statuses)`, { statuses: filter.status });
    }
    if (filter.kind?.length && this.definition.kindProperty) {
      query.andWhere(`record.${this.definition.kindProperty} IN (:...kinds)`, { kinds: filter.kind });
    }
    if (filter.search) {
      const clauses = this.definition.searchProperties.map((property) => `record.${property} ILIKE :search`);
      query.andWhere(`(${clauses.join(' OR ')})`, { search: `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    }
    return query;
  }

  /**
   * PostGIS judges topology (self-intersection, ring orientation problems, spikes) with the same
   * engine as the table's CHECK constraints.
   */
  protected async checkGeometry(manager: EntityManager, geometry: unknown): Promise<GeometryFacts | null> {
    if (geometry === undefined || geometry === null || !this.definition.geometry) return null;
    const { kind, maxVertices } = this.definition.geometry;
    if (maxVertices !== undefined) checkVertexCount(geometry as Geometry, this.definition.typeName, maxVertices);
    const extent = this.config?.deploymentExtent;
    if (extent) checkInsideExtent(geometry as Geometry, extent, this.config?.deploymentName ?? 'this deployment');
    const [facts] = await manager.query(
      `SELECT ST_IsValid(g) AS valid, ST_IsValidReason(g) AS reason, ST_IsSimple(g) AS simple
         FROM (SELECT ST_SetSRID(ST_GeomFromGeoJSON($1), 4326) AS g) AS input`,
      [JSON.stringify(geometry as Geometry)],
    );
    if (!facts.valid) throw invalidGeometry(`The ${kind} is not valid: ${facts.reason}.`, { reason: facts.reason });
    if (kind === 'LineString' && !facts.simple) {
      throw invalidGeometry('The line crosses or touches itself; a cable run must be a simple line.');
    }
    return { valid: true };
  }

  /** A measured length (derived by the feature service from the metric policy) within its type's physical bound. */
  private checkLengthBound(values: Partial<E>): void {
    const lengthMeters = (values as { lengthMeters?: number | null }).lengthMeters;
    const lengthBound = (BOUNDS as Record<string, Record<string, NumberBound>>)[this.definition.typeName]?.lengthMeters;
    if (lengthBound && typeof lengthMeters === 'number' && lengthMeters > lengthBound.max) {
      throw badInput(
        `The ${this.definition.typeName} would be ${Math.round(lengthMeters).toLocaleString('en')} m long; its length must be ${describeBound(lengthBound)}.`,
        { lengthMeters },
      );
    }
  }

  private geometryOf(input: object): unknown {
    const property = this.definition.geometry?.property;
    return property ? (input as Record<string, unknown>)[property] : undefined;
  }

  /** A record to revert must be as the change left it; the message says which record and why nothing was undone. */
  private checkUnchangedSince(current: E | undefined, id: string, version: number): E {
    if (!current) throw new VigieError('CONFLICT', `The ${this.definition.typeName} ${id} was deleted since; nothing was undone.`, { typeName: this.definition.typeName, id });
    if (current.version !== version) {
      throw new VigieError(
        'STALE_VERSION',
        `The ${this.definition.typeName} ${id} was changed since (now version ${current.version}, the change set left version ${version}); nothing was undone.`,
        { typeName: this.definition.typeName, id, currentVersion: current.version, expectedVersion: version },
      );
    }
    return current;
  }

  private async lockCurrent(manager: EntityManager, id: string, version: number): Promise<E> {
    const current = isUuid(id)
      ? await manager.findOne(this.definition.entity, { where: { id } as never, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!current) throw notFound(this.definition.typeName, id);
    if (current.version !== version) throw staleVersion(this.definition.typeName, id, current.version, version);
    return current;
  }

  /** One transaction per write; database refusals become coded errors, never a partial write. */
  protected async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      throw translateDatabaseError(error, this.definition.typeName);
    }
  }
}

export function translateDatabaseError(error: unknown, typeName: string): unknown {
  if (error instanceof VigieError || !(error instanceof QueryFailedError)) return error;
  const driverError = error.driverError as { code?: string; detail?: string; constraint?: string };
  switch (driverError.code) {
    case '23505':
      if (driverError.constraint?.endsWith('_code_normalised')) {
        const code = /\)=\((.+?)\)/.exec(driverError.detail ?? '')?.[1];
        return new VigieError(
          'CONFLICT',
          `A ${typeName} with the same code "${code ?? '?'}" already exists (codes are compared without surrounding spaces and whatever the case).`,
          { constraint: driverError.constraint },
        );
      }
      return new VigieError('CONFLICT', `A ${typeName} with the same ${describeConstraint(driverError)} already exists.`, {
        constraint: driverError.constraint,
      });
    case '23503':
      return new VigieError('IN_USE', `This ${typeName} is referenced by or refers to a missing record (${driverError.constraint}).`, {
        constraint: driverError.constraint,
      });
    case '23514':
    case '23502':
      return badInput(`The ${typeName} breaks the rule ${driverError.constraint ?? 'of a required value'}.`, {
        constraint: driverError.constraint,
      });
    case 'XX000':
    case '22023':
      return invalidGeometry(`The geometry was refused by PostGIS: ${error.message}`);
    default:
      return error;
  }
}

/** Whether the prepared column values differ from the row (geometry and jsonb compared by value). */
function changesAnything(current: object, values: object): boolean {
  const row = current as Record<string, unknown>;
  return Object.entries(values).some(([column, value]) => value !== undefined && !sameValue(row[column], value));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  return keysA.length === keysB.length && keysA.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function describeConstraint(driverError: { detail?: string }): string {
  const match = /Key \((.+?)\)=\((.+?)\)/.exec(driverError.detail ?? '');
  return match ? `${match[1]} "${match[2]}"` : 'key';
}

export const encodeCursor = (id: string) => Buffer.from(id, 'utf8').toString('base64url');

export function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!isUuid(id)) throw badInput(`The cursor "${cursor}" is not one this API gave out.`);
  return id;
}
