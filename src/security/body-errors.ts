import type { NextFunction, Request, Response } from 'express';
import { boundedMessage } from '../common/bounded-text';
import { SHAPE_REFUSAL, TOO_LARGE_MESSAGE } from './execution-policy';

interface BodyError {
  status?: unknown;
  type?: unknown;
  message?: unknown;
}

/**
 * An HTTP body the JSON parser refused (too large, malformed, wrong
 * charset) is the client's mistake: answered with its 4xx status and a
 * GraphQL-shaped error (PAYLOAD_TOO_LARGE for 413, else BAD_REQUEST) with a
 * bounded message, and not logged as a server error.
 */
export function bodyErrorHandler() {
  return (error: unknown, _req: Request, res: Response, next: NextFunction): void => {
    const e = (error ?? {}) as BodyError;
    const status = typeof e.status === 'number' ? e.status : 0;
    if (status < 400 || status > 499 || typeof e.type !== 'string') return next(error);
    if (status === 413) {
      res.status(413).json({ errors: [{ message: TOO_LARGE_MESSAGE, extensions: { code: SHAPE_REFUSAL.tooLarge } }] });
      return;
    }
    const message = boundedMessage(typeof e.message === 'string' ? e.message : 'bad request body');
    res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  };
}
