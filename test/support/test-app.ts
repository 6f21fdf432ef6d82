import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createVigieApp } from '../../backend/src/bootstrap';
import type { VigieConfig } from '../../backend/src/config/vigie-config';
import { AuthTokens } from '../../backend/src/auth/auth-tokens';
import { ROLES, type Role } from '../../backend/src/auth/permissions';
import { createAccount } from '../../backend/src/users/user-accounts';
import { createTestDatabase } from './test-database';

export interface GraphQLResult<T = Record<string, any>> {
  status: number;
  data: T | null | undefined;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** Sends GraphQL operations over HTTP as one caller (a role's user, a given token, or nobody). */
export interface TestClient {
  graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>>;
  /** Like graphql() but fails the test on any error. */
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  role: Role;
  organisationId: string | null;
}

export interface TestApp extends TestClient {
  app: INestApplication;
  dataSource: DataSource;
  /** One user per role, made at start (so that fingerprints taken later are not disturbed). */
  users: Record<Role, TestUser>;
  /** The organisations of those users: the contractor's and the maintenance team's. */
  organisations: { office: string; contractor: string; maintenance: string };
  /** `graphql()`/`ok()` act as the ENGINEER; `as(role)` as another role's test user. */
  as(role: Role): TestClient;
  /** As a given user (e.g. one made by a test). */
  asUser(user: { id: string; role: string }): TestClient;
  /** With exactly this Authorization bearer token (forged, expired ...). */
  withToken(token: string): TestClient;
  /** Without any Authorization header. */
  anonymous(): TestClient;
  close(): Promise<void>;
}

export const TEST_PASSWORD = 'correct horse battery staple';

/**
 * The real application on a fresh migrated database of its own (embedded or server PostGIS), with
 * one signed-in user per role. Anonymous reads are OFF unless the overrides say otherwise.
 */
export async function startTestApp(overrides: Partial<VigieConfig> = {}): Promise<TestApp> {
  const database = await createTestDatabase({ allowAnonymousRead: false, ...overrides });
  const app = await createVigieApp(database.config);
  try {
    await app.init();
  } catch (error) {
    // Close the database, or jest waits for it forever.
    await app.close().catch(() => undefined);
    await database.dispose();
    throw error;
  }
  const server = app.getHttpServer();
  const dataSource = app.get(DataSource);
  const tokens = app.get(AuthTokens, { strict: false });

  const organisations = await dataSource.transaction(async (manager) => {
    const make = async (name: string, kind: string) =>
      (await manager.query('INSERT INTO organisation (version, name, kind) VALUES (1, $1, $2) RETURNING id', [name, kind]))[0].id as string;
    return {
      office: await make('Test programme office', 'programme_office'),
      contractor: await make('Test contractor', 'contractor'),
      maintenance: await make('Test maintenance team', 'maintenance_team'),
    };
  });
  const organisationOf: Record<Role, string> = {
    admin: organisations.office, engineer: organisations.office, viewer: organisations.office,
    contractor: organisations.contractor, maintenance: organisations.maintenance,
  };
  const users = {} as Record<Role, TestUser>;
  await dataSource.transaction(async (manager) => {
    for (const role of ROLES) {
      const user = await createAccount(manager, {
        email: `${role}@test.vigie`, name: `Test ${role}`, role, organisationId: organisationOf[role], password: TEST_PASSWORD,
      });
      users[role] = { id: user.id, email: user.email, password: TEST_PASSWORD, role, organisationId: user.organisationId };
    }
  });

  const client = (authorization: () => Promise<string | undefined>): TestClient => {
    const graphql = async <T>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>> => {
      const header = await authorization();
      let call = request(server).post('/graphql').set('content-type', 'application/json');
      if (header !== undefined) call = call.set('authorization', header);
      const response = await call.send({ query, variables });
      return { status: response.status, data: response.body.data, errors: response.body.errors };
    };
    return {
      graphql,
      async ok<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
        const result = await graphql<T>(query, variables);
        if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
        return result.data as T;
      },
    };
  };
  // A fresh token per request: a long test file never meets an expired one.
  const asUser = (user: { id: string; role: string }) => client(async () => `Bearer ${(await tokens.signAccessToken(user)).token}`);
  const engineer = asUser(users.engineer);

  return {
    app,
    dataSource,
    users,
    organisations,
    graphql: engineer.graphql,
    ok: engineer.ok,
    as: (role) => asUser(users[role]),
    asUser,
    withToken: (token) => client(async () => `Bearer ${token}`),
    anonymous: () => client(async () => undefined),
    async close() {
      await app.close();
      await database.dispose();
    },
  };
}
