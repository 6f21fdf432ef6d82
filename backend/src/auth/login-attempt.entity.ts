import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One sign-in attempt, kept for throttling (per account and per client address). In the database,
 * not in memory, so that every instance of a stateless deployment sees the same counts. Rows older
 * than a day are pruned by the next attempt.
 */
@Entity()
@Index(['email', 'attemptedAt'])
@Index(['clientAddress', 'attemptedAt'])
export class LoginAttempt {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** As typed, lower-cased (also for unknown accounts). */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 64 })
  clientAddress: string;

  @Column({ type: 'boolean' })
  succeeded: boolean;

  @Index()
  @Column({ type: 'timestamptz', default: () => 'now()' })
  attemptedAt: Date;
}
