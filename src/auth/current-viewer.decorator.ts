import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError, AppErrorCode } from '../common/app-error';
import type { RequestContext, Viewer } from './viewer';

export function contextOf(ctx: ExecutionContext): RequestContext {
  if (ctx.getType<string>() === 'graphql') return GqlExecutionContext.create(ctx).getContext<RequestContext>();
  return ctx.switchToHttp().getRequest<{ sandbox?: RequestContext }>().sandbox ?? { viewer: null, badToken: false };
}

/** The authenticated viewer (the guard has already refused anonymous calls). */
export const CurrentViewer = createParamDecorator((_: unknown, ctx: ExecutionContext): Viewer => {
  const viewer = contextOf(ctx).viewer;
  if (!viewer) throw new AppError(AppErrorCode.UNAUTHENTICATED, 'a bearer token is required');
  return viewer;
});
