import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Point } from 'geojson';
import { GeometryColumn } from '../common/geometry-column';
import { GeoJSONPoint } from '../common/graphql/geojson.scalars';

/** What a photo can be attached to, by table name: the physical assets, and faults (maintenance tickets). */
export const EVIDENCE_ASSET_TYPES = ['pole', 'camera', 'network_node', 'fiber_run', 'power_source', 'power_feed', 'fault'] as const;
export type EvidenceAssetType = (typeof EVIDENCE_ASSET_TYPES)[number];
export const EvidenceAssetTypeEnum = Object.fromEntries(EVIDENCE_ASSET_TYPES.map((t) => [t, t])) as Record<EvidenceAssetType, EvidenceAssetType>;
registerEnumType(EvidenceAssetTypeEnum, { name: 'EvidenceAssetType', description: 'The kind of physical asset a photo shows (its table name), or a fault it documents.' });

/** What a photo may be: sniffed from the bytes, and equal to the type the upload declared. */
export const EVIDENCE_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic'] as const;
export type EvidenceContentType = (typeof EVIDENCE_CONTENT_TYPES)[number];

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * A photo taken on site as evidence for an asset (and, when given, one of its lifecycle steps). The
 * bytes are in the evidence storage under keys made from the sha256 (one copy per content); the row
 * holds what was checked and read on upload. Immutable: deleted, never changed.
 */
@ObjectType({ description: 'A photo of an asset taken on site, with what was read from it.' })
@Entity()
@Index(['assetType', 'assetId', 'uploadedAt'])
@Index('evidence_photo_asset_content', ['assetType', 'assetId', 'contentHash'], { unique: true })
@Index(['contentHash'])
@Check('evidence_photo_asset_type', `"asset_type" IN (${list(EVIDENCE_ASSET_TYPES)})`)
@Check('evidence_photo_content_type', `"content_type" IN (${list(EVIDENCE_CONTENT_TYPES)})`)
@Check('evidence_photo_content_hash', `"content_hash" ~ '^[0-9a-f]{64}$'`)
@Check('evidence_photo_size_bytes_range', `"size_bytes" > 0`)
@Check('evidence_photo_pixels_range', `"width_pixels" > 0 AND "height_pixels" > 0`)
@Check('evidence_photo_distance_meters_range', `"distance_from_asset_meters" IS NULL OR "distance_from_asset_meters" >= 0`)
@Check('evidence_photo_far_needs_distance', `NOT "far_from_asset" OR "distance_from_asset_meters" IS NOT NULL`)
export class EvidencePhoto {
  @Field(() => ID, { description: 'Stable identifier (uuid).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => EvidenceAssetTypeEnum, { description: 'The kind of asset it shows.' })
  @Column({ type: 'varchar', length: 32 })
  assetType: EvidenceAssetType;

  @Field(() => ID, { description: 'The asset it shows.' })
  @Column({ type: 'uuid' })
  assetId: string;

  @Field(() => ID, { nullable: true, description: 'The lifecycle step it documents, when given.' })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  stepId: string | null;

  // By entity name (installation/ sits beside this feature). Never loaded; it makes the foreign key.
  @ManyToOne('AssetStatusStep', { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn()
  step?: { id: string } | null;

  @Field(() => ID, { nullable: true, description: 'For a photo of a fault: the entry of its history it documents (a state change, a comment), when given.' })
  @Index()
  @Column({ type: 'bigint', nullable: true })
  faultEventId: string | null;

  // By entity name (faults/ sits beside this feature). Never loaded; it makes the foreign key.
  @ManyToOne('FaultEvent', { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn()
  faultEvent?: { id: string } | null;

  @Field(() => String, { description: 'sha256 of the bytes, hex: the same photo is stored once.' })
  @Column({ type: 'char', length: 64 })
  contentHash: string;

  @Field(() => String, { description: 'image/jpeg, image/png, image/webp or image/heic, sniffed from the bytes.' })
  @Column({ type: 'varchar', length: 32 })
  contentType: EvidenceContentType;

  @Field(() => Int, { description: 'Size of the original, bytes.' })
  @Column({ type: 'integer' })
  sizeBytes: number;

  @Field(() => Int, { description: 'Width as displayed (EXIF orientation applied), pixels.' })
  @Column({ type: 'integer' })
  widthPixels: number;

  @Field(() => Int, { description: 'Height as displayed (EXIF orientation applied), pixels.' })
  @Column({ type: 'integer' })
  heightPixels: number;

  @Field(() => String, { nullable: true, description: "The uploaded file's name, as a label only (last segment, sanitised)." })
  @Column({ type: 'varchar', length: 120, nullable: true })
  displayName: string | null;

  @Field(() => String, { nullable: true, description: 'EXIF DateTimeOriginal as the camera wrote it, YYYY-MM-DDTHH:MM:SS, no zone.' })
  @Column({ type: 'varchar', length: 19, nullable: true })
  takenAtLocal: string | null;

  @Field(() => String, { nullable: true, description: 'EXIF OffsetTimeOriginal, e.g. +01:00; null when the photo has none.' })
  @Column({ type: 'varchar', length: 6, nullable: true })
  takenAtOffset: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was taken, only when the photo says its UTC offset.' })
  @Column({ type: 'timestamptz', nullable: true })
  takenAt: Date | null;

  @Field(() => GeoJSONPoint, { nullable: true, description: 'EXIF GPS position; null when the photo has none.' })
  @GeometryColumn('Point', { nullable: true })
  position: Point | null;

  @Field(() => Float, { nullable: true, description: 'Metres from the EXIF position to the asset (projected CRS), at upload; null without a position.' })
  @Column({ type: 'double precision', nullable: true })
  distanceFromAssetMeters: number | null;

  @Field(() => Boolean, { description: 'Taken farther from the asset than the allowed distance (VIGIE_EVIDENCE_MAX_DISTANCE_METERS).' })
  @Column({ type: 'boolean', default: false })
  farFromAsset: boolean;

  @Field(() => ID, { nullable: true, description: 'Who uploaded it (null once the account is gone).' })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  uploadedByUserId: string | null;

  @ManyToOne('User', { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn()
  uploadedByUser?: { id: string } | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was uploaded.' })
  @CreateDateColumn({ type: 'timestamptz' })
  uploadedAt: Date;

  @Field(() => String, { description: 'Where the original is served (GET with the bearer token).' })
  get originalUrl(): string {
    return `/api/evidence/${this.id}/original`;
  }

  @Field(() => String, { description: 'Where the 256-pixel WebP thumbnail is served (GET with the bearer token).' })
  get thumbnailUrl(): string {
    return `/api/evidence/${this.id}/thumbnail`;
  }
}
