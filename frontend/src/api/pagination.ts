import { graphqlRequest, GraphQLRequestError, type RequestOptions, type TypedDocument } from './graphqlClient';

export interface PageInfo {
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface Connection<TNode> {
  nodes: TNode[];
  totalCount: number;
  pageInfo: PageInfo;
}

export interface PageVariables {
  first: number;
  after?: string | null;
}

/** The largest page the API serves. */
export const PAGE_SIZE = 1000;

/**
 * Reads every page of one connection field (`first: 1000`, then `after: endCursor`) and returns all
 * nodes with the server's totalCount. Stops with an error rather than loop forever when the server
 * claims a next page without a new cursor.
 */
export async function fetchAllPages<TField extends string, TNode, TVariables extends PageVariables>(
  document: TypedDocument<Record<TField, Connection<TNode>>, TVariables>,
  connectionField: TField,
  variables: NoInfer<Omit<TVariables, keyof PageVariables>>,
  options: RequestOptions & { pageSize?: number; maxPages?: number } = {},
): Promise<{ nodes: TNode[]; totalCount: number }> {
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const maxPages = options.maxPages ?? 500;
  const nodes: TNode[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (let page = 0; page < maxPages; page++) {
    const data: Record<TField, Connection<TNode>> = await graphqlRequest(
      document,
      { ...variables, first: pageSize, after } as TVariables,
      options,
    );
    const connection = data[connectionField];
    if (!connection || !Array.isArray(connection.nodes) || !connection.pageInfo) {
      throw new GraphQLRequestError(`The server's answer has no "${connectionField}" connection.`, 'invalid-response');
    }
    nodes.push(...connection.nodes);
    totalCount = connection.totalCount;
    if (!connection.pageInfo.hasNextPage) return { nodes, totalCount };
    const next = connection.pageInfo.endCursor;
    if (!next || next === after) {
      throw new GraphQLRequestError(
        `The server said "${connectionField}" has another page but gave no new cursor.`,
        'invalid-response',
      );
    }
    after = next;
  }
  throw new GraphQLRequestError(`"${connectionField}" has more than ${maxPages} pages; stopped reading.`, 'invalid-response');
}
