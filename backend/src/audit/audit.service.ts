import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { badInput } from '../common/errors/vigie-errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/crud/crud.service';
import type { Connection } from '../common/graphql/connection';
import { AuditEntry } from '../common/audit/audit-entry.entity';
import type { AuditFilter } from './dto/audit.inputs';

/** Reading the trail (newest first, cursor-paginated). Writing is audit-writer.ts, inside each change's transaction. */
@Injectable()
export class AuditService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  list(filter: AuditFilter & { entityId?: string }, first: number = DEFAULT_PAGE_SIZE, after?: string | null): Promise<Connection<AuditEntry>> {
    if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
      throw badInput(`first must be a whole number from 0 to ${MAX_PAGE_SIZE}; got ${first}.`);
    }
    if (filter.from && filter.to && filter.from > filter.to) throw badInput('from must be before to.');
    const query = this.dataSource.getRepository(AuditEntry).createQueryBuilder('entry');
    if (filter.entityType) query.andWhere('entry.entity_type = :entityType', { entityType: filter.entityType });
    if (filter.entityId) query.andWhere('entry.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.actorUserId) query.andWhere('entry.actor_user_id = :actorUserId', { actorUserId: filter.actorUserId });
    if (filter.action?.length) query.andWhere('entry.action IN (:...actions)', { actions: filter.action });
    if (filter.from) query.andWhere('entry.at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('entry.at < :to', { to: filter.to });
    return this.page(query, first, after);
  }

  private async page(query: SelectQueryBuilder<AuditEntry>, first: number, after?: string | null): Promise<Connection<AuditEntry>> {
    const totalCount = await query.clone().getCount();
    if (after) query.andWhere('entry.id < :afterId', { afterId: decodeAuditCursor(after) });
    const rows = first === 0 ? [] : await query.orderBy('entry.id', 'DESC').take(first + 1).getMany();
    const nodes = rows.slice(0, first);
    return {
      nodes,
      totalCount,
      pageInfo: { endCursor: nodes.length ? Buffer.from(nodes[nodes.length - 1].id).toString('base64url') : null, hasNextPage: rows.length > first },
    };
  }
}

function decodeAuditCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^\d{1,19}$/.test(id)) throw badInput(`The cursor "${cursor}" is not one this API gave out.`);
  return id;
}
