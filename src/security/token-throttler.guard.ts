/* eslint-disable @typescript-eslint/no-explicit-any -- ThrottlerGuard's own signatures use Record<string, any> */
import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerException, ThrottlerGuard } from '@nestjs/throttler';
import type { RequestContext } from '../auth/viewer';
import { rateKey } from './rate-key';

const NO_RESPONSE = { header: () => undefined, setHeader: () => undefined };

/**
 * Rate limit per bearer token, for GraphQL operations (HTTP and graphql-ws)
 * and HTTP routes alike: without a token, per client address over HTTP and
 * per connection over a WebSocket. Subscriptions are not counted.
 */
@Injectable()
export class TokenThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext): {
    req: Record<string, any>;
    res: Record<string, any>;
  } {
    if (context.getType<string>() === 'graphql') {
      const ctx = GqlExecutionContext.create(context).getContext<RequestContext & { req?: Record<string, any> }>();
      // a graphql-ws operation has no HTTP request: its context carries the key of its token or connection
      if (!ctx.req) return { req: { rateKey: ctx.rateKey }, res: NO_RESPONSE };
      return { req: ctx.req, res: ctx.req.res ?? NO_RESPONSE };
    }
    return super.getRequestResponse(context);
  }

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return false;
    const info = GqlExecutionContext.create(context).getInfo<{ operation?: { operation?: string } }>();
    return info?.operation?.operation === 'subscription';
  }

  protected override async getTracker(req: Record<string, any>): Promise<string> {
    if (typeof req.rateKey === 'string') return req.rateKey;
    return rateKey(req.headers?.authorization, `ip:${req.ip ?? req.socket?.remoteAddress ?? 'unknown'}`);
  }

  protected override async throwThrottlingException(): Promise<void> {
    throw new ThrottlerException(
      'Too many requests for this token: slow down and retry in a minute (code RATE_LIMITED)',
    );
  }
}
