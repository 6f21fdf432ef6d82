import { Inject, Logger } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { VIGIE_CONFIG } from '../database/database.module';
import type { VigieConfig } from '../config/vigie-config';
import { currentActor } from '../common/request-context';
import { unauthenticated } from '../common/errors/vigie-errors';
import { User } from '../users/user.entity';
import { AuthService } from './auth.service';
import { AuthPayload } from './dto/auth-payload';
import { clientAddressOf } from './request-context.interceptor';

@Resolver()
export class AuthResolver {
  constructor(
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(VIGIE_CONFIG) private readonly config: VigieConfig,
  ) {}

  private warnedAboutProxy = false;

  @Mutation(() => AuthPayload, {
    description:
      'Signs in. UNAUTHENTICATED for a wrong email or password (one message for both); TOO_MANY_ATTEMPTS when throttled, before the password is checked (extensions: retryAfterSeconds, scope account_and_address | account | address).',
  })
  login(
    @Args('email', { type: () => String }) email: string,
    @Args('password', { type: () => String }) password: string,
    @Context('req') request: Request,
  ): Promise<AuthPayload> {
    if (!this.config.trustProxy && request.headers['x-forwarded-for'] !== undefined && !this.warnedAboutProxy) {
      // Throttling then sees one address for everyone behind the proxy: say so once.
      this.warnedAboutProxy = true;
      new Logger('Auth').warn('Sign-ins arrive through a proxy (X-Forwarded-For) but VIGIE_TRUST_PROXY is not set: every client shares the proxy\'s address for sign-in throttling.');
    }
    return this.auth.login(email, password, clientAddressOf(request));
  }

  @Mutation(() => AuthPayload, { description: 'A new token pair for a live refresh token, which is revoked (rotation).' })
  refresh(@Args('refreshToken', { type: () => String }) refreshToken: string): Promise<AuthPayload> {
    return this.auth.refresh(refreshToken);
  }

  @Mutation(() => Boolean, { description: 'Ends the session of this refresh token; true when it was live.' })
  logout(@Args('refreshToken', { type: () => String }) refreshToken: string): Promise<boolean> {
    return this.auth.logout(refreshToken);
  }

  @Query(() => User, { description: 'The signed-in user; UNAUTHENTICATED without a valid token.' })
  async me(): Promise<User> {
    const actor = currentActor();
    const user = actor?.userId ? await this.dataSource.getRepository(User).findOne({ where: { id: actor.userId } }) : null;
    if (!user) throw unauthenticated();
    return user;
  }
}
