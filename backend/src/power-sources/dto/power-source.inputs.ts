import { Field, Float, InputType } from '@nestjs/graphql';
import { IsIn } from 'class-validator';
import { BOUNDS } from '../../core/bounds';
import type { Point } from 'geojson';
import { GeoJSONPoint } from '../../common/graphql/geojson.scalars';
import { PowerSourceKindEnum } from '../../common/graphql/enums';
import { Bounded, PhysicalAssetInput, RequiredText } from '../../common/dto-fields';
import { UpdateInputType } from '../../common/crud/update-input';
import { ListFilterInput } from '../../common/crud/list-filter.input';
import { POWER_SOURCE_KINDS, type PowerSourceKind } from '../../core/domain';


@InputType({ description: 'A new power source.' })
export class CreatePowerSourceInput extends PhysicalAssetInput {
  @Field(() => String) @RequiredText(200) name: string;
  @Field(() => PowerSourceKindEnum) @IsIn(POWER_SOURCE_KINDS) kind: PowerSourceKind;
  @Field(() => GeoJSONPoint) location: Point;
  @Field(() => Float) @Bounded(BOUNDS.PowerSource.capacityWatts) capacityWatts: number;
  @Field(() => Float) @Bounded(BOUNDS.PowerSource.voltage) voltage: number;
}

export const UpdatePowerSourceInput = UpdateInputType(CreatePowerSourceInput, 'PowerSource');
export type UpdatePowerSourceInput = InstanceType<typeof UpdatePowerSourceInput>;
export const PowerSourceFilter = ListFilterInput('PowerSource', { status: true, kindEnum: PowerSourceKindEnum, kindValues: POWER_SOURCE_KINDS });
