import { describe, expect, it, vi } from 'vitest';
import { TypedDocumentString } from '../gql/graphql';
import { graphqlRequest, GraphQLRequestError } from './graphqlClient';
import { fetchAllPages, type Connection } from './pagination';

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' }, ...init });

// The transport's own tests: documents made here as codegen makes them (the app's come from src/gql).
const typed = <TData, TVariables>(source: string) => new TypedDocumentString(source) as unknown as TypedDocumentString<TData, TVariables>;
const CONFIG = typed<{ appConfig: { deploymentName: string } }, Record<string, never>>('query { appConfig { deploymentName } }');

describe('graphqlRequest', () => {
  it('POSTs the query and variables as JSON and returns data', async () => {
    const fetchStub = vi.fn(async () => json({ data: { appConfig: { deploymentName: 'Fès' } } }));
    const data = await graphqlRequest(CONFIG, {}, { fetch: fetchStub });
    expect(data.appConfig.deploymentName).toBe('Fès');
    const [url, init] = fetchStub.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(JSON.parse(init.body as string)).toEqual({ query: 'query { appConfig { deploymentName } }', variables: {} });
  });

  it('turns GraphQL errors into one readable message with the code', async () => {
    const fetchStub = vi.fn(async () =>
      json({ data: null, errors: [{ message: 'Zone 12 not found', extensions: { code: 'NOT_FOUND' } }] }),
    );
    const failure = await graphqlRequest(CONFIG, {}, { fetch: fetchStub }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GraphQLRequestError);
    expect((failure as GraphQLRequestError).message).toBe('Zone 12 not found');
    expect((failure as GraphQLRequestError).kind).toBe('graphql');
    expect((failure as GraphQLRequestError).code).toBe('NOT_FOUND');
  });

  it('reports an HTTP failure without a GraphQL body', async () => {
    const fetchStub = vi.fn(async () => new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    await expect(graphqlRequest(CONFIG, {}, { fetch: fetchStub })).rejects.toThrow(
      'The server answered 502 Bad Gateway for /graphql.',
    );
  });

  it('reports an unreachable server', async () => {
    const fetchStub = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(graphqlRequest(CONFIG, {}, { fetch: fetchStub })).rejects.toMatchObject({
      kind: 'network',
      message: 'The Vigie server could not be reached (/graphql): Failed to fetch.',
    });
  });

  it('reports a 200 answer that is not JSON', async () => {
    const fetchStub = vi.fn(async () => new Response('<!doctype html>', { status: 200 }));
    await expect(graphqlRequest(CONFIG, {}, { fetch: fetchStub })).rejects.toMatchObject({ kind: 'invalid-response' });
  });
});

interface Camera {
  id: string;
}
const CAMERAS = typed<{ cameras: Connection<Camera> }, { first: number; after?: string | null; filter?: { zoneId?: string } }>(
  'query Cameras($first: Int, $after: String) { cameras(first: $first, after: $after) { nodes { id } totalCount pageInfo { endCursor hasNextPage } } }',
);

describe('fetchAllPages', () => {
  it('follows endCursor until hasNextPage is false, first: 1000 each time', async () => {
    const pages = [
      { nodes: [{ id: 'a' }, { id: 'b' }], totalCount: 3, pageInfo: { endCursor: 'c2', hasNextPage: true } },
      { nodes: [{ id: 'c' }], totalCount: 3, pageInfo: { endCursor: 'c3', hasNextPage: false } },
    ];
    const variablesSeen: unknown[] = [];
    const fetchStub = vi.fn(async (_url: string, init: RequestInit) => {
      variablesSeen.push(JSON.parse(init.body as string).variables);
      return json({ data: { cameras: pages[variablesSeen.length - 1] } });
    });
    const result = await fetchAllPages(CAMERAS, 'cameras', { filter: { zoneId: 'z1' } }, { fetch: fetchStub as typeof fetch });
    expect(result).toEqual({ nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], totalCount: 3 });
    expect(variablesSeen).toEqual([
      { filter: { zoneId: 'z1' }, first: 1000, after: null },
      { filter: { zoneId: 'z1' }, first: 1000, after: 'c2' },
    ]);
  });

  it('stops when the server announces a next page without a new cursor', async () => {
    const fetchStub = vi.fn(async () =>
      json({ data: { cameras: { nodes: [], totalCount: 5, pageInfo: { endCursor: null, hasNextPage: true } } } }),
    );
    await expect(fetchAllPages(CAMERAS, 'cameras', {}, { fetch: fetchStub })).rejects.toThrow(/no new cursor/);
  });

  it('passes a GraphQL error of a later page through', async () => {
    let call = 0;
    const fetchStub = vi.fn(async () =>
      ++call === 1
        ? json({ data: { cameras: { nodes: [{ id: 'a' }], totalCount: 2, pageInfo: { endCursor: 'x', hasNextPage: true } } } })
        : json({ errors: [{ message: 'Invalid cursor' }] }),
    );
    await expect(fetchAllPages(CAMERAS, 'cameras', {}, { fetch: fetchStub })).rejects.toThrow('Invalid cursor');
  });
});
