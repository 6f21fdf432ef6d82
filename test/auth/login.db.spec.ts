import { SignJWT } from 'jose';
import { AuthTokens } from '../../backend/src/auth/auth-tokens';
import type { TestApp } from '../support/test-app';
import { startTestApp, TEST_PASSWORD } from '../support/test-app';
import { newUser } from '../support/factories';

/** Signing in, tokens (expired, forged, without expiry), refresh rotation, logout, disabled users, password rules. */
// A known signing key, so that tests can sign what an attacker holding it could (tokens that never expire).
const SIGNING_KEY = 'a-test-signing-key-of-at-least-32-characters';
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ jwtSecret: SIGNING_KEY });
});
afterAll(async () => {
  await app?.close();
});

const LOGIN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    accessToken refreshToken accessTokenExpiresAt refreshTokenExpiresAt
    user { id email name role disabled organisation { id name kind } }
  }
}`;
const REFRESH = 'mutation($t: String!) { refresh(refreshToken: $t) { accessToken refreshToken accessTokenExpiresAt user { id } } }';
const LOGOUT = 'mutation($t: String!) { logout(refreshToken: $t) }';
const ME = '{ me { id email role organisation { id kind } } }';

const login = (email: string, password: string) => app.anonymous().graphql(LOGIN, { email, password });

describe('login', () => {
  it('gives an access token (about 15 min), a refresh token and the user, case-insensitive email', async () => {
    const user = await newUser(app, { role: 'engineer', organisationId: app.organisations.office });
    const result = await login(user.email.toUpperCase(), user.password);
    expect(result.errors).toBeUndefined();
    const payload = result.data!.login;
    expect(payload.user).toMatchObject({ id: user.id, email: user.email, role: 'engineer', disabled: false, organisation: { id: app.organisations.office, kind: 'programme_office' } });
    const minutes = (new Date(payload.accessTokenExpiresAt).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    expect(payload.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const me = await app.withToken(payload.accessToken).ok(ME);
    expect(me.me).toMatchObject({ id: user.id, role: 'engineer' });
    // The refresh token is stored hashed only.
    const [{ count }] = await app.dataSource.query('SELECT count(*)::int AS count FROM refresh_token WHERE token_hash = $1', [payload.refreshToken]);
    expect(count).toBe(0);
  });

  it('answers a wrong password and an unknown email with the same UNAUTHENTICATED message', async () => {
    const user = await newUser(app);
    const wrong = await login(user.email, 'not-the-password');
    const unknown = await login('nobody@nowhere.example', 'not-the-password');
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
    expect(wrong.data ?? null).toBeNull();
  });

  it('never returns or stores a password in clear; the hash is argon2id and not in the schema', async () => {
    const user = await newUser(app, { password: 'my-secret-password-1' });
    const [{ password_hash }] = await app.dataSource.query('SELECT password_hash FROM app_user WHERE id = $1', [user.id]);
    expect(password_hash).toMatch(/^\$argon2id\$/);
    const result = await app.as('admin').graphql('query($id: ID!) { user(id: $id) { passwordHash } }', { id: user.id });
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const audit = await app.dataSource.query(`SELECT before::text, after::text FROM audit_entry WHERE entity_id = $1`, [user.id]);
    expect(JSON.stringify(audit)).not.toMatch(/argon2|my-secret-password/);
  });
});

describe('access tokens', () => {
  it('refuses a request without a token (anonymous reads are off here)', async () => {
    const result = await app.anonymous().graphql('{ poles { totalCount } }');
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const mutation = await app.anonymous().graphql('mutation { deletePole(id: "00000000-0000-0000-0000-000000000000", version: 1) { id } }');
    expect(mutation.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps appConfig public: the map needs it before sign-in', async () => {
    const result = await app.anonymous().ok('{ appConfig { deploymentName } }');
    expect(result.appConfig.deploymentName).toBeTruthy();
  });

  it('refuses an expired token', async () => {
    const { token } = await app.app.get(AuthTokens, { strict: false }).signAccessToken(app.users.admin, new Date(Date.now() - 1000));
    const result = await app.withToken(token).graphql(ME);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token once it expires, though it was accepted (and remembered as verified) before', async () => {
    const expiresAt = new Date(Date.now() + 60_000);
    const { token } = await app.app.get(AuthTokens, { strict: false }).signAccessToken(app.users.viewer, expiresAt);
    expect((await app.withToken(token).graphql(ME)).data?.me.id).toBe(app.users.viewer.id);
    // The clock a second past the expiry (Date only: the server's timers keep running).
    jest.useFakeTimers({
      now: expiresAt.getTime() + 1000,
      doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback',
        'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
    });
    try {
      const result = await app.withToken(token).graphql(ME);
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      jest.useRealTimers();
    }
    // The same token, before its expiry, is still good: the refusal was the clock's.
    expect((await app.withToken(token).graphql(ME)).data?.me.id).toBe(app.users.viewer.id);
  });

  it('refuses forged tokens: another key, alg none, a changed subject, garbage, a wrong scheme', async () => {
    const otherKey = new TextEncoder().encode('x'.repeat(48));
    const forged = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' }).setSubject(app.users.admin.id).setIssuer('vigie').setAudience('vigie-api')
      .setExpirationTime('10m').sign(otherKey);
    const real = (await app.app.get(AuthTokens, { strict: false }).signAccessToken(app.users.viewer)).token;
    const [header, , signature] = real.split('.');
    const payload = Buffer.from(JSON.stringify({ sub: app.users.admin.id, role: 'admin', iss: 'vigie', aud: 'vigie-api', exp: Math.floor(Date.now() / 1000) + 600 })).toString('base64url');
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    for (const token of [forged, `${header}.${payload}.${signature}`, none, 'garbage']) {
      const result = await app.withToken(token).graphql(ME);
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const basic = await app.graphql.call(null, ME); // sanity: the engineer's own token works
    expect(basic.errors).toBeUndefined();
  });

  it('refuses a token signed with the real key but without an expiry, or living longer than the deployment gives out', async () => {
    const key = new TextEncoder().encode(SIGNING_KEY);
    const signed = (lifetime: string | null, withIssuedAt = true) => {
      const jwt = new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(app.users.admin.id).setIssuer('vigie').setAudience('vigie-api');
      if (withIssuedAt) jwt.setIssuedAt();
      if (lifetime) jwt.setExpirationTime(lifetime);
      return jwt.sign(key);
    };
    // The same claims with a normal lifetime pass: the refusals below are for the expiry alone.
    expect((await app.withToken(await signed('10m')).graphql(ME)).data?.me.id).toBe(app.users.admin.id);
    for (const token of [await signed(null), await signed('30d'), await signed('10m', false)]) {
      const result = await app.withToken(token).graphql(ME);
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.data ?? null).toBeNull();
    }
  });

  it("stops a disabled user's token at once, and a re-role applies at once", async () => {
    const user = await newUser(app, { role: 'engineer' });
    const { data } = await login(user.email, user.password);
    const client = app.withToken(data!.login.accessToken);
    expect((await client.graphql(ME)).data?.me.role).toBe('engineer');

    const reRoled = await app.as('admin').ok(
      'mutation($input: UpdateUserInput!) { updateUser(input: $input) { version role } }',
      { input: { id: user.id, version: 1, role: 'viewer' } },
    );
    expect(reRoled.updateUser.role).toBe('viewer');
    expect((await client.graphql(ME)).data?.me.role).toBe('viewer');
    const refused = await client.graphql('mutation { deletePole(id: "00000000-0000-0000-0000-000000000000", version: 1) { id } }');
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    await app.as('admin').ok('mutation($input: UpdateUserInput!) { updateUser(input: $input) { disabled } }', {
      input: { id: user.id, version: 2, disabled: true },
    });
    expect((await client.graphql(ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await client.graphql('{ poles { totalCount } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // ... its refresh token is revoked and it cannot sign in again.
    expect((await app.anonymous().graphql(REFRESH, { t: data!.login.refreshToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await login(user.email, user.password)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses to remove the last active administrator', async () => {
    const [{ version }] = await app.dataSource.query('SELECT version FROM app_user WHERE id = $1', [app.users.admin.id]);
    const result = await app.as('admin').graphql('mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }', {
      input: { id: app.users.admin.id, version, role: 'engineer' },
    });
    expect(result.errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});

describe('refresh and logout', () => {
  it('rotates the refresh token; replaying the old one ends every session of the user', async () => {
    const user = await newUser(app);
    const first = (await login(user.email, user.password)).data!.login;
    const second = (await app.anonymous().ok(REFRESH, { t: first.refreshToken })).refresh;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.user.id).toBe(user.id);
    expect((await app.withToken(second.accessToken).graphql(ME)).data?.me.id).toBe(user.id);

    const replay = await app.anonymous().graphql(REFRESH, { t: first.refreshToken });
    expect(replay.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // The replay revoked the live one too (token theft): sign in again.
    const afterReplay = await app.anonymous().graphql(REFRESH, { t: second.refreshToken });
    expect(afterReplay.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an unknown or expired refresh token', async () => {
    expect((await app.anonymous().graphql(REFRESH, { t: 'made-up' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const user = await newUser(app);
    const session = (await login(user.email, user.password)).data!.login;
    await app.dataSource.query(`UPDATE refresh_token SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    expect((await app.anonymous().graphql(REFRESH, { t: session.refreshToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('logout revokes the refresh token', async () => {
    const user = await newUser(app);
    const session = (await login(user.email, user.password)).data!.login;
    expect((await app.anonymous().ok(LOGOUT, { t: session.refreshToken })).logout).toBe(true);
    expect((await app.anonymous().ok(LOGOUT, { t: session.refreshToken })).logout).toBe(false);
    expect((await app.anonymous().graphql(REFRESH, { t: session.refreshToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets someone with a stale access token still sign in', async () => {
    const { token } = await app.app.get(AuthTokens, { strict: false }).signAccessToken(app.users.viewer, new Date(Date.now() - 1000));
    const result = await app.withToken(token).graphql(LOGIN, { email: app.users.viewer.email, password: TEST_PASSWORD });
    expect(result.errors).toBeUndefined();
  });
});

describe('password rules', () => {
  const CREATE = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }';
  const owner = { email: 'amina.benali@test.vigie', name: 'Amina Benali', role: 'viewer' };

  // Each is refused by the strength checker (zxcvbn), with its reason, and no account is made.
  it.each([
    ['a common password', '1234567890'],
    ['ten spaces', '          '],
    ['a common password with digits', 'password123'],
    ['a keyboard row (French layout)', 'azertyuiop'],
    ['a French common word with digits', 'motdepasse123'],
    ['l33t substitutions of a common password', 'P@ssw0rd2026'],
    ["the user's own name", 'aminabenali'],
    ['a first name and a year', 'Jennifer1990'],
    ['a city and a year', 'marseille2024'],
    ['a sequence', 'abcdefghijkl'],
    ['a French word and a sequence of digits', 'soleil123456'],
  ])('refuses %s (%j) as too easy to guess', async (_what, password) => {
    const result = await app.as('admin').graphql(CREATE, { input: { ...owner, password } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WEAK_PASSWORD', fields: ['password'] });
    expect(result.errors?.[0].message).toMatch(/too easy to guess \(strength [0-2] of 4, at least 3 needed\)\. \S/);
    const [{ count }] = await app.dataSource.query('SELECT count(*)::int AS count FROM app_user WHERE email = $1', [owner.email]);
    expect(count).toBe(0);
  });

  it('refuses a password too short or too long, saying the length', async () => {
    for (const [password, limit] of [['Zx9#kq', 'longer than or equal to 10'], ['Zx9#kq-'.repeat(40), 'shorter than or equal to 256']]) {
      const result = await app.as('admin').graphql(CREATE, { input: { ...owner, password } });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toContain(`${limit} characters`);
    }
  });

  it('accepts passphrases, and refuses a weak new password on update without changing anything', async () => {
    const user = await newUser(app, { password: 'Mes 3 chats dorment au soleil' });
    expect((await login(user.email, 'Mes 3 chats dorment au soleil')).errors).toBeUndefined();
    const weak = await app.as('admin').graphql('mutation($input: UpdateUserInput!) { updateUser(input: $input) { version } }', {
      input: { id: user.id, version: user.version, password: 'azertyuiop123' },
    });
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WEAK_PASSWORD' });
    const [{ version }] = await app.dataSource.query('SELECT version FROM app_user WHERE id = $1', [user.id]);
    expect(version).toBe(user.version);
    expect((await login(user.email, 'Mes 3 chats dorment au soleil')).errors).toBeUndefined();
  });
});
