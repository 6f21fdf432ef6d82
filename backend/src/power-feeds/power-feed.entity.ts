import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BoundChecks, CodeRules } from '../common/bound-checks';
import type { LineString } from 'geojson';
import { PhysicalAssetEntity } from '../common/physical-asset.entity';
import { GeometryColumn } from '../common/geometry-column';
import { GeoJSONLineString } from '../common/graphql/geojson.scalars';
import { PowerSource } from '../power-sources/power-source.entity';
import { NetworkNode } from '../network-nodes/network-node.entity';
import { Pole } from '../poles/pole.entity';
import { Camera } from '../cameras/camera.entity';
import { InstallMethodEnum } from '../common/graphql/enums';
import { INSTALL_METHODS, type InstallMethod } from '../core/domain';

@ObjectType({ description: 'A power cable from a source to a pole, a network node or a camera.' })
@Entity()
@Check('power_feed_path_valid', 'ST_IsValid(path) AND ST_IsSimple(path)')
@BoundChecks('power_feed')
@CodeRules('power_feed')
@Check('power_feed_one_to', 'num_nonnulls("to_network_node_id", "to_pole_id", "to_camera_id") <= 1')
export class PowerFeed extends PhysicalAssetEntity {
  @Field(() => GeoJSONLineString, { description: 'The cable route.' })
  @GeometryColumn('LineString')
  path: LineString;

  @Field(() => ID, { nullable: true, description: 'The power source feeding it.' })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  fromPowerSourceId: string | null;

  @ManyToOne(() => PowerSource, { onDelete: 'RESTRICT' }) @JoinColumn() fromPowerSource?: PowerSource;

  @Index() @Column({ type: 'uuid', nullable: true }) toNetworkNodeId: string | null;
  @Index() @Column({ type: 'uuid', nullable: true }) toPoleId: string | null;
  @Index() @Column({ type: 'uuid', nullable: true }) toCameraId: string | null;
  @ManyToOne(() => NetworkNode, { onDelete: 'RESTRICT' }) @JoinColumn() toNetworkNode?: NetworkNode;
  @ManyToOne(() => Pole, { onDelete: 'RESTRICT' }) @JoinColumn() toPole?: Pole;
  @ManyToOne(() => Camera, { onDelete: 'RESTRICT' }) @JoinColumn() toCamera?: Camera;

  @Field(() => Float, { description: 'Power the feed can carry, watts.' })
  @Column({ type: 'double precision' })
  capacityWatts: number;

  @Field(() => Float, { description: 'Nominal voltage, volts.' })
  @Column({ type: 'double precision' })
  voltage: number;

  @Field(() => Boolean, { description: 'A street-lighting circuit switched off by day: what it feeds is dark by day without a UPS.' })
  @Column({ type: 'boolean', default: false })
  switched: boolean;

  @Field(() => InstallMethodEnum, {
    description: 'How the cable is laid: aerial (on poles), in an underground duct, along a facade. Priced accordingly in the bill of quantities.',
  })
  @Column({ type: 'enum', enum: INSTALL_METHODS, enumName: 'install_method', default: 'underground_duct' })
  installMethod: InstallMethod;

  @Field(() => Float, { description: 'Geodesic length of the route, metres (computed).' })
  @Column({ type: 'double precision' })
  lengthMeters: number;

  @Field(() => String, { nullable: true, description: 'Where an import took it from (osm:node/123, or "<source>:<id>"): a re-import of the same source updates it instead of adding a copy.' })
  @Index({ unique: true, where: '"source_id" IS NOT NULL' })
  @Column({ type: 'varchar', length: 120, nullable: true })
  sourceId: string | null;
}
