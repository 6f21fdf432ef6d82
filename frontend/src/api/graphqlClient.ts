/**
 * A small typed GraphQL-over-HTTP client: POST JSON to /graphql, return `data` or throw a
 * GraphQLRequestError whose message can be shown to a user as is.
 */

import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/**
 * A GraphQL document with the types of its result and variables: written with `graphql(...)` from
 * src/gql, whose types graphql-codegen generates from the API's schema.gql (`npm run codegen`).
 */
export type TypedDocument<TData, TVariables> = DocumentTypeDecoration<TData, TVariables> & { toString(): string };

export type GraphQLFailureKind = 'network' | 'http' | 'graphql' | 'invalid-response' | 'aborted';

export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';
  constructor(
    message: string,
    readonly kind: GraphQLFailureKind,
    readonly details: { status?: number; errors?: GraphQLErrorEntry[]; cause?: unknown } = {},
  ) {
    super(message);
  }

  /** The first error code from `extensions.code`, e.g. NOT_FOUND. */
  get code(): string | undefined {
    return this.details.errors?.find((error) => error.extensions?.code)?.extensions?.code;
  }
}

export interface RequestOptions {
  endpoint?: string;
  fetch?: typeof fetch;
  signal?: AbortSignal;
  /** Send no Authorization header and do not try to refresh (login, refresh, introspection). */
  anonymous?: boolean;
}

/** Set by the session (auth/session.ts): adds the bearer token and refreshes it once on UNAUTHENTICATED. */
export interface AuthHooks {
  headers(): Promise<Record<string, string>>;
  /** Called after an UNAUTHENTICATED answer; true when a new token was obtained and the request may be retried. */
  onUnauthenticated(): Promise<boolean>;
}
let authHooks: AuthHooks | undefined;
export function setAuthHooks(hooks: AuthHooks | undefined): void {
  authHooks = hooks;
}

export const DEFAULT_GRAPHQL_ENDPOINT = '/graphql';

export async function graphqlRequest<TData, TVariables>(
  document: TypedDocument<TData, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TData> {
  const hooks = options.anonymous ? undefined : authHooks;
  if (!hooks) return singleRequest(document, variables, options, {});
  try {
    return await singleRequest(document, variables, options, await hooks.headers());
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED' && (await hooks.onUnauthenticated())) {
      return singleRequest(document, variables, options, await hooks.headers());
    }
    throw error;
  }
}

async function singleRequest<TData, TVariables>(
  document: TypedDocument<TData, TVariables>,
  variables: TVariables,
  options: RequestOptions,
  extraHeaders: Record<string, string>,
): Promise<TData> {
  const endpoint = options.endpoint ?? DEFAULT_GRAPHQL_ENDPOINT;
  const fetchFunction = options.fetch ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await fetchFunction(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...extraHeaders },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: options.signal,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw new GraphQLRequestError('The request was cancelled.', 'aborted', { cause });
    throw new GraphQLRequestError(
      `The Vigie server could not be reached (${endpoint}): ${describe(cause)}.`,
      'network',
      { cause },
    );
  }

  let body: { data?: TData | null; errors?: GraphQLErrorEntry[] } | undefined;
  try {
    body = (await response.json()) as typeof body;
  } catch (cause) {
    body = undefined;
    if (response.ok) {
      throw new GraphQLRequestError(
        `The server answered ${endpoint} with something that is not GraphQL JSON.`,
        'invalid-response',
        { status: response.status, cause },
      );
    }
  }

  const errors = Array.isArray(body?.errors) ? body.errors : undefined;
  if (errors && errors.length > 0) {
    const messages = [...new Set(errors.map((error) => error.message))].join('; ');
    throw new GraphQLRequestError(messages, 'graphql', { status: response.status, errors });
  }
  if (!response.ok) {
    const statusText = response.statusText ? ` ${response.statusText}` : '';
    throw new GraphQLRequestError(
      `The server answered ${response.status}${statusText} for ${endpoint}.`,
      'http',
      { status: response.status },
    );
  }
  if (!body || body.data === undefined || body.data === null) {
    throw new GraphQLRequestError('The server returned no data.', 'invalid-response', { status: response.status });
  }
  return body.data;
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
