import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError, AppErrorCode } from '../common/app-error';
import { contextOf } from './current-viewer.decorator';
import { buildRequestContext } from './request-context';
import { TokenService } from './token.service';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';
import type { Role } from './viewer';

/**
 * The one guard: every GraphQL operation and HTTP route declares its roles
 * (@Roles) or is @Public; anything undeclared is refused.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (ctx.getType<string>() === 'http') {
      // plain HTTP routes (exports): resolve the bearer token here, as GraphQL does in its context
      const req = ctx.switchToHttp().getRequest<{ headers: Record<string, unknown>; sandbox?: unknown }>();
      req.sandbox ??= await buildRequestContext(this.tokens, req.headers.authorization);
    }
    const targets = [ctx.getHandler(), ctx.getClass()];
    const { viewer, badToken } = contextOf(ctx);
    if (badToken) throw new AppError(AppErrorCode.UNAUTHENTICATED, 'unknown, revoked or malformed token');
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!viewer)
      throw new AppError(AppErrorCode.UNAUTHENTICATED, 'a bearer token is required (Authorization: Bearer <token>)');
    if (!roles || !roles.includes(viewer.role))
      throw new AppError(AppErrorCode.FORBIDDEN, `not allowed for role ${viewer.role}`);
    return true;
  }
}
