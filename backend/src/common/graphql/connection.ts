import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';

@ObjectType({ description: 'Where a page of a list ends.' })
export class PageInfo {
  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor: string | null;

  @Field(() => Boolean, { description: 'Whether another page follows.' })
  hasNextPage: boolean;
}

export interface Connection<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: PageInfo;
}

/** A cursor-paginated list of `T` with the total number of matches. */
export function ConnectionType<T>(itemType: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Connection`, { description: `A page of ${name} records.` })
  class ConnectionClass implements Connection<T> {
    @Field(() => [itemType], { description: 'The records of this page.' })
    nodes: T[];

    @Field(() => Int, { description: 'How many records match the filter, over all pages.' })
    totalCount: number;

    @Field(() => PageInfo, { description: 'Where this page ends.' })
    pageInfo: PageInfo;
  }
  return ConnectionClass;
}
