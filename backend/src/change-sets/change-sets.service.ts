import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { badInput, notFound, VigieError } from '../common/errors/vigie-errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, decodeCursor, encodeCursor, translateDatabaseError } from '../common/crud/crud.service';
import type { Connection } from '../common/graphql/connection';
import { AuditEntry } from '../common/audit/audit-entry.entity';
import { ChangeSet } from '../common/audit/change-set.entity';
import { auditReverterFor, openChangeSet } from '../common/audit/change-set-context';
import { currentActor } from '../common/request-context';
import { isUuid } from '../common/uuid';
import { allowLongStatements } from '../common/graphql/request-deadline';
import { VIGIE_CONFIG, type VigieConfig } from '../config/vigie-config';

/**
 * Listing change sets and undoing one. The undo reverts every change of the set, newest first, each by
 * its own type's rules (CrudService.revertAuditEntries), in one transaction: either all of the set is
 * undone or nothing is (a record changed since refuses it with STALE_VERSION, naming the record).
 */
@Injectable()
export class ChangeSetsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(VIGIE_CONFIG) private readonly config: VigieConfig,
  ) {}

  async findOne(id: string, manager: EntityManager = this.dataSource.manager): Promise<ChangeSet> {
    const found = isUuid(id) ? await manager.findOneBy(ChangeSet, { id }) : null;
    if (!found) throw notFound('ChangeSet', id);
    return found;
  }

  async list(filter: { kind?: string | null }, first: number = DEFAULT_PAGE_SIZE, after?: string | null): Promise<Connection<ChangeSet>> {
    if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) throw badInput(`first must be a whole number from 0 to ${MAX_PAGE_SIZE}; got ${first}.`);
    const query = this.dataSource.getRepository(ChangeSet).createQueryBuilder('set');
    if (filter.kind) query.andWhere('set.kind = :kind', { kind: filter.kind });
    const totalCount = await query.clone().getCount();
    if (after) {
      const afterSet = await this.findOne(decodeCursor(after));
      query.andWhere('(set.created_at, set.id) < (:at, :id)', { at: afterSet.createdAt, id: afterSet.id });
    }
    const rows = first === 0 ? [] : await query.orderBy('set.created_at', 'DESC').addOrderBy('set.id', 'DESC').take(first + 1).getMany();
    const nodes = rows.slice(0, first);
    return { nodes, totalCount, pageInfo: { endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1].id) : null, hasNextPage: rows.length > first } };
  }

  async entryCount(id: string): Promise<number> {
    const [{ count }] = await this.dataSource.query('SELECT count(*)::int AS count FROM audit_entry WHERE change_set_id = $1', [id]);
    return count;
  }

  async undo(id: string): Promise<ChangeSet> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        await allowLongStatements(manager, this.config.longRequestTimeoutMs);
        const set = isUuid(id) ? await manager.findOne(ChangeSet, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
        if (!set) throw notFound('ChangeSet', id);
        if (set.undoneAt) throw new VigieError('CONFLICT', `"${set.label}" was already undone on ${set.undoneAt.toISOString()}.`, { changeSetId: id });
        if (set.kind === 'undo') throw badInput('An undo cannot itself be undone; make the change again instead.', { changeSetId: id });
        const entries = await manager.find(AuditEntry, { where: { changeSetId: id }, order: { id: 'DESC' } });
        const undo = await openChangeSet(manager, { kind: 'undo', label: `Undo: ${set.label}` });
        // Consecutive entries of one type go to their reverter together (a bulk import reverts in bulk).
        for (let start = 0; start < entries.length; ) {
          let end = start + 1;
          while (end < entries.length && entries[end].entityType === entries[start].entityType) end++;
          const reverter = auditReverterFor(entries[start].entityType);
          if (!reverter) throw badInput(`Changes to ${entries[start].entityType} records cannot be undone; nothing was undone.`, { entityType: entries[start].entityType });
          await reverter.revertAuditEntries(manager, entries.slice(start, end));
          start = end;
        }
        await manager.update(ChangeSet, { id }, { undoneAt: () => 'now()', undoneByEmail: currentActor()?.email ?? null, undoneByChangeSetId: undo.id } as never);
        return manager.findOneByOrFail(ChangeSet, { id });
      });
    } catch (error) {
      throw translateDatabaseError(error, 'ChangeSet');
    }
  }
}
