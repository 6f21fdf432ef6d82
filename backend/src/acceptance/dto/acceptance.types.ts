import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "@nestjs/graphql";
import { IsISO8601, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import type { Point } from 'geojson';
import { DoriLevelEnum } from '../../common/graphql/enums';
import { GeoJSONPoint } from '../../common/graphql/geojson.scalars';
import { Bounded } from '../../common/dto-fields';
import { BOUNDS } from '../../core/bounds';
import type { DoriLevel } from '../../core/domain';
import type { DeviationKind } from '../../core/acceptance/deviations';
import { CameraCoverage } from '../../coverage/camera-coverage.entity';
import type { CameraCoverageView } from '../../coverage/coverage.service';

const DEVIATION_KINDS: readonly DeviationKind[] = ['heading', 'tilt', 'mount_height', 'position', 'model', 'black_spot'];
export const DeviationKindEnum = Object.fromEntries(DEVIATION_KINDS.map((k) => [k, k])) as Record<DeviationKind, DeviationKind>;
registerEnumType(DeviationKindEnum, { name: 'DeviationKind', description: 'What an as-built camera deviates in.' });

@ObjectType({ description: 'One way an as-built camera is out of tolerance against its design.' })
export class AcceptanceDeviation {
  @Field(() => DeviationKindEnum, { description: 'What deviates.' }) kind: DeviationKind;
  @Field(() => Float, { description: 'How much: degrees, metres, or percentage points lost (black spot).' }) value: number;
  @Field(() => Float, { description: 'The tolerance it exceeds, same unit.' }) tolerance: number;
  @Field(() => ID, { nullable: true, description: 'The black spot, for kind black_spot.' }) blackSpotId: string | null;
  @Field(() => String, { description: 'The reason in words.' }) message: string;
}

@ObjectType({ description: 'The tolerances in force (VIGIE_ACCEPTANCE_*).' })
export class AcceptanceTolerances {
  @Field(() => Float, { description: 'Largest heading deviation accepted, degrees.' }) headingDegrees: number;
  @Field(() => Float, { description: 'Largest tilt deviation accepted, degrees.' }) tiltDegrees: number;
  @Field(() => Float, { description: 'Largest position deviation accepted, metres.' }) positionMeters: number;
  @Field(() => Float, { description: 'Largest mount-height deviation accepted, metres.' }) mountHeightMeters: number;
  @Field(() => Float, { description: 'Percentage points a black spot may lose.' }) blackSpotLossPoints: number;
}

@ObjectType({ description: 'What one black spot gets from the camera alone, designed against as built, at its required level.' })
export class BlackSpotAcceptance {
  @Field(() => ID, { description: 'The black spot.' }) blackSpotId: string;
  @Field(() => String, { description: 'The black spot\'s code.' }) blackSpotCode: string;
  @Field(() => DoriLevelEnum, { description: 'The DORI level it must be covered at.' }) requiredLevel: DoriLevel;
  @Field(() => Float, { description: 'Share of the black spot the designed camera covers at its required level, percent.' })
  designCoveredPercent: number;
  @Field(() => Float, { description: 'Share the as-built camera covers, percent.' }) asBuiltCoveredPercent: number;
  @Field(() => Float, { description: 'Percentage points lost (negative: gained).' }) lossPoints: number;
  @Field(() => Boolean, { description: 'Lost more than the tolerance.' }) outOfTolerance: boolean;
}

@ObjectType({ description: 'An installed camera compared with its design: deviations, black-spot coverage, both coverages for the map.' })
export class CameraAcceptance {
  @Field(() => ID, { description: 'The camera.' }) cameraId: string;
  @Field(() => String, { description: 'The camera\'s code.' }) cameraCode: string;
  @Field(() => ID, { description: 'The as-built record compared (the current one).' }) asBuiltId: string;
  @Field(() => Float, { description: 'Smallest angle between designed and measured heading, degrees.' }) headingDeviationDegrees: number;
  @Field(() => Float, { description: 'Measured minus designed tilt, degrees.' }) tiltDeviationDegrees: number;
  @Field(() => Float, { description: 'Measured minus designed mount height, metres.' }) mountHeightDeviationMeters: number;
  @Field(() => Float, { description: 'Distance between designed and measured position, metres (projected CRS).' }) positionDeviationMeters: number;
  @Field(() => Boolean, { description: 'The installed model differs from the design\'s.' }) modelChanged: boolean;
  @Field(() => [BlackSpotAcceptance], { description: 'Each black spot either view reaches, by code.' }) blackSpots: BlackSpotAcceptance[];
  @Field(() => Boolean, { description: 'No deviation beyond tolerance.' }) withinTolerance: boolean;
  @Field(() => [AcceptanceDeviation], { description: 'Deviations beyond tolerance (needs correction when not empty).' }) deviations: AcceptanceDeviation[];
  @Field(() => AcceptanceTolerances, { description: 'The tolerances applied.' }) tolerances: AcceptanceTolerances;
  @Field(() => [CameraCoverage], { description: 'The designed camera\'s coverage per DORI level (same engine).' }) designCoverage: CameraCoverageView[];
  @Field(() => [CameraCoverage], { description: 'The as-built camera\'s coverage per DORI level (same engine).' }) asBuiltCoverage: CameraCoverageView[];
}

@InputType({ description: 'A camera as measured after installation.' })
export class RecordCameraAsBuiltInput {
  @Field(() => ID, { description: 'The camera.' }) @IsUUID('all', { message: 'cameraId must be a uuid' }) cameraId: string;

  @Field(() => GeoJSONPoint, { description: 'Measured position.' }) location: Point;

  @Field(() => Float, { description: 'Measured heading, degrees clockwise from north, 0 <= h < 360.' })
  @Bounded(BOUNDS.Camera.headingDegrees)
  headingDegrees: number;

  @Field(() => Float, { description: 'Measured downward tilt, degrees, -90..90.' })
  @Bounded(BOUNDS.Camera.tiltDegrees)
  tiltDegrees: number;

  @Field(() => Float, { description: 'Measured lens height above ground, metres.' })
  @Bounded(BOUNDS.Camera.mountHeightMeters)
  mountHeightMeters: number;

  @Field(() => ID, { nullable: true, description: 'The catalogue model installed; default the designed one.' })
  @IsOptional()
  @IsUUID('all', { message: 'modelId must be a uuid' })
  modelId?: string | null;

  @Field(() => String, { nullable: true, description: 'Serial number of the installed camera.' }) @IsOptional() @IsString() @MaxLength(100) serialNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'What the person wrote, if anything.' }) @IsOptional() @IsString() @MaxLength(1000) comment?: string | null;

  @Field(() => String, { nullable: true, description: 'When it was measured (ISO 8601); default now.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'measuredAt must be an ISO 8601 date-time' })
  measuredAt?: string | null;
}

@InputType({ description: "The engineer's decision on the current as-built record." })
export class ReviewCameraAsBuiltInput {
  @Field(() => ID, { description: 'The as-built record.' }) @IsUUID('all', { message: 'id must be a uuid' }) id: string;
  @Field(() => Int, { description: "The version read (optimistic locking)." }) version: number;
  @Field(() => String, { nullable: true, description: 'Required to send back, and to accept a record out of tolerance.' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  comment?: string | null;
}
