/**
 * Every HTTP request carries an id: the client's `X-Request-Id` when it is
 * a short token (letters, digits, `.`, `_`, `-`; at most 64), otherwise a
 * new random one. The answer sends it back in the same header, and code
 * running for the request reads it (currentRequestId) to put it on the
 * one log line of an unexpected error and in that error's answer, so a
 * user's report and the server's log meet.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const store = new AsyncLocalStorage<string>();
const SAFE_ID = /^[A-Za-z0-9._-]{1,64}$/;

export const REQUEST_ID_HEADER = 'x-request-id';

export function requestIdMiddleware(): (req: Request, res: Response, next: NextFunction) => void {
  return (req, res, next) => {
    const given = req.get(REQUEST_ID_HEADER);
    const id = given !== undefined && SAFE_ID.test(given) ? given : randomUUID();
    res.setHeader(REQUEST_ID_HEADER, id);
    store.run(id, next);
  };
}

/** The id of the request being served, or undefined outside one (a WebSocket message, a timer). */
export function currentRequestId(): string | undefined {
  return store.getStore();
}
