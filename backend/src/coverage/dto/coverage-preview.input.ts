import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';
import type { Point } from 'geojson';
import { GeoJSONPoint } from '../../common/graphql/geojson.scalars';

const finite = { allowNaN: false, allowInfinity: false };

@InputType({
  description:
    'Camera parameters to preview, nothing saved. With cameraId, what is left out is the camera\'s own; without it, location, modelId, mountHeightMeters and headingDegrees are required.',
})
export class CoveragePreviewInput {
  @Field(() => ID, { nullable: true, description: 'An existing camera whose saved values fill the parameters left out.' })
  @IsOptional()
  @IsUUID('all', { message: 'cameraId must be a uuid' })
  cameraId?: string | null;

  @Field(() => GeoJSONPoint, { nullable: true, description: 'Where the camera would be mounted.' })
  @IsOptional()
  location?: Point | null;

  @Field(() => ID, { nullable: true, description: 'The catalogue model.' })
  @IsOptional()
  @IsUUID('all', { message: 'modelId must be a uuid' })
  modelId?: string | null;

  @Field(() => Float, { nullable: true, description: 'Lens height above ground, metres (0 < h <= 100).' })
  @IsOptional()
  @IsNumber(finite)
  @Min(0.1)
  @Max(100)
  mountHeightMeters?: number | null;

  @Field(() => Float, { nullable: true, description: 'Degrees clockwise from north, 0 <= h < 360.' })
  @IsOptional()
  @IsNumber(finite)
  @Min(0)
  @Max(359.999999)
  headingDegrees?: number | null;

  @Field(() => Float, { nullable: true, description: 'Degrees below the horizon, -90..90 (default: the camera\'s, else 0).' })
  @IsOptional()
  @IsNumber(finite)
  @Min(-90)
  @Max(90)
  tiltDegrees?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Focal length within the model\'s range, mm (for a PTZ: its zoom setting); null uses the widest setting.',
  })
  @IsOptional()
  @IsNumber(finite)
  @Min(0.5)
  @Max(2000)
  focalLengthMm?: number | null;
}
