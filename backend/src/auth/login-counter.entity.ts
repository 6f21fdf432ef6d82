import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One sign-in throttling counter (see login-throttle.ts): failures of one account from one client
 * address, of one account from anywhere, or from one address on any account, within a window.
 * In the database so that every instance agrees, and so that a row lock makes the count atomic.
 * The key is a SHA-256 of what it counts: what people typed as an email is not kept in clear.
 * Rows untouched for a day are pruned by later attempts.
 */
@Entity()
export class LoginCounter {
  @PrimaryColumn({ type: 'char', length: 64 })
  key: string;

  /** Password checks in the current window that did not succeed (counted before the check). */
  @Column({ type: 'integer', default: 0 })
  failures: number;

  @Column({ type: 'timestamptz' })
  windowStartedAt: Date;

  /** Slowed down: no password is checked for this key before then. */
  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @Index()
  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
