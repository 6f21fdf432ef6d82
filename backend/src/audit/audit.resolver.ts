import { Inject } from '@nestjs/common';
import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { ConnectionType, type Connection } from '../common/graphql/connection';
import { inputValidationPipe } from '../common/validation';
import { currentActor } from '../common/request-context';
import { forbidden } from '../common/errors/vigie-errors';
import { AuditEntry } from '../common/audit/audit-entry.entity';
import { AuditService } from './audit.service';
import { AuditFilter } from './dto/audit.inputs';

const AuditEntryConnection = ConnectionType(AuditEntry, 'AuditEntry');
/** Account histories are for admins, even in `auditLog`. */
const ADMIN_ONLY_TYPES = new Set(['User', 'Organisation']);

/** The audit trail, read-only: there is no mutation on it, by design. */
@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(@Inject(AuditService) private readonly audit: AuditService) {}

  @Query(() => AuditEntryConnection, { description: 'The history of one record, newest first (planners; account records: admins).' })
  auditLog(
    @Args('entityType', { type: () => String, description: 'GraphQL type name, e.g. Camera.' }) entityType: string,
    @Args('entityId', { type: () => ID }) entityId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<AuditEntry>> {
    if (ADMIN_ONLY_TYPES.has(entityType) && currentActor()?.role !== 'admin') {
      throw forbidden(`The history of ${entityType} records is for administrators.`);
    }
    return this.audit.list({ entityType, entityId }, first ?? undefined, after);
  }

  @Query(() => AuditEntryConnection, { description: 'Every change matching the filter, newest first (admins).' })
  auditEntries(
    @Args('filter', { type: () => AuditFilter, nullable: true }, inputValidationPipe(AuditFilter)) filter?: AuditFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<AuditEntry>> {
    return this.audit.list(filter ?? {}, first ?? undefined, after);
  }
}
