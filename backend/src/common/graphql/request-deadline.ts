import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { Observable, throwError, timeout } from 'rxjs';
import type { DataSource, EntitySubscriberInterface } from 'typeorm';
import type { BeforeQueryEvent } from 'typeorm/subscriber/event/QueryEvent';
import { VigieError } from '../errors/vigie-errors';

/** When a request's time is up: set when its GraphQL context is made, before parsing. */
export class RequestDeadline {
  readonly expiresAt: number;

  constructor(readonly budgetMs: number) {
    this.expiresAt = Date.now() + budgetMs;
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
@Injectable()
export class RequestDeadlineInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const deadline = GqlExecutionContext.create(context).getContext<{ deadline?: RequestDeadline }>().deadline;
    if (!deadline) return next.handle();
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

/** Runs work outside the current request's deadline: a background job started by a request (the placement optimiser) outlives it. */
export function outsideRequestDeadline<T>(work: () => T): T {
  return currentDeadline.exit(work);
}
