import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { SignJWT, jwtVerify } from 'jose';
import { LRUCache } from 'lru-cache';
import { VIGIE_CONFIG, type VigieConfig } from '../config/vigie-config';
import { unauthenticated } from '../common/errors/vigie-errors';
import { resolveJwtSecret } from './jwt-secret';

const ISSUER = 'vigie';
const AUDIENCE = 'vigie-api';
/** Clocks of the instances of a deployment may differ this much. */
const CLOCK_SKEW_SECONDS = 60;
/** Verified access tokens kept (a client reuses its token for every request until it expires). */
const VERIFIED_TOKENS_KEPT = 1_000;

/**
 * Access tokens: short-lived HS256 JWTs (jose) naming the user (`sub`); the role is NOT trusted from
 * the token: the guard reads the user row on every request, so a re-role or a disable applies at
 * once. Refresh tokens: 256 random bits, opaque, stored as SHA-256 only.
 */
@Injectable()
export class AuthTokens {
  private readonly key: Uint8Array;
  /**
   * Tokens already verified, until their own expiry: a token is immutable, and every check below
   * only gets easier as time passes except the expiry, which the cache keeps (ttl = remaining life,
   * checked again on a hit). Nothing else is cached: the user row (disabled, role) is still read on
   * every request, and logout revokes refresh tokens, never access tokens, so the answers are the same.
   */
  private readonly verified = new LRUCache<string, { subject: string; expiresAtSeconds: number }>({ max: VERIFIED_TOKENS_KEPT });

  constructor(@Inject(VIGIE_CONFIG) private readonly config: VigieConfig) {
    this.key = resolveJwtSecret(config);
  }

  get accessTokenSeconds(): number {
    return this.config.accessTokenMinutes * 60;
  }

  get refreshTokenSeconds(): number {
    return this.config.refreshTokenDays * 24 * 3600;
  }

  /** `expiresAt` may be given (tests make expired tokens this way). */
  async signAccessToken(user: { id: string; role: string }, expiresAt = new Date(Date.now() + this.accessTokenSeconds * 1000)) {
    const token = await new SignJWT({ role: user.role })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(user.id)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  /**
   * The user id of a valid token; UNAUTHENTICATED for a forged, expired or malformed one, and for one
   * without `exp`, `iat` or `sub` or that lives longer than this deployment gives out (a token that
   * never expires, even signed with the real key, is refused).
   */
  async verifyAccessToken(token: string): Promise<string> {
    const known = this.verified.get(token);
    if (known && known.expiresAtSeconds > Date.now() / 1000) return known.subject;
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
        requiredClaims: ['exp', 'iat', 'sub'],
      });
      if (typeof payload.sub !== 'string') throw new Error('no subject');
      const nowSeconds = Date.now() / 1000;
      if (payload.exp! > nowSeconds + this.accessTokenSeconds + CLOCK_SKEW_SECONDS) throw new Error('expires too late');
      if (payload.iat! > nowSeconds + CLOCK_SKEW_SECONDS) throw new Error('issued in the future');
      this.verified.set(token, { subject: payload.sub, expiresAtSeconds: payload.exp! }, { ttl: Math.max(1, (payload.exp! - nowSeconds) * 1000) });
      return payload.sub;
    } catch {
      throw unauthenticated();
    }
  }

  newRefreshToken(): { token: string; hash: string; expiresAt: Date } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: hashRefreshToken(token), expiresAt: new Date(Date.now() + this.refreshTokenSeconds * 1000) };
  }
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
