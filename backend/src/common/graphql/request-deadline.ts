import { AsyncLocalStorage } from 'node:async_hooks';
import { Inject, Injectable, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { Observable, throwError, timeout } from 'rxjs';
import type { DataSource, EntityManager, EntitySubscriberInterface } from 'typeorm';
import type { BeforeQueryEvent } from 'typeorm/subscriber/event/QueryEvent';
import { VigieError } from '../errors/vigie-errors';
import { VIGIE_CONFIG, type VigieConfig } from '../../config/vigie-config';

/** When a request's time is up: set when its GraphQL context is made, before parsing. */
export class RequestDeadline {
  private readonly startedAt = Date.now();
  expiresAt: number;

  constructor(public budgetMs: number) {
    this.expiresAt = this.startedAt + budgetMs;
  }

  /** A longer budget, counted from the same start (a resolver marked LongRequest). */
  extendTo(budgetMs: number): void {
    this.budgetMs = Math.max(this.budgetMs, budgetMs);
    this.expiresAt = this.startedAt + this.budgetMs;
  }

  remainingMs(): number {
    return Math.max(0, this.expiresAt - Date.now());
  }

  expired(): boolean {
    return Date.now() >= this.expiresAt;
  }

  error(): VigieError {
    return new VigieError(
      'REQUEST_TIMEOUT',
      `The request took longer than the server allows (${this.budgetMs} ms) and was stopped; nothing it was writing was kept. Ask for less at once.`,
      { budgetMs: this.budgetMs },
    );
  }
}

/** The deadline of the request whose resolver is running, for the database guard below. */
const currentDeadline = new AsyncLocalStorage<RequestDeadline>();

/**
 * Every resolver of a request runs against its deadline: one that starts after it is refused, one still
 * running when it passes answers REQUEST_TIMEOUT at that moment (so the response leaves on time), and
 * whatever it was still doing is stopped at its next database statement by the guard below.
 */
const LONG_REQUEST = 'vigie:long-request';
/** A mutation whose work grows with what it is asked to revert (undoChangeSet): it gets longRequestTimeoutMs. */
export const LongRequest = () => SetMetadata(LONG_REQUEST, true);

@Injectable()
export class RequestDeadlineInterceptor implements NestInterceptor {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(VIGIE_CONFIG) private readonly config: VigieConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const deadline = GqlExecutionContext.create(context).getContext<{ deadline?: RequestDeadline }>().deadline;
    if (!deadline) return next.handle();
    if (this.reflector.get<boolean>(LONG_REQUEST, context.getHandler())) deadline.extendTo(this.config.longRequestTimeoutMs);
    if (deadline.expired()) return throwError(() => deadline.error());
    return new Observable((subscriber) =>
      currentDeadline.run(deadline, () =>
        next
          .handle()
          .pipe(timeout({ first: deadline.remainingMs(), with: () => throwError(() => deadline.error()) }))
          .subscribe(subscriber),
      ),
    );
  }
}

/** Statements that undo work go through even after the deadline, so that a transaction is rolled back. */
const UNDO = /^\s*ROLLBACK\b/i;

/**
 * A TypeORM subscriber (its beforeQuery hook sees every statement): a statement issued for a request
 * whose deadline has passed is refused before it reaches the database, so a timed-out request stops
 * holding the connection (the embedded database has exactly one) and its transaction rolls back. On a
 * server database each connection also gets `statement_timeout` once, so that one long statement is
 * cancelled by PostgreSQL itself; PGlite ignores statement_timeout (measured: a 29 s statement ran
 * to its end), so there the budget acts between statements only.
 */
export function guardStatementsWithDeadlines(dataSource: DataSource, options: { statementTimeoutMs: number | null }): void {
  const configured = new WeakSet<object>();
  const subscriber: EntitySubscriberInterface = {
    // Synchronous unless a connection is met for the first time: TypeORM awaits only what is returned.
    beforeQuery(event: BeforeQueryEvent): Promise<unknown> | void {
      const deadline = currentDeadline.getStore();
      if (deadline?.expired() && !UNDO.test(event.query)) throw deadline.error();
      if (options.statementTimeoutMs === null) return;
      const connection = (event.queryRunner as { databaseConnection?: { query(sql: string): Promise<unknown> } }).databaseConnection;
      if (!connection || configured.has(connection)) return;
      configured.add(connection);
      return connection.query(`SET statement_timeout = ${Math.round(options.statementTimeoutMs)}`);
    },
  };
  dataSource.subscribers.push(subscriber);
}

/**
 * Inside a long request's transaction: statement_timeout (set per connection to the ordinary budget on a
 * server database) becomes what is left of the request's own budget, for this transaction only.
 */
export async function allowLongStatements(manager: EntityManager, fallbackMs: number): Promise<void> {
  const remaining = currentDeadline.getStore()?.remainingMs() ?? fallbackMs;
  await manager.query(`SET LOCAL statement_timeout = ${Math.max(1, Math.round(remaining))}`);
}

/** Runs work outside the current request's deadline: a background job started by a request (the placement optimiser) outlives it. */
export function outsideRequestDeadline<T>(work: () => T): T {
  return currentDeadline.exit(work);
}
