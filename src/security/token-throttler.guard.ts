/* eslint-disable @typescript-eslint/no-explicit-any -- ThrottlerGuard's own signatures use Record<string, any> */
import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerException, ThrottlerGuard } from '@nestjs/throttler';
import { createHash } from 'node:crypto';

/**
 * Rate limit per bearer token (per client address when there is none), for
 * GraphQL operations and HTTP routes alike. Subscriptions are not counted.
 */
@Injectable()
export class TokenThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext): {
    req: Record<string, any>;
    res: Record<string, any>;
  } {
    if (context.getType<string>() === 'graphql') {
      const ctx = GqlExecutionContext.create(context).getContext<{ req?: Record<string, any> }>();
      return { req: ctx.req ?? {}, res: ctx.req?.res ?? { header: () => undefined, setHeader: () => undefined } };
    }
    return super.getRequestResponse(context);
  }

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return false;
    const info = GqlExecutionContext.create(context).getInfo<{ operation?: { operation?: string } }>();
    return info?.operation?.operation === 'subscription';
  }

  protected override async getTracker(req: Record<string, any>): Promise<string> {
    const auth = req.headers?.authorization;
    if (typeof auth === 'string' && auth.length > 0) return `token:${createHash('sha256').update(auth).digest('hex')}`;
    return `ip:${req.ip ?? req.socket?.remoteAddress ?? 'unknown'}`;
  }

  protected override async throwThrottlingException(): Promise<void> {
    throw new ThrottlerException(
      'Too many requests for this token: slow down and retry in a minute (code RATE_LIMITED)',
    );
  }
}
