import { Field, Float, InputType, ObjectType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { Bounded } from '../../common/dto-fields';
import { BOUNDS } from '../../core/bounds';


/** A PTZ preset as stored in camera.ptz_presets (jsonb). */
export interface PtzPresetValue {
  name: string;
  headingDegrees: number;
  tiltDegrees: number;
  zoomFactor: number;
}

@ObjectType({ description: 'A named position a PTZ camera returns to: pan heading, tilt and zoom, e.g. "Bab Boujloud gate".' })
export class PtzPreset implements PtzPresetValue {
  @Field({ description: 'Name shown to operators; unique on the camera.' })
  name: string;

  @Field(() => Float, { description: 'Pan heading, degrees clockwise from north (0 <= h < 360).' })
  headingDegrees: number;

  @Field(() => Float, { description: 'Tilt below the horizon, degrees (-90..90; positive looks down).' })
  tiltDegrees: number;

  @Field(() => Float, { description: 'Optical zoom, from 1 (widest) to the model\'s maximum.' })
  zoomFactor: number;
}

@InputType({ description: 'A PTZ preset: a named pan heading, tilt and zoom.' })
export class PtzPresetInput implements PtzPresetValue {
  @Field({ description: 'Name shown to operators; unique on the camera.' })
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  name: string;

  @Field(() => Float, { description: 'Pan heading, degrees clockwise from north (0 <= h < 360).' })
  @Bounded(BOUNDS.PtzPreset.headingDegrees)
  headingDegrees: number;

  @Field(() => Float, { description: 'Tilt below the horizon, degrees (-90..90; positive looks down).' })
  @Bounded(BOUNDS.PtzPreset.tiltDegrees)
  tiltDegrees: number;

  @Field(() => Float, { description: 'Optical zoom, from 1 (widest) to the model\'s maximum.' })
  @Bounded(BOUNDS.PtzPreset.zoomFactor)
  zoomFactor: number;
}
