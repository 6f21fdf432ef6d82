import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BoundChecks, CodeRules } from '../common/bound-checks';
import type { LineString } from 'geojson';
import { PhysicalAssetEntity } from '../common/physical-asset.entity';
import { GeometryColumn } from '../common/geometry-column';
import { GeoJSONLineString } from '../common/graphql/geojson.scalars';
import { CableTypeEnum, InstallMethodEnum } from '../common/graphql/enums';
import { CABLE_TYPES, INSTALL_METHODS, type CableType, type InstallMethod } from '../core/domain';
import { NetworkNode } from '../network-nodes/network-node.entity';
import { Pole } from '../poles/pole.entity';
import { Camera } from '../cameras/camera.entity';

@ObjectType({ description: 'A fiber-optic cable between two points of the network.' })
@Entity()
@Check('fiber_run_path_valid', 'ST_IsValid(path) AND ST_IsSimple(path)')
@BoundChecks('fiber_run')
@CodeRules('fiber_run')
@Check('fiber_run_one_from', 'num_nonnulls("from_network_node_id", "from_pole_id", "from_camera_id") <= 1')
@Check('fiber_run_one_to', 'num_nonnulls("to_network_node_id", "to_pole_id", "to_camera_id") <= 1')
export class FiberRun extends PhysicalAssetEntity {
  @Field(() => GeoJSONLineString, { description: 'The cable route.' })
  @GeometryColumn('LineString')
  path: LineString;

  @Field(() => Int, { description: 'Number of fiber strands in the cable.' })
  @Column({ type: 'integer' })
  strandCount: number;

  @Field(() => CableTypeEnum, { description: 'Fibre class of the cable.' })
  @Column({ type: 'enum', enum: CABLE_TYPES, enumName: 'cable_type' })
  cableType: CableType;

  @Field(() => InstallMethodEnum, { description: 'How the cable is laid: aerial, in an underground duct, along a facade.' })
  @Column({ type: 'enum', enum: INSTALL_METHODS, enumName: 'install_method' })
  installMethod: InstallMethod;

  @Field(() => Float, { description: 'Geodesic length of the route, metres (computed).' })
  @Column({ type: 'double precision' })
  lengthMeters: number;

  @Index() @Column({ type: 'uuid', nullable: true }) fromNetworkNodeId: string | null;
  @Index() @Column({ type: 'uuid', nullable: true }) fromPoleId: string | null;
  @Index() @Column({ type: 'uuid', nullable: true }) fromCameraId: string | null;
  @Index() @Column({ type: 'uuid', nullable: true }) toNetworkNodeId: string | null;
  @Index() @Column({ type: 'uuid', nullable: true }) toPoleId: string | null;
  @Index() @Column({ type: 'uuid', nullable: true }) toCameraId: string | null;

  @ManyToOne(() => NetworkNode, { onDelete: 'RESTRICT' }) @JoinColumn() fromNetworkNode?: NetworkNode;
  @ManyToOne(() => Pole, { onDelete: 'RESTRICT' }) @JoinColumn() fromPole?: Pole;
  @ManyToOne(() => Camera, { onDelete: 'RESTRICT' }) @JoinColumn() fromCamera?: Camera;
  @ManyToOne(() => NetworkNode, { onDelete: 'RESTRICT' }) @JoinColumn() toNetworkNode?: NetworkNode;
  @ManyToOne(() => Pole, { onDelete: 'RESTRICT' }) @JoinColumn() toPole?: Pole;
  @ManyToOne(() => Camera, { onDelete: 'RESTRICT' }) @JoinColumn() toCamera?: Camera;

  @Field(() => String, { nullable: true, description: 'Where an import took it from (osm:node/123, or "<source>:<id>"): a re-import of the same source updates it instead of adding a copy.' })
  @Index({ unique: true, where: '"source_id" IS NOT NULL' })
  @Column({ type: 'varchar', length: 120, nullable: true })
  sourceId: string | null;
}
