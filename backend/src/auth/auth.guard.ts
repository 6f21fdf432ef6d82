import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Request } from 'express';
import { VIGIE_CONFIG, type VigieConfig } from '../config/vigie-config';
import { forbidden, unauthenticated } from '../common/errors/vigie-errors';
import type { Actor } from '../common/request-context';
import { AuthService } from './auth.service';
import { permissionFor } from './permissions';

/** The reader a request without a token acts as, when VIGIE_ALLOW_ANONYMOUS_READ is on (queries and subscriptions only). */
export const ANONYMOUS_VIEWER: Actor = Object.freeze({ userId: null, email: null, role: 'viewer', organisationId: null });

const ACTOR = Symbol('vigie.actor');
export const actorOfRequest = (request: Request): Actor | null => (request as unknown as Record<symbol, Actor | null>)[ACTOR] ?? null;

/**
 * Global guard (APP_GUARD): every root Query, Mutation and Subscription field is looked up in the
 * permission matrix (auth/permissions.ts) by its name; no entry is a refusal. Subscriptions over
 * WebSocket arrive with a request-like context (live/live-sockets.ts) carrying the connection's token. Field resolvers below the root
 * are not guarded (Nest does not run guards on them): reading a record gives its relations.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(VIGIE_CONFIG) private readonly config: VigieConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    const parent = info.parentType.name;
    if (parent !== 'Query' && parent !== 'Mutation' && parent !== 'Subscription') return true;
    const request = gql.getContext<{ req: Request }>().req;
    const operation = `${parent}.${info.fieldName}`;
    const permission = permissionFor(parent, info.fieldName);
    if (permission === undefined) {
      throw forbidden(`${operation} has no entry in the permission matrix, so nobody may use it.`, { operation });
    }
    if (permission === 'public') {
      // A stale token must not stop anyone from signing in again.
      setActor(request, await this.auth.actorFor(request).catch(() => null));
      return true;
    }
    let actor = await this.auth.actorFor(request);
    if (!actor) {
      if ((parent === 'Query' || parent === 'Subscription') && this.config.allowAnonymousRead && permission.includes('viewer')) actor = ANONYMOUS_VIEWER;
      else throw unauthenticated();
    }
    if (!permission.includes(actor.role)) {
      throw forbidden(`Your role (${actor.role}) does not allow ${info.fieldName}.`, { operation, role: actor.role });
    }
    setActor(request, actor);
    return true;
  }
}

function setActor(request: Request, actor: Actor | null): void {
  (request as unknown as Record<symbol, Actor | null>)[ACTOR] = actor;
}
