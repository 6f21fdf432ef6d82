import request from 'supertest';
import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import { newUser } from '../support/factories';

/**
 * Brute force: sign-in attempts are counted in the database per account and per client address.
 * `trust proxy` is on here so that each test can speak from an address of its own.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ trustProxy: 'loopback', loginMaxFailuresPerAccount: 5, loginMaxFailuresPerAddress: 8, loginWindowMinutes: 15 });
});
afterAll(async () => {
  await app?.close();
});

const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }';

async function login(email: string, password: string, from: string) {
  const response = await request(app.app.getHttpServer())
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('x-forwarded-for', from)
    .send({ query: LOGIN, variables: { email, password } });
  return response.body as { data?: { login: { accessToken: string } }; errors?: { message: string; extensions: Record<string, unknown> }[] };
}

it('throttles an account after 5 failures, even with the right password, with a retry-after', async () => {
  const user = await newUser(app);
  for (let attempt = 0; attempt < 5; attempt++) {
    const result = await login(user.email, 'wrong-password', `10.0.0.${attempt + 1}`);
    expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  }
  const blocked = await login(user.email, user.password, '10.0.0.99');
  expect(blocked.errors?.[0].extensions.code).toBe('TOO_MANY_ATTEMPTS');
  const retryAfter = blocked.errors?.[0].extensions.retryAfterSeconds as number;
  expect(retryAfter).toBeGreaterThan(14 * 60);
  expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  // Other accounts are not affected.
  const other = await newUser(app);
  expect((await login(other.email, other.password, '10.0.0.100')).data?.login.accessToken).toBeTruthy();
  // Once the window has passed (simulated by ageing the attempts), the right password works again.
  await app.dataSource.query(`SELECT 1`);
  await ageAttempts(user.email);
  expect((await login(user.email, user.password, '10.0.0.99')).data?.login.accessToken).toBeTruthy();
});

it('a success resets the count for the account', async () => {
  const user = await newUser(app);
  for (let attempt = 0; attempt < 4; attempt++) await login(user.email, 'wrong-password', '10.1.0.1');
  expect((await login(user.email, user.password, '10.1.0.2')).data?.login.accessToken).toBeTruthy();
  for (let attempt = 0; attempt < 4; attempt++) await login(user.email, 'wrong-password', '10.1.0.3');
  expect((await login(user.email, user.password, '10.1.0.4')).data?.login.accessToken).toBeTruthy();
});

it('throttles a client address trying many accounts', async () => {
  for (let attempt = 0; attempt < 8; attempt++) {
    const result = await login(`someone${attempt}@example.org`, 'wrong-password', '10.2.0.1');
    expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  }
  const user = await newUser(app);
  const blocked = await login(user.email, user.password, '10.2.0.1');
  expect(blocked.errors?.[0].extensions.code).toBe('TOO_MANY_ATTEMPTS');
  expect(blocked.errors?.[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
  expect((await login(user.email, user.password, '10.2.0.2')).data?.login.accessToken).toBeTruthy();
});

async function ageAttempts(email: string): Promise<void> {
  await app.dataSource.query(`UPDATE login_attempt SET attempted_at = attempted_at - interval '16 minutes' WHERE email = $1`, [email]);
}
