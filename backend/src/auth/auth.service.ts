import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { DataSource, type EntityManager } from 'typeorm';
import { VIGIE_CONFIG, type VigieConfig } from '../config/vigie-config';
import { unauthenticated } from '../common/errors/vigie-errors';
import type { Actor } from '../common/request-context';
import { User } from '../users/user.entity';
import { AuthTokens, hashRefreshToken } from './auth-tokens';
import { RefreshToken } from './refresh-token.entity';
import { failureAnswerDelayMs, reserveLoginCheck, settleLoginCheck } from './login-throttle';
import { dummyPasswordHash, verifyPassword } from '../users/passwords';
import { normaliseEmail } from '../users/user-accounts';
import type { Role } from './permissions';

export interface AuthPayloadValue {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: User;
}

const WRONG_CREDENTIALS = 'Wrong email or password.';
const BAD_REFRESH = 'This session has ended (the refresh token is unknown, expired or revoked); sign in again.';

/** Who is calling, remembered per request object (several root fields, one lookup). */
const actorsByRequest = new WeakMap<Request, Promise<Actor | null>>();

@Injectable()
export class AuthService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AuthTokens) private readonly tokens: AuthTokens,
    @Inject(VIGIE_CONFIG) private readonly config: VigieConfig,
  ) {}

  /**
   * The throttle counts the attempt (atomically, in the database) BEFORE the password is checked,
   * so parallel attempts cannot all slip under the limit; see login-throttle.ts.
   */
  async login(emailInput: string, password: string, clientAddress: string): Promise<AuthPayloadValue> {
    const email = normaliseEmail(emailInput);
    const user = await this.dataSource.getRepository(User).findOne({ where: { email } });
    const reservation = await reserveLoginCheck(this.dataSource, this.config, { email, clientAddress, userId: user?.id ?? null });
    // Verify against a dummy hash for an unknown account: same time, same answer.
    const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), String(password ?? '').slice(0, 1024));
    const succeeded = Boolean(user && passwordOk && !user.disabled);
    await settleLoginCheck(this.dataSource, reservation, succeeded);
    if (!succeeded) {
      await sleep(failureAnswerDelayMs(reservation.pairFailures));
      throw unauthenticated(WRONG_CREDENTIALS);
    }
    return this.dataSource.transaction((manager) => this.issue(manager, user!));
  }

  /** Rotates the refresh token: the presented one is revoked, a new pair is returned. */
  async refresh(refreshToken: string): Promise<AuthPayloadValue> {
    const hash = hashRefreshToken(String(refreshToken ?? ''));
    const outcome = await this.dataSource.transaction(async (manager) => {
      const stored = await manager.findOne(RefreshToken, { where: { tokenHash: hash }, lock: { mode: 'pessimistic_write' } });
      if (!stored) return { refused: true as const };
      if (stored.revokedAt) {
        // A revoked token presented again: it was stolen or replayed. End every session of that user.
        await manager.query('UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [stored.userId]);
        return { refused: true as const };
      }
      const user = await manager.findOne(User, { where: { id: stored.userId } });
      if (stored.expiresAt.getTime() <= Date.now() || !user || user.disabled) return { refused: true as const };
      const payload = await this.issue(manager, user);
      const [replacement] = await manager.query('SELECT id FROM refresh_token WHERE token_hash = $1', [hashRefreshToken(payload.refreshToken)]);
      await manager.update(RefreshToken, { id: stored.id }, { revokedAt: new Date(), replacedById: replacement.id });
      return { refused: false as const, payload };
    });
    if (outcome.refused) throw unauthenticated(BAD_REFRESH);
    return outcome.payload;
  }

  /** Revokes the refresh token; true when it was a live one. */
  async logout(refreshToken: string): Promise<boolean> {
    const [{ revoked }] = await this.dataSource.query(
      `WITH revoked AS (UPDATE refresh_token SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL RETURNING id)
       SELECT count(*)::int AS revoked FROM revoked`,
      [hashRefreshToken(String(refreshToken ?? ''))],
    );
    return revoked > 0;
  }

  /**
   * The actor of a request: null without an Authorization header; UNAUTHENTICATED for a bad token,
   * an unknown or a disabled user. The user row is read on every request, so a disable or a new
   * role applies to tokens already given out.
   */
  actorFor(request: Request): Promise<Actor | null> {
    let actor = actorsByRequest.get(request);
    if (!actor) {
      actor = this.resolveActor(request.headers.authorization);
      actor.catch(() => undefined);
      actorsByRequest.set(request, actor);
    }
    return actor;
  }

  private async resolveActor(header: string | undefined): Promise<Actor | null> {
    if (header === undefined || header === '') return null;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw unauthenticated();
    const userId = await this.tokens.verifyAccessToken(match[1]);
    const [row] = await this.dataSource.query(
      'SELECT id, email, role, organisation_id, disabled FROM app_user WHERE id = $1',
      [userId],
    );
    if (!row || row.disabled) throw unauthenticated();
    return { userId: row.id, email: row.email, role: row.role as Role, organisationId: row.organisation_id };
  }

  private async issue(manager: EntityManager, user: User): Promise<AuthPayloadValue> {
    const access = await this.tokens.signAccessToken(user);
    const refresh = this.tokens.newRefreshToken();
    await manager.insert(RefreshToken, { userId: user.id, tokenHash: refresh.hash, expiresAt: refresh.expiresAt });
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken: refresh.token,
      refreshTokenExpiresAt: refresh.expiresAt,
      user,
    };
  }
}
