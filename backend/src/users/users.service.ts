import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { VIGIE_CONFIG, type VigieConfig } from '../config/vigie-config';
import { badInput, notFound } from '../common/errors/vigie-errors';
import { decodeCursor, encodeCursor, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE, translateDatabaseError } from '../common/crud/crud.service';
import type { Connection } from '../common/graphql/connection';
import { createAccount, updateAccount, type AccountChanges, type NewAccount } from './user-accounts';
import type { UserFilter } from './dto/user.inputs';
import { User } from './user.entity';

@Injectable()
export class UsersService implements OnApplicationBootstrap {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(VIGIE_CONFIG) private readonly config: VigieConfig,
  ) {}

  /** VIGIE_ADMIN_EMAIL / VIGIE_ADMIN_PASSWORD: the first administrator, made when there is none yet. */
  async onApplicationBootstrap(): Promise<void> {
    const initial = this.config.initialAdmin;
    if (!initial) return;
    const created = await this.dataSource.transaction(async (manager) => {
      const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM app_user WHERE role = 'admin'`);
      if (count > 0) return false;
      await createAccount(manager, { email: initial.email, name: initial.name, role: 'admin', password: initial.password });
      return true;
    });
    if (created) new Logger('Users').log(`Created the first administrator ${initial.email.toLowerCase()} (VIGIE_ADMIN_EMAIL).`);
  }

  async findOne(id: string): Promise<User> {
    const user = /^[0-9a-f-]{36}$/i.test(id) ? await this.dataSource.getRepository(User).findOne({ where: { id } }) : null;
    if (!user) throw notFound('User', id);
    return user;
  }

  async list(filter: UserFilter = {}, first: number = DEFAULT_PAGE_SIZE, after?: string | null): Promise<Connection<User>> {
    if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
      throw badInput(`first must be a whole number from 0 to ${MAX_PAGE_SIZE}; got ${first}.`);
    }
    const query = this.dataSource.getRepository(User).createQueryBuilder('record').leftJoinAndSelect('record.organisation', 'organisation');
    if (filter.role?.length) query.andWhere('record.role IN (:...roles)', { roles: filter.role });
    if (filter.organisationId) query.andWhere('record.organisation_id = :organisationId', { organisationId: filter.organisationId });
    if (filter.disabled !== undefined && filter.disabled !== null) query.andWhere('record.disabled = :disabled', { disabled: filter.disabled });
    if (filter.search) {
      query.andWhere('(record.email ILIKE :search OR record.name ILIKE :search)', {
        search: `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    const totalCount = await query.clone().getCount();
    if (after) query.andWhere('record.id > :afterId', { afterId: decodeCursor(after) });
    const rows = first === 0 ? [] : await query.orderBy('record.id', 'ASC').take(first + 1).getMany();
    const nodes = rows.slice(0, first);
    return {
      nodes,
      totalCount,
      pageInfo: { endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1].id) : null, hasNextPage: rows.length > first },
    };
  }

  create(input: NewAccount): Promise<User> {
    return this.write((manager) => createAccount(manager, input));
  }

  update(input: AccountChanges): Promise<User> {
    return this.write((manager) => updateAccount(manager, input));
  }

  private async write<T>(work: (manager: import('typeorm').EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      throw translateDatabaseError(error, 'User');
    }
  }
}
