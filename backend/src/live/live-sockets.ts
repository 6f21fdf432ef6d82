import type { IncomingMessage } from 'node:http';
import { getOperationAST, GraphQLError, NoSchemaIntrospectionCustomRule, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Context, ServerOptions, SubscribePayload } from 'graphql-ws';
import { decodeJwt } from 'jose';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import type { WebSocket } from 'ws';
import type { VigieConfig } from '../config/vigie-config';
import { graphQLErrorFormatter } from '../common/errors/format-graphql-error';
import { VigieError } from '../common/errors/vigie-errors';
import { checkOperationCost, checkOperationShape, DEFAULT_SHAPE_LIMITS, MAX_QUERY_TOKENS, type QueryLimits } from '../common/graphql/query-limits';
import { refuseNulCharacters } from '../common/graphql/nul-characters';
import { RequestLoaders } from '../loaders/request-loaders';
import type { AuthService } from '../auth/auth.service';

/** Close code of a refused connection and of one whose access token has expired (the client signs in again or refreshes). */
export const LIVE_FORBIDDEN_CLOSE = 4403;
/** Subscriptions one connection may hold at once (the map holds two). */
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 20;
/** setTimeout's largest delay. */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface SocketExtra {
  socket: WebSocket;
  request: IncomingMessage;
  /** Set by onConnect: the credential every subscription of this connection is checked with. */
  vigie?: { authorization?: string; expiryTimer?: NodeJS.Timeout };
}

export type LiveSocketContext = Context<Record<string, unknown> | undefined, SocketExtra>;

/** The GraphQL context of one subscription over WebSocket: what the guard and interceptors read over HTTP. */
export interface LiveGraphQLContext {
  req: Request;
  loaders: RequestLoaders;
}

/** The bearer token of connection_init's payload: `{authorization: "Bearer …"}` (as over HTTP) or `{accessToken}`. */
export function tokenOfConnectionParams(params: Record<string, unknown> | undefined): string | null | undefined {
  if (!params) return undefined;
  const header = params.authorization ?? params.Authorization;
  if (typeof header === 'string' && header !== '') {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match ? match[1] : null;
  }
  if (typeof params.accessToken === 'string' && params.accessToken !== '') return params.accessToken;
  return undefined;
}

/**
 * graphql-ws on /graphql (same port), with the HTTP rules:
 * - connection_init: the access token from connectionParams is checked as over HTTP (signature, expiry,
 *   the user row: unknown or disabled users are refused); a bad one closes the socket with 4403, and so
 *   does a missing one unless anonymous reading is on. The socket is closed (4403) when the token expires;
 *   the client reconnects with a fresh one.
 * - each subscribe: at most MAX_SUBSCRIPTIONS_PER_CONNECTION at once, the request limits of HTTP (size,
 *   shape, validation, NUL characters, cost), then the guard and the permission matrix on the
 *   Subscription field, with the user row read again. The role is the one at subscribe time: a re-role
 *   or a disabled account applies at the next connection (the token lives at most
 *   VIGIE_ACCESS_TOKEN_MINUTES, then the socket is closed).
 * AuthService and the schema exist only once Nest has built them: bind() hands them over (LiveModule).
 */
export class LiveSockets {
  private auth?: AuthService;
  private schema?: () => GraphQLSchema | undefined;
  private readonly formatError: ReturnType<typeof graphQLErrorFormatter>;
  private readonly limits: QueryLimits;
  private readonly rules: typeof specifiedRules;

  constructor(
    private readonly config: VigieConfig,
    private readonly dataSource: DataSource | undefined,
  ) {
    this.formatError = graphQLErrorFormatter({ production: config.production });
    this.limits = { maxDepth: config.maxQueryDepth, maxComplexity: config.maxQueryComplexity, ...DEFAULT_SHAPE_LIMITS };
    this.rules = config.production ? [...specifiedRules, NoSchemaIntrospectionCustomRule] : specifiedRules;
  }

  bind(auth: AuthService, schema: () => GraphQLSchema | undefined): void {
    this.auth = auth;
    this.schema = schema;
  }

  /** The `graphql-ws` options for GraphQLModule's `subscriptions`. */
  options(): Partial<ServerOptions<Record<string, unknown> | undefined, SocketExtra>> {
    return {
      connectionInitWaitTimeout: 10_000,
      onConnect: (ctx) => this.onConnect(ctx),
      onSubscribe: (ctx, _id, payload) => {
        // graphql-ws has already entered this one in ctx.subscriptions.
        if (Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS_PER_CONNECTION) {
          return [new VigieError('QUERY_TOO_COMPLEX', `A connection may hold at most ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions at once; end some first.`, { maxSubscriptions: MAX_SUBSCRIPTIONS_PER_CONNECTION })];
        }
        return this.onSubscribe(payload);
      },
      context: (ctx) => this.contextOf(ctx),
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => this.formatError(error.toJSON(), error)) as never,
      onClose: (ctx) => {
        if (ctx.extra.vigie?.expiryTimer) clearTimeout(ctx.extra.vigie.expiryTimer);
      },
    };
  }

  private async onConnect(ctx: LiveSocketContext): Promise<boolean> {
    const token = tokenOfConnectionParams(ctx.connectionParams);
    if (token === undefined) {
      ctx.extra.vigie = {};
      return this.config.allowAnonymousRead;
    }
    if (token === null || !this.auth) return false;
    const authorization = `Bearer ${token}`;
    try {
      const actor = await this.auth.actorFor({ headers: { authorization } } as Request);
      if (!actor) return false;
    } catch {
      return false;
    }
    const expiresAtMs = (decodeJwt(token).exp ?? 0) * 1000;
    const expiryTimer = setTimeout(() => {
      ctx.extra.socket.close(LIVE_FORBIDDEN_CLOSE, 'The access token has expired: reconnect with a new one.');
    }, Math.min(MAX_TIMER_MS, Math.max(0, expiresAtMs - Date.now())));
    expiryTimer.unref();
    ctx.extra.vigie = { authorization, expiryTimer };
    return true;
  }

  /** The same gate as queryLimitsPlugin over HTTP, in the same order; refusals go back as coded errors. */
  private onSubscribe(payload: SubscribePayload): { schema: GraphQLSchema; document: DocumentNode; operationName?: string | null; variableValues?: Record<string, unknown> | null } | readonly GraphQLError[] {
    const schema = this.schema?.();
    if (!schema) return [new GraphQLError('The server is still starting; try again.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })];
    let document: DocumentNode;
    try {
      document = parse(payload.query, { maxTokens: MAX_QUERY_TOKENS });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/tokens/.test(message)) {
        return [new VigieError('QUERY_TOO_LARGE', `The query document is too large: more than ${MAX_QUERY_TOKENS} tokens. Send large values as variables.`, { maxTokens: MAX_QUERY_TOKENS })];
      }
      return [new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
    }
    try {
      checkOperationShape(document, payload.operationName, this.limits);
      const errors = validate(schema, document, this.rules);
      if (errors.length) return errors.map((error) => new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } }));
      refuseNulCharacters(payload.variables, document);
      checkOperationCost(schema, document, payload, getOperationAST(document, payload.operationName) ?? undefined, this.limits);
    } catch (error) {
      if (error instanceof GraphQLError) return [error];
      throw error;
    }
    return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
  }

  /** A request-like object per subscription: the guard reads its Authorization header (and the user row) as over HTTP. */
  private contextOf(ctx: LiveSocketContext): LiveGraphQLContext {
    const upgrade = ctx.extra.request;
    const authorization = ctx.extra.vigie?.authorization;
    const req = {
      headers: authorization ? { authorization } : {},
      ip: upgrade.socket?.remoteAddress,
      socket: upgrade.socket,
    } as unknown as Request;
    return { req, loaders: new RequestLoaders(this.dataSource as DataSource) };
  }
}
