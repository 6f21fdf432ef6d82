import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { Request } from 'express';
import { Observable } from 'rxjs';
import { runWithRequestContext } from '../common/request-context';
import { actorOfRequest } from './auth.guard';

/**
 * Runs each resolver call inside the request's context (AsyncLocalStorage): the actor the guard
 * authenticated, for CrudService's field rules and the audit trail. Guards run before interceptors.
 */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const request = GqlExecutionContext.create(context).getContext<{ req: Request }>().req;
    const requestContext = { actor: actorOfRequest(request), clientAddress: clientAddressOf(request) };
    return new Observable((subscriber) => runWithRequestContext(requestContext, () => next.handle().subscribe(subscriber)));
  }
}

export function clientAddressOf(request: Request): string {
  return request.ip ?? request.socket?.remoteAddress ?? 'unknown';
}
