import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, JoinColumn, ManyToOne } from 'typeorm';
import { EditableEntity } from './editable.entity';
import { AssetStatusEnum } from './graphql/enums';
import { ASSET_STATUSES, type AssetStatus } from '../core/domain';

/** A thing that gets built: it has a code on the drawings and a life-cycle status. */
@ObjectType({ isAbstract: true })
export abstract class PhysicalAssetEntity extends EditableEntity {
  @Field(() => String, { description: 'Unique code on drawings and labels, e.g. CAM-BBJ-01.' })
  @Column({ type: 'varchar', length: 64, unique: true })
  code: string;

  @Field(() => AssetStatusEnum, { description: 'Life-cycle status.' })
  @Column({ type: 'enum', enum: ASSET_STATUSES, enumName: 'asset_status', default: 'planned' })
  status: AssetStatus;

  @Field(() => Boolean, {
    description:
      'Already there before the programme (a utility transformer, a street light, a fiber cable in place): in the network and every ' +
      'analysis like any other, but not priced by the bill of quantities, which lists it apart as existing.',
  })
  @Column({ type: 'boolean', default: false })
  existing: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'The organisation (usually a contractor) this asset is assigned to for installation; its contractors may update its installation status.',
  })
  @Column({ type: 'uuid', nullable: true })
  assignedOrganisationId: string | null;

  // By entity name: the organisations feature sits above this layer. Never loaded; it makes the foreign key.
  @ManyToOne('Organisation', { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn()
  assignedOrganisation?: { id: string } | null;
}
