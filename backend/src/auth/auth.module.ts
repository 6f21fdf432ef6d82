import { Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { AuthTokens } from './auth-tokens';
import { RequestContextInterceptor } from './request-context.interceptor';

/** Sign-in, tokens, and the global guard + request context that every query and mutation passes. */
@Module({
  providers: [
    AuthTokens,
    AuthService,
    AuthResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_INTERCEPTOR, useClass: RequestContextInterceptor },
  ],
  exports: [AuthTokens, AuthService],
})
export class AuthModule {}
