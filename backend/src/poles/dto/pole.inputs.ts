import { Field, Float, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { BOUNDS } from '../../core/bounds';
import type { Point } from 'geojson';
import { GeoJSONPoint } from '../../common/graphql/geojson.scalars';
import { PoleKindEnum } from '../../common/graphql/enums';
import { Bounded, PhysicalAssetInput, UpsAutonomyMinutesField } from '../../common/dto-fields';
import { UpdateInputType } from '../../common/crud/update-input';
import { ListFilterInput } from '../../common/crud/list-filter.input';
import { POLE_KINDS, type PoleKind } from '../../core/domain';

@InputType({ description: 'A new pole or mount.' })
export class CreatePoleInput extends PhysicalAssetInput {
  @Field(() => PoleKindEnum)
  @IsIn(POLE_KINDS)
  kind: PoleKind;

  @Field(() => Float, { description: 'Height above ground, metres (0 < h <= 100).' })
  @Bounded(BOUNDS.Pole.heightMeters)
  heightMeters: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  owner?: string | null;

  @Field(() => GeoJSONPoint)
  location: Point;
  @UpsAutonomyMinutesField()
  upsAutonomyMinutes?: number | null;
}

export const UpdatePoleInput = UpdateInputType(CreatePoleInput, 'Pole');
export type UpdatePoleInput = InstanceType<typeof UpdatePoleInput>;
export const PoleFilter = ListFilterInput('Pole', { status: true, kindEnum: PoleKindEnum, kindValues: POLE_KINDS });
