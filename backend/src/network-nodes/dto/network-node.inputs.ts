import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsOptional } from 'class-validator';
import { BOUNDS } from '../../core/bounds';
import type { Point } from 'geojson';
import { GeoJSONPoint } from '../../common/graphql/geojson.scalars';
import { NetworkNodeKindEnum } from '../../common/graphql/enums';
import { Bounded, PhysicalAssetInput, RequiredText, UpsAutonomyMinutesField } from '../../common/dto-fields';
import { UpdateInputType } from '../../common/crud/update-input';
import { ListFilterInput } from '../../common/crud/list-filter.input';
import { NETWORK_NODE_KINDS, type NetworkNodeKind } from '../../core/domain';

@InputType({ description: 'A new network node.' })
export class CreateNetworkNodeInput extends PhysicalAssetInput {
  @Field(() => String) @RequiredText(200) name: string;
  @Field(() => NetworkNodeKindEnum) @IsIn(NETWORK_NODE_KINDS) kind: NetworkNodeKind;
  @Field(() => GeoJSONPoint) location: Point;
  @Field(() => Int, { nullable: true }) @IsOptional() @Bounded(BOUNDS.NetworkNode.portCount) portCount?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @Bounded(BOUNDS.NetworkNode.strandCapacity) strandCapacity?: number | null;
  @Field(() => Float, { nullable: true, description: 'Power drawn, watts; empty = the default for the kind.' })
  @IsOptional() @Bounded(BOUNDS.NetworkNode.powerDrawWatts)
  powerDrawWatts?: number | null;
  @UpsAutonomyMinutesField()
  upsAutonomyMinutes?: number | null;
}

export const UpdateNetworkNodeInput = UpdateInputType(CreateNetworkNodeInput, 'NetworkNode');
export type UpdateNetworkNodeInput = InstanceType<typeof UpdateNetworkNodeInput>;
export const NetworkNodeFilter = ListFilterInput('NetworkNode', { status: true, kindEnum: NetworkNodeKindEnum, kindValues: NETWORK_NODE_KINDS });
