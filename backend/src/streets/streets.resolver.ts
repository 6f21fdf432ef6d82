import { Args, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { ConnectionType, type Connection } from '../common/graphql/connection';
import { ListFilterInput, type ListFilter } from '../common/crud/list-filter.input';
import { inputValidationPipe } from '../common/validation';
import { Street } from './street.entity';
import { StreetsService } from './streets.service';
import { ANALYSIS_COST } from '../common/graphql/query-costs';

export const StreetFilter = ListFilterInput('Street', {});
const StreetConnection = ConnectionType(Street, 'Street');

@ObjectType({ description: 'What a street import did.' })
export class StreetImportResult {
  @Field(() => Int, { description: 'Features read from the file.' }) features: number;
  @Field(() => Int, { description: 'Streets added (a MultiLineString adds one per part).' }) inserted: number;
  @Field(() => Int, { description: 'Streets already stored (same sourceId) that were changed.' }) updated: number;
  @Field(() => Int, { description: 'Streets already stored (same sourceId) and identical.' }) unchanged: number;
  @Field(() => Int, { description: 'Repeated sourceIds inside the file, ignored after the first.' }) duplicatesInFile: number;
}

@Resolver(() => Street)
export class StreetsResolver {
  constructor(private readonly streets: StreetsService) {}

  @Query(() => Street, { name: 'street', description: 'One street by id; NOT_FOUND when none.' })
  street(@Args('id', { type: () => ID, description: 'Street id.' }) id: string): Promise<Street> {
    return this.streets.findOne(id);
  }

  @Query(() => StreetConnection, { name: 'streets', description: 'A page of streets (bbox, zone, text filters).' })
  list(
    @Args('filter', { type: () => StreetFilter, nullable: true, description: 'Which streets.' }, inputValidationPipe(StreetFilter)) filter?: ListFilter,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 0 to 1000 (default 100).' }) first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
  ): Promise<Connection<Street>> {
    return this.streets.list(filter ?? {}, first ?? undefined, after);
  }

  @Mutation(() => StreetImportResult, {
    complexity: ANALYSIS_COST.importStreets,
    description:
      'Imports street centre lines from a GeoJSON FeatureCollection (OSM highway/name/osm_id), all or nothing; ' +
      'rows with a known sourceId are updated or left unchanged.',
  })
  importStreets(
    @Args('featureCollection', { type: () => String, description: 'The GeoJSON FeatureCollection, as a string.' }) featureCollection: string,
    @Args('sourcePrefix', { type: () => String, nullable: true, description: 'Prefix of sourceIds, default "osm" (gives osm:way/123).' })
    sourcePrefix?: string | null,
  ): Promise<StreetImportResult> {
    return this.streets.importStreets(featureCollection, sourcePrefix);
  }
}
