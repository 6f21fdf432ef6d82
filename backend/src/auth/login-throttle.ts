import { createHash } from 'node:crypto';
import ipaddr from 'ipaddr.js';
import type { DataSource, EntityManager } from 'typeorm';
import type { VigieConfig } from '../config/vigie-config';
import { VigieError } from '../common/errors/vigie-errors';

/**
 * Sign-in throttling (README, "Sign-in throttling"). Three counters of failed password checks per
 * window (`loginWindowMinutes`), kept in the database so that every instance agrees:
 *
 * - account + address: each wrong password is answered later than the one before (0, 0.25, 0.5,
 *   1, 2 s), and after `loginMaxFailuresPerAccount` failures this address may not try this account
 *   again until the window ends (TOO_MANY_ATTEMPTS, scope `account_and_address`). The only lock,
 *   and it locks only that pair: strangers elsewhere cannot lock anyone out.
 * - account, from any address: after `loginMaxFailuresPerAccount` failures, addresses the user has
 *   not signed in from lately are slowed down: one check per 1, 2, 4 ... up to 60 s (scope `account`).
 * - address, on any account: after `loginMaxFailuresPerAddress` failures the same slow-down for
 *   accounts this address has not signed in to lately (scope `address`).
 *
 * An address the user signed in from within `KNOWN_CLIENT_DAYS` passes both slow-downs: a stranger
 * spraying the admin account from elsewhere never keeps the admin out of the usual office.
 *
 * Atomicity: the three rows are locked (one INSERT ... ON CONFLICT DO UPDATE, in key order so that
 * two attempts never deadlock) and counted in one short transaction BEFORE the password is checked;
 * a success gives the attempt back. Parallel attempts therefore queue on the rows and exactly the
 * limit get a password check, on PGlite's single connection as on a server.
 */
export const KNOWN_CLIENT_DAYS = 30;
export const MAX_SLOW_DOWN_SECONDS = 60;

type Scope = 'account_and_address' | 'account' | 'address';

export interface LoginAttempt {
  email: string;
  /** As given by Express (`request.ip`); normalised here. */
  clientAddress: string;
  /** The account's id when the email is one, else null (unknown emails are counted all the same). */
  userId: string | null;
}

/** What a later `settleLoginCheck` needs: the keys that were counted. */
export interface LoginCheckReservation {
  keys: Record<Scope, string>;
  /** Failures of this account from this address in the window, this attempt included. */
  pairFailures: number;
  userId: string | null;
  clientAddress: string;
}

interface CounterRow {
  key: string;
  failures: number;
  window_started_at: Date;
  next_attempt_at: Date | null;
  now: Date;
}

/**
 * Counts one password check for the attempt, or refuses it with TOO_MANY_ATTEMPTS (nothing counted).
 * Call before checking the password; then `settleLoginCheck`.
 */
export async function reserveLoginCheck(dataSource: DataSource, config: VigieConfig, attempt: LoginAttempt): Promise<LoginCheckReservation> {
  const clientAddress = normaliseClientAddress(attempt.clientAddress);
  const keys: Record<Scope, string> = {
    account_and_address: counterKey('account_and_address', attempt.email, clientAddress),
    account: counterKey('account', attempt.email),
    address: counterKey('address', clientAddress),
  };
  const windowMs = config.loginWindowMinutes * 60_000;
  const outcome = await dataSource.transaction(async (manager): Promise<{ scope: Scope; seconds: number } | { pairFailures: number }> => {
    const rows: CounterRow[] = await manager.query(
      `INSERT INTO login_counter AS counter (key, failures, window_started_at)
       SELECT key, 0, now() FROM unnest($1::text[]) AS key ORDER BY key
       ON CONFLICT (key) DO UPDATE SET updated_at = now()
       RETURNING key, failures, window_started_at, next_attempt_at, now() AS now`,
      [Object.values(keys).sort()],
    );
    const byScope = Object.fromEntries(
      (Object.keys(keys) as Scope[]).map((scope) => [scope, rows.find((row) => row.key === keys[scope])!]),
    ) as Record<Scope, CounterRow>;
    const now = byScope.account.now.getTime();
    // A window that has ended counts from zero again.
    const failuresOf = (row: CounterRow) => (row.window_started_at.getTime() + windowMs <= now ? 0 : row.failures);

    const pair = byScope.account_and_address;
    if (failuresOf(pair) >= config.loginMaxFailuresPerAccount) {
      return { scope: 'account_and_address', seconds: (pair.window_started_at.getTime() + windowMs - now) / 1000 };
    }
    const known = attempt.userId !== null && (await isKnownClient(manager, attempt.userId, clientAddress));
    if (!known) {
      for (const scope of ['account', 'address'] as const) {
        const next = byScope[scope].next_attempt_at?.getTime() ?? 0;
        if (next > now) return { scope, seconds: (next - now) / 1000 };
      }
    }
    // The pair only locks; the account and the address slow down, and only strangers: a known
    // address's attempt is counted but does not push the slow-down further.
    const counted = (Object.keys(keys) as Scope[]).map((scope) => {
      const row = byScope[scope];
      const failures = failuresOf(row) + 1;
      const threshold = scope === 'address' ? config.loginMaxFailuresPerAddress : config.loginMaxFailuresPerAccount;
      const nextAttemptAt = known || scope === 'account_and_address' ? row.next_attempt_at : slowedUntil(now, slowDownSeconds(failures, threshold));
      return { key: row.key, failures, restart: row.window_started_at.getTime() + windowMs <= now, nextAttemptAt };
    });
    await manager.query(
      `UPDATE login_counter AS counter SET failures = counted.failures,
          window_started_at = CASE WHEN counted.restart THEN now() ELSE counter.window_started_at END,
          next_attempt_at = counted.next_attempt_at
         FROM unnest($1::text[], $2::int[], $3::boolean[], $4::timestamptz[]) AS counted(key, failures, restart, next_attempt_at)
        WHERE counter.key = counted.key`,
      [counted.map((c) => c.key), counted.map((c) => c.failures), counted.map((c) => c.restart), counted.map((c) => c.nextAttemptAt)],
    );
    return { pairFailures: counted.find((entry) => entry.key === keys.account_and_address)!.failures };
  });
  if ('scope' in outcome) throw tooManyAttempts(outcome.scope, outcome.seconds);
  return { keys, pairFailures: outcome.pairFailures, userId: attempt.userId, clientAddress };
}

/**
 * After the password check. A success gives the attempt back: the account's counters start again,
 * the address keeps its other failures, and the address becomes known for the user. A failure stays
 * counted (it was counted before the check, so a crash in between cannot hide it).
 */
export async function settleLoginCheck(dataSource: DataSource, reservation: LoginCheckReservation, succeeded: boolean): Promise<void> {
  await dataSource.transaction(async (manager) => {
    if (succeeded) {
      // Rows locked in key order, as reserveLoginCheck does: two attempts never wait on each other in a circle.
      const { keys } = reservation;
      await manager.query('SELECT key FROM login_counter WHERE key = ANY($1::text[]) ORDER BY key FOR UPDATE', [Object.values(keys)]);
      await manager.query('DELETE FROM login_counter WHERE key = ANY($1::text[])', [[keys.account_and_address, keys.account]]);
      await manager.query('UPDATE login_counter SET failures = greatest(failures - 1, 0) WHERE key = $1', [keys.address]);
      if (reservation.userId) {
        await manager.query(
          `INSERT INTO known_login_client (user_id, client_address, last_succeeded_at) VALUES ($1, $2, now())
           ON CONFLICT (user_id, client_address) DO UPDATE SET last_succeeded_at = now()`,
          [reservation.userId, reservation.clientAddress],
        );
      }
    }
  });
  // Pruning skips rows another attempt holds (no waiting, hence no deadlock); a later attempt prunes them.
  await dataSource.query(
    `DELETE FROM login_counter WHERE key IN (
       SELECT key FROM login_counter WHERE updated_at < now() - interval '1 day' FOR UPDATE SKIP LOCKED)`,
  );
  if (succeeded) {
    await dataSource.query(
      `DELETE FROM known_login_client WHERE (user_id, client_address) IN (
         SELECT user_id, client_address FROM known_login_client
          WHERE last_succeeded_at < now() - make_interval(days => $1) FOR UPDATE SKIP LOCKED)`,
      [KNOWN_CLIENT_DAYS],
    );
  }
}

function slowedUntil(now: number, seconds: number): Date | null {
  return seconds > 0 ? new Date(now + seconds * 1000) : null;
}

/**
 * How long a wrong password's answer is held back, by the pair's failures so far: 0, then 0.25,
 * 0.5, 1, 2 s. One address guessing one account sequentially is slowed down before it is locked;
 * parallel guesses gain nothing (they are counted before the check). Holds no database connection.
 */
export function failureAnswerDelayMs(pairFailures: number): number {
  return pairFailures < 2 ? 0 : Math.min(2000, 250 * 2 ** (pairFailures - 2));
}

/** 0 below the threshold, then 1, 2, 4 ... seconds, at most MAX_SLOW_DOWN_SECONDS. */
export function slowDownSeconds(failures: number, threshold: number): number {
  if (failures < threshold) return 0;
  return Math.min(MAX_SLOW_DOWN_SECONDS, 2 ** Math.min(failures - threshold, 16));
}

/**
 * The address throttling counts by: IPv4 as is (also when written IPv4-mapped), IPv6 by its /64
 * network (one subscriber gets a whole /64, and would otherwise have 2^64 addresses to spread over).
 */
export function normaliseClientAddress(address: string): string {
  if (!ipaddr.isValid(address)) return String(address).slice(0, 64);
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const network = ipaddr.IPv6.networkAddressFromCIDR(`${parsed.toString()}/64`);
  return `${network.toString()}/64`;
}

/** The key of a counter: SHA-256 of its scope and what it counts (no typed email in clear). */
export function counterKey(scope: Scope, ...parts: string[]): string {
  return createHash('sha256').update([scope, ...parts].join('\u0000'), 'utf8').digest('hex');
}

async function isKnownClient(manager: EntityManager, userId: string, clientAddress: string): Promise<boolean> {
  const rows = await manager.query(
    `SELECT 1 FROM known_login_client WHERE user_id = $1 AND client_address = $2 AND last_succeeded_at > now() - make_interval(days => $3)`,
    [userId, clientAddress, KNOWN_CLIENT_DAYS],
  );
  return rows.length > 0;
}

function tooManyAttempts(scope: Scope, seconds: number): VigieError {
  const retryAfterSeconds = Math.max(1, Math.ceil(seconds));
  const wait = retryAfterSeconds >= 120 ? `${Math.ceil(retryAfterSeconds / 60)} minutes` : `${retryAfterSeconds} second(s)`;
  const message =
    scope === 'account_and_address'
      ? `Too many failed sign-in attempts on this account from your address. Try again in ${wait}, or from a device you signed in from before.`
      : `Too many failed sign-in attempts ${scope === 'account' ? 'on this account' : 'from your address'}: sign-in is slowed down. Try again in ${wait}.`;
  return new VigieError('TOO_MANY_ATTEMPTS', message, { retryAfterSeconds, scope });
}
