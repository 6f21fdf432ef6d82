import request from 'supertest';
import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import { newUser } from '../support/factories';
import { counterKey, failureAnswerDelayMs, normaliseClientAddress, slowDownSeconds } from '../../backend/src/auth/login-throttle';

/**
 * Brute force: failed password checks are counted in the database per (account, address) pair
 * (locks that pair only), per account and per address (both only slow down strangers).
 * `trust proxy` is on here so that each test can speak from addresses of its own.
 */
const MAX_PER_ACCOUNT = 5;
const MAX_PER_ADDRESS = 8;
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({
    trustProxy: 'loopback',
    loginMaxFailuresPerAccount: MAX_PER_ACCOUNT,
    loginMaxFailuresPerAddress: MAX_PER_ADDRESS,
    loginWindowMinutes: 15,
  });
});
afterAll(async () => {
  await app?.close();
});

const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }';
type Extensions = { code?: string; scope?: string; retryAfterSeconds?: number };

async function login(email: string, password: string, from: string) {
  const response = await request(app.app.getHttpServer())
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('x-forwarded-for', from)
    .send({ query: LOGIN, variables: { email, password } });
  const body = response.body as { data?: { login: { accessToken: string } } | null; errors?: { message: string; extensions: Extensions }[] };
  return { signedIn: Boolean(body.data?.login.accessToken), refusal: body.errors?.[0]?.extensions, message: body.errors?.[0]?.message };
}

/** Time passes for the throttle: every counter and known address is that much older. */
async function passTime(seconds: number): Promise<void> {
  await app.dataSource.query(
    `UPDATE login_counter SET window_started_at = window_started_at - make_interval(secs => $1),
                              next_attempt_at = next_attempt_at - make_interval(secs => $1)`,
    [seconds],
  );
  await app.dataSource.query('UPDATE known_login_client SET last_succeeded_at = last_succeeded_at - make_interval(secs => $1)', [seconds]);
}

/** The attacker waits out every slow-down (but not the window). */
const waitOutSlowDowns = () => app.dataSource.query('UPDATE login_counter SET next_attempt_at = NULL');

describe('one account from one address: locked after the limit', () => {
  it('checks exactly the limit of 20 parallel wrong passwords and refuses the rest unchecked, then even the right one', async () => {
    const user = await newUser(app);
    const results = await Promise.all(Array.from({ length: 20 }, () => login(user.email, 'wrong-password-guess', '10.0.0.1')));
    // UNAUTHENTICATED is only answered after a password check; TOO_MANY_ATTEMPTS before any.
    const codes = results.map((result) => result.refusal?.code);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(MAX_PER_ACCOUNT);
    expect(codes.filter((code) => code === 'TOO_MANY_ATTEMPTS')).toHaveLength(20 - MAX_PER_ACCOUNT);
    const [{ failures }] = await app.dataSource.query('SELECT failures FROM login_counter WHERE key = $1', [
      counterKey('account_and_address', user.email, '10.0.0.1'),
    ]);
    expect(failures).toBe(MAX_PER_ACCOUNT);

    // Locked: the right password from that address is refused too, for the rest of the window.
    const blocked = await login(user.email, user.password, '10.0.0.1');
    expect(blocked.refusal).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', scope: 'account_and_address' });
    expect(blocked.refusal!.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(blocked.refusal!.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expect(blocked.message).toMatch(/Try again in 15 minutes/);

    // Once the window has passed, the right password works again from there.
    await passTime(15 * 60 + 1);
    expect((await login(user.email, user.password, '10.0.0.1')).signedIn).toBe(true);
  });

  it('answers parallel right and wrong passwords of one account from several addresses with no error but its own', async () => {
    // Successes unlock rows while other attempts lock them: a lock-order mistake shows here as a
    // deadlock (an internal error) on the server database.
    const user = await newUser(app);
    const results = await Promise.all(
      Array.from({ length: 24 }, (_, index) => login(user.email, index % 3 === 0 ? user.password : 'wrong-password-guess', `10.8.0.${index % 4}`)),
    );
    for (const result of results) {
      expect(result.signedIn ? 'signed in' : result.refusal?.code).toMatch(/^(signed in|UNAUTHENTICATED|TOO_MANY_ATTEMPTS)$/);
    }
  });

  it('gives the attempts back on a success: the count starts again', async () => {
    const user = await newUser(app);
    for (let attempt = 0; attempt < MAX_PER_ACCOUNT - 1; attempt++) await login(user.email, 'wrong-password-guess', '10.1.0.1');
    expect((await login(user.email, user.password, '10.1.0.1')).signedIn).toBe(true);
    for (let attempt = 0; attempt < MAX_PER_ACCOUNT - 1; attempt++) {
      expect((await login(user.email, 'wrong-password-guess', '10.1.0.1')).refusal?.code).toBe('UNAUTHENTICATED');
    }
    expect((await login(user.email, user.password, '10.1.0.1')).signedIn).toBe(true);
  });

  it('answers wrong passwords from one address later and later before the lock (0, 0.25, 0.5, 1, 2 s)', () => {
    expect([1, 2, 3, 4, 5, 9].map(failureAnswerDelayMs)).toEqual([0, 250, 500, 1000, 2000, 2000]);
  });

  it('forgets counters untouched for a day, and known addresses after 30 days', async () => {
    const user = await newUser(app);
    await login(user.email, 'wrong-password-guess', '10.9.0.1');
    expect((await login(user.email, user.password, '10.9.0.2')).signedIn).toBe(true);
    const pairKey = counterKey('account_and_address', user.email, '10.9.0.1');
    await app.dataSource.query(`UPDATE login_counter SET updated_at = now() - interval '25 hours' WHERE key = $1`, [pairKey]);
    await app.dataSource.query(`UPDATE known_login_client SET last_succeeded_at = now() - interval '31 days' WHERE user_id = $1`, [user.id]);
    expect((await login(user.email, user.password, '10.9.0.3')).signedIn).toBe(true);
    expect(await app.dataSource.query('SELECT 1 FROM login_counter WHERE key = $1', [pairKey])).toHaveLength(0);
    const known = await app.dataSource.query('SELECT client_address FROM known_login_client WHERE user_id = $1', [user.id]);
    expect(known).toEqual([{ client_address: '10.9.0.3' }]);
  });

  it('counts an IPv6 client by its /64 network, and IPv4-mapped addresses as IPv4', () => {
    expect(normaliseClientAddress('2001:db8:1:2::1')).toBe(normaliseClientAddress('2001:db8:1:2:ffff:ffff:ffff:ffff'));
    expect(normaliseClientAddress('2001:db8:1:2::1')).not.toBe(normaliseClientAddress('2001:db8:1:3::1'));
    expect(normaliseClientAddress('::ffff:10.0.0.7')).toBe('10.0.0.7');
  });
});

describe('strangers cannot lock anyone out', () => {
  it("a stranger's failures from other addresses lock only their own addresses, never the admin's", async () => {
    const admin = await newUser(app, { role: 'admin' });
    expect((await login(admin.email, admin.password, '10.3.0.1')).signedIn).toBe(true); // the office

    // The stranger locks the pair (admin, their address) ...
    for (let attempt = 0; attempt < MAX_PER_ACCOUNT; attempt++) await login(admin.email, 'wrong-password-guess', '10.66.0.1');
    expect((await login(admin.email, admin.password, '10.66.0.1')).refusal?.scope).toBe('account_and_address');
    // ... then keeps guessing from more addresses, waiting out each slow-down, until it is the longest.
    for (let address = 2; address <= 12; address++) {
      await waitOutSlowDowns();
      expect((await login(admin.email, 'wrong-password-guess', `10.66.0.${address}`)).refusal?.code).toBe('UNAUTHENTICATED');
    }

    // From the office, the admin signs in at once.
    expect((await login(admin.email, admin.password, '10.3.0.1')).signedIn).toBe(true);
  });

  it('slows an account under attack down for addresses it never signed in from, for at most a minute', async () => {
    const user = await newUser(app);
    for (let address = 1; address <= 12; address++) {
      await waitOutSlowDowns();
      await login(user.email, 'wrong-password-guess', `10.67.0.${address}`);
    }
    expect(slowDownSeconds(12, MAX_PER_ACCOUNT)).toBe(60);
    const slowed = await login(user.email, user.password, '10.4.0.1');
    expect(slowed.refusal).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', scope: 'account' });
    expect(slowed.refusal!.retryAfterSeconds).toBeGreaterThan(0);
    expect(slowed.refusal!.retryAfterSeconds).toBeLessThanOrEqual(60);
    await passTime(60);
    expect((await login(user.email, user.password, '10.4.0.1')).signedIn).toBe(true);
  });

  it('slows down an address spraying many accounts (not a lock), except for accounts that sign in from there', async () => {
    const regular = await newUser(app);
    expect((await login(regular.email, regular.password, '10.2.0.1')).signedIn).toBe(true);
    // Four past the threshold: the next check from there waits 16 s.
    for (let attempt = 0; attempt < MAX_PER_ADDRESS + 4; attempt++) {
      await waitOutSlowDowns();
      expect((await login(`someone${attempt}@example.org`, 'wrong-password-guess', '10.2.0.1')).refusal?.code).toBe('UNAUTHENTICATED');
    }
    const newcomer = await newUser(app);
    const slowed = await login(newcomer.email, newcomer.password, '10.2.0.1');
    expect(slowed.refusal).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', scope: 'address' });
    expect(slowed.refusal!.retryAfterSeconds).toBeGreaterThan(0);
    expect(slowed.refusal!.retryAfterSeconds).toBeLessThanOrEqual(16);
    // The account's own user from that address, and everyone elsewhere, are not slowed.
    expect((await login(regular.email, regular.password, '10.2.0.1')).signedIn).toBe(true);
    expect((await login(newcomer.email, newcomer.password, '10.2.0.2')).signedIn).toBe(true);
    // The slow-down ends after its delay.
    await passTime(16);
    const other = await newUser(app);
    expect((await login(other.email, other.password, '10.2.0.1')).signedIn).toBe(true);
  });

  it('grows the slow-down 1, 2, 4 ... seconds after the threshold, at most a minute', () => {
    expect([4, 5, 6, 7, 8, 11, 40].map((failures) => slowDownSeconds(failures, 5))).toEqual([0, 1, 2, 4, 8, 60, 60]);
  });
});
