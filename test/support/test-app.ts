import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createVigieApp } from '../../backend/src/bootstrap';
import type { VigieConfig } from '../../backend/src/config/vigie-config';
import { createTestDatabase } from './test-database';

export interface GraphQLResult<T = Record<string, any>> {
  status: number;
  data: T | null | undefined;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestApp {
  app: INestApplication;
  dataSource: DataSource;
  /** Sends one GraphQL operation over HTTP, exactly as a client would. */
  graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>>;
  /** Like graphql() but fails the test on any error. */
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/** The real application on a fresh migrated database of its own (embedded or server PostGIS). */
export async function startTestApp(overrides: Partial<VigieConfig> = {}): Promise<TestApp> {
  const database = await createTestDatabase(overrides);
  const app = await createVigieApp(database.config);
  await app.init();
  const server = app.getHttpServer();
  const graphql = async <T>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>> => {
    const response = await request(server).post('/graphql').set('content-type', 'application/json').send({ query, variables });
    return { status: response.status, data: response.body.data, errors: response.body.errors };
  };
  return {
    app,
    dataSource: app.get(DataSource),
    graphql,
    async ok<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
      const result = await graphql<T>(query, variables);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data as T;
    },
    async close() {
      await app.close();
      await database.dispose();
    },
  };
}
