import type { DataSource } from 'typeorm';
import type { VigieConfig } from '../config/vigie-config';
import { VigieError } from '../common/errors/vigie-errors';

/**
 * Sign-in throttling, counted in the database (login_attempt) so that every instance agrees:
 * at most `loginMaxFailuresPerAccount` refused attempts per account (since its last success) and
 * `loginMaxFailuresPerAddress` per client address within `loginWindowMinutes`. Beyond that:
 * TOO_MANY_ATTEMPTS with `retryAfterSeconds`, before the password is even checked.
 */
export async function checkLoginThrottle(dataSource: DataSource, config: VigieConfig, email: string, clientAddress: string): Promise<void> {
  const [row] = await dataSource.query(
    `WITH last_success AS (
       SELECT coalesce(max(attempted_at), '-infinity'::timestamptz) AS at FROM login_attempt WHERE email = $1 AND succeeded
     ), account AS (
       SELECT attempted_at FROM login_attempt, last_success
        WHERE email = $1 AND NOT succeeded AND attempted_at > now() - make_interval(mins => $3) AND attempted_at > last_success.at
     ), address AS (
       SELECT attempted_at FROM login_attempt
        WHERE client_address = $2 AND NOT succeeded AND attempted_at > now() - make_interval(mins => $3)
     )
     SELECT (SELECT count(*)::int FROM account) AS account_failures,
            (SELECT ceil(extract(epoch FROM attempted_at + make_interval(mins => $3) - now()))::int
               FROM account ORDER BY attempted_at DESC OFFSET $4 - 1 LIMIT 1) AS account_retry,
            (SELECT count(*)::int FROM address) AS address_failures,
            (SELECT ceil(extract(epoch FROM attempted_at + make_interval(mins => $3) - now()))::int
               FROM address ORDER BY attempted_at DESC OFFSET $5 - 1 LIMIT 1) AS address_retry`,
    [email, clientAddress, config.loginWindowMinutes, config.loginMaxFailuresPerAccount, config.loginMaxFailuresPerAddress],
  );
  const waits: number[] = [];
  if (row.account_failures >= config.loginMaxFailuresPerAccount) waits.push(row.account_retry ?? 1);
  if (row.address_failures >= config.loginMaxFailuresPerAddress) waits.push(row.address_retry ?? 1);
  if (waits.length) {
    const retryAfterSeconds = Math.max(1, ...waits);
    throw new VigieError(
      'TOO_MANY_ATTEMPTS',
      `Too many failed sign-in attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
      { retryAfterSeconds },
    );
  }
}

export async function recordLoginAttempt(dataSource: DataSource, email: string, clientAddress: string, succeeded: boolean): Promise<void> {
  await dataSource.query(`DELETE FROM login_attempt WHERE attempted_at < now() - interval '1 day'`);
  await dataSource.query('INSERT INTO login_attempt (email, client_address, succeeded) VALUES ($1, $2, $3)', [
    email.slice(0, 254),
    clientAddress.slice(0, 64),
    succeeded,
  ]);
}
