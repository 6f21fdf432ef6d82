import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createAccount } from '../../backend/src/users/user-accounts';

/** GraphQL over HTTP as one signed-in user; a response with errors throws. */
export type BenchGraphQL = <T = any>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/**
 * Listens on a free port and signs in a fresh engineer account: benches call the API as an engineer
 * would, through the guard and the audit trail.
 */
export async function signedInEngineer(app: INestApplication, email: string): Promise<BenchGraphQL> {
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}/graphql`;
  const password = 'bench engineer password';
  await app.get(DataSource).transaction((manager) => createAccount(manager, { email, name: 'Bench engineer', role: 'engineer', password }));
  let authorization = '';
  const graphql: BenchGraphQL = async <T = any>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (authorization) headers.authorization = authorization;
    const response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data as T;
  };
  const { login } = await graphql<{ login: { accessToken: string } }>(
    'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
    { email, password },
  );
  authorization = `Bearer ${login.accessToken}`;
  return graphql;
}
