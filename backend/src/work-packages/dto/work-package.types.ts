import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Point } from 'geojson';
import { AssetStatusEnum } from '../../common/graphql/enums';
import { GeoJSONPoint } from '../../common/graphql/geojson.scalars';
import { NetworkElementKindEnum } from '../../network/dto/network.types';
import type { AssetStatus } from '../../core/domain';
import type { NetworkElementKind } from '../../core/network';

@ObjectType({ description: 'One asset of a work package.' })
export class WorkPackageAssetEntry {
  @Field(() => NetworkElementKindEnum, { description: 'The kind of asset (its table name).' }) assetType: NetworkElementKind;
  @Field(() => ID, { description: 'The asset.' }) assetId: string;
  @Field(() => String, { description: 'The asset code.' }) code: string;
  @Field(() => AssetStatusEnum, { description: 'Life-cycle status.' }) status: AssetStatus;
  @Field(() => Int, { description: 'The asset version (send it back with moveAssetStatus).' }) version: number;
  @Field(() => GeoJSONPoint, { description: 'Where it is: the point, or the midpoint of a cable.' }) position: Point;
}
