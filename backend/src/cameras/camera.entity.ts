import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BoundChecks, CodeRules } from '../common/bound-checks';
import { ptzPresetsCheck } from '../core/bounds';
import type { Point } from 'geojson';
import { PhysicalAssetEntity } from '../common/physical-asset.entity';
import { SceneActivityEnum, VideoCodecEnum } from '../common/graphql/enums';
import { SCENE_ACTIVITIES, VIDEO_CODECS, type SceneActivity, type VideoCodec } from '../core/domain';
import { GeometryColumn } from '../common/geometry-column';
import { GeoJSONPoint } from '../common/graphql/geojson.scalars';
import { Pole } from '../poles/pole.entity';
import { CameraModel } from '../camera-models/camera-model.entity';
import { fromModel, resolveCameraModel } from './camera-fields';
import { cameraDetectionRangeMeters, cameraHorizontalFieldOfViewDegrees } from './camera-optics';
import { PtzPreset, type PtzPresetValue } from './dto/ptz-preset.types';

@ObjectType({ description: 'A camera as placed and aimed: where, on what, which model, which heading.' })
@Entity()
@BoundChecks('camera')
@CodeRules('camera')
@Check('camera_ptz_presets_array', `jsonb_typeof("ptz_presets") = 'array'`)
@Check('camera_ptz_presets_range', ptzPresetsCheck())
export class Camera extends PhysicalAssetEntity {
  @Field(() => String, { nullable: true, description: 'Name shown to people, e.g. "Bab Boujloud north".' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  name: string | null;

  @Field(() => GeoJSONPoint, { description: 'Where the camera is mounted.' })
  @GeometryColumn('Point')
  location: Point;

  @Field(() => ID, { nullable: true, description: 'The pole or mount carrying it, if any.' })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  poleId: string | null;

  @ManyToOne(() => Pole, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  pole?: Pole | null;

  @Field(() => ID, { description: 'The catalogue model.' })
  @Index()
  @Column({ type: 'uuid' })
  modelId: string;

  @Field(() => CameraModel, { description: 'The catalogue model.', middleware: [resolveCameraModel] })
  @ManyToOne(() => CameraModel, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  model?: CameraModel;

  /** Derived from the model and focal length, never stored (camera-fields.ts). */
  @Field(() => Float, { description: 'Horizontal field of view at the set focal length, degrees.' })
  get horizontalFieldOfViewDegrees(): number | Promise<number> {
    return fromModel(this, cameraHorizontalFieldOfViewDegrees);
  }

  /** Derived from the model and focal length, never stored (camera-fields.ts). */
  @Field(() => Float, { description: 'Distance along the optical axis up to which detection density (25 px/m) holds, metres; buildings ignored.' })
  get detectionRangeMeters(): number | Promise<number> {
    return fromModel(this, cameraDetectionRangeMeters);
  }

  @Field(() => Float, { description: 'Lens height above ground, metres.' })
  @Column({ type: 'double precision' })
  mountHeightMeters: number;

  @Field(() => Float, { description: 'Direction of the optical axis, degrees clockwise from north (0 <= h < 360).' })
  @Column({ type: 'double precision' })
  headingDegrees: number;

  @Field(() => Float, { description: 'Downward tilt below the horizon, degrees (positive looks down).' })
  @Column({ type: 'double precision', default: 0 })
  tiltDegrees: number;

  @Field(() => Float, { nullable: true, description: 'Focal length set on the lens, mm; null uses the model\'s widest setting.' })
  @Column({ type: 'double precision', nullable: true })
  focalLengthMm: number | null;

  @Field(() => Float, { nullable: true, description: 'Battery (UPS) autonomy at this point, minutes; null when there is none.' })
  @Column({ type: 'double precision', nullable: true })
  upsAutonomyMinutes: number | null;

  @Field(() => SceneActivityEnum, { nullable: true, description: 'How busy the scene it watches is (bitrate sizing); null takes the recording profile\'s default.' })
  @Column({ type: 'enum', enum: SCENE_ACTIVITIES, enumName: 'scene_activity', nullable: true })
  sceneActivity: SceneActivity | null;

  @Field(() => VideoCodecEnum, { nullable: true, description: 'Video compression its recorded stream is set to (bitrate sizing); null takes its model\'s codec.' })
  @Column({ type: 'enum', enum: VIDEO_CODECS, enumName: 'video_codec', nullable: true })
  codec: VideoCodec | null;

  @Field(() => [PtzPreset], { description: 'Named pan/tilt/zoom positions of a PTZ camera (empty for fixed cameras).' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  ptzPresets: PtzPresetValue[];

  @Field(() => String, { nullable: true, description: 'Where an import took it from (osm:node/123, or "<source>:<id>"): a re-import of the same source updates it instead of adding a copy.' })
  @Index({ unique: true, where: '"source_id" IS NOT NULL' })
  @Column({ type: 'varchar', length: 120, nullable: true })
  sourceId: string | null;
}
