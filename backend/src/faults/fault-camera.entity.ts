import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ASSET_STATUSES, type AssetStatus } from '../core/domain';
import { Fault } from './fault.entity';

/**
 * A camera a fault darkens (from the outage analysis when logged, or the camera itself). While the
 * fault is active (open, acknowledged, in progress) the camera is held out of service; `restore_status`
 * is what it goes back to when the last active fault holding it is resolved (null: it was not in
 * service when taken, so it is left alone). The rows stay after resolution: availability is measured
 * from them and the fault's history.
 */
@Entity()
export class FaultCamera {
  @PrimaryColumn({ type: 'uuid' })
  faultId: string;

  @PrimaryColumn({ type: 'uuid' })
  @Index()
  cameraId: string;

  @ManyToOne(() => Fault, { onDelete: 'CASCADE' }) @JoinColumn() fault?: Fault;
  @ManyToOne('Camera', { onDelete: 'CASCADE' }) @JoinColumn() camera?: { id: string };

  @Column({ type: 'enum', enum: ASSET_STATUSES, enumName: 'asset_status', nullable: true })
  restoreStatus: AssetStatus | null;
}
