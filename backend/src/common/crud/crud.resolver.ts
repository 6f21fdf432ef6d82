import { Inject, type Type } from '@nestjs/common';
import { Args, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { EditableEntity } from '../editable.entity';
import { ConnectionType, type Connection } from '../graphql/connection';
import type { CrudService } from './crud.service';
import type { ListFilter } from './list-filter.input';
import { inputValidationPipe } from '../validation';

@ObjectType({ description: 'What a delete mutation removed.' })
export class DeletedRecord {
  @Field(() => ID, { description: 'The id of the removed record.' })
  id: string;
}

export interface CrudResolverOptions<E extends EditableEntity> {
  entity: Type<E>;
  /** GraphQL type name, e.g. `FiberRun`; gives `fiberRun`, `fiberRuns`, `createFiberRun` ... */
  typeName: string;
  /** Plural field name when not simply typeName + s. */
  pluralField?: string;
  createInput: Type<unknown>;
  updateInput: Type<unknown>;
  filterInput: Type<ListFilter>;
  service: Type<CrudService<E, never, never>>;
}

/**
 * The same five operations for every type, declared once: fetch by id, list with filters and cursor
 * pagination, create, update with version, delete with version. Type-specific fields live in each
 * feature's own resolver.
 */
export function createCrudResolver<E extends EditableEntity>(options: CrudResolverOptions<E>): Type<unknown> {
  const singular = options.typeName.charAt(0).toLowerCase() + options.typeName.slice(1);
  const plural = options.pluralField ?? `${singular}s`;
  const connection = ConnectionType(options.entity, options.typeName);

  @Resolver(() => options.entity)
  class CrudResolver {
    constructor(@Inject(options.service) readonly service: CrudService<E, object, { id: string; version: number }>) {}

    @Query(() => options.entity, { name: singular, description: `One ${options.typeName} by id; NOT_FOUND when none.` })
    findOne(@Args('id', { type: () => ID }) id: string): Promise<E> {
      return this.service.findOne(id);
    }

    @Query(() => connection, { name: plural, description: `A page of ${options.typeName} records matching the filter.` })
    list(
      @Args('filter', { type: () => options.filterInput, nullable: true }, inputValidationPipe(options.filterInput)) filter?: ListFilter,
      @Args('first', { type: () => Int, nullable: true, description: 'Page size, 0 to 1000 (default 100).' }) first?: number,
      @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
    ): Promise<Connection<E>> {
      return this.service.list(filter ?? {}, first ?? undefined, after);
    }

    @Mutation(() => options.entity, { name: `create${options.typeName}`, description: `Creates a ${options.typeName}.` })
    create(@Args('input', { type: () => options.createInput }, inputValidationPipe(options.createInput)) input: object): Promise<E> {
      return this.service.create(input);
    }

    @Mutation(() => options.entity, {
      name: `update${options.typeName}`,
      description: `Changes a ${options.typeName}; STALE_VERSION when someone changed it since \`version\`.`,
    })
    update(
      @Args('input', { type: () => options.updateInput }, inputValidationPipe(options.updateInput)) input: { id: string; version: number },
    ): Promise<E> {
      return this.service.update(input);
    }

    @Mutation(() => DeletedRecord, {
      name: `delete${options.typeName}`,
      description: `Deletes a ${options.typeName}; IN_USE while other records refer to it.`,
    })
    async delete(
      @Args('id', { type: () => ID }) id: string,
      @Args('version', { type: () => Int }) version: number,
    ): Promise<DeletedRecord> {
      return { id: await this.service.delete(id, version) };
    }
  }
  Object.defineProperty(CrudResolver, 'name', { value: `${options.typeName}CrudResolver` });
  return CrudResolver;
}
