import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity';

/**
 * A client address from which this user signed in successfully lately: attempts from it are not
 * slowed down by failures from elsewhere, so strangers cannot keep a user out of their usual place.
 */
@Entity()
export class KnownLoginClient {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user: User;

  /** Normalised (an IPv6 address by its /64 network). */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  clientAddress: string;

  @Index()
  @Column({ type: 'timestamptz' })
  lastSucceededAt: Date;
}
