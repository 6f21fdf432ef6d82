import { AsyncLocalStorage } from 'node:async_hooks';
import type { Role } from '../core/domain';

/**
 * Who is acting in the current request. Set per request (auth guard + RequestContextInterceptor),
 * read wherever it is needed (CrudService's rules and audit trail) without threading it through
 * every call. Nothing outlives the request: the backend stays stateless between requests.
 */
export interface Actor {
  /** Null for an anonymous reader (VIGIE_ALLOW_ANONYMOUS_READ). */
  userId: string | null;
  email: string | null;
  role: Role;
  organisationId: string | null;
}

export interface RequestContext {
  actor: Actor | null;
  clientAddress: string | null;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithRequestContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

/** The acting user; null outside a request (seed, CLI, start-up jobs): "system". */
export function currentActor(): Actor | null {
  return storage.getStore()?.actor ?? null;
}
