import type { NextFunction, Request, Response } from 'express';

/**
 * Admits HTTP requests one per turn of the event loop, in arrival order.
 * Requests that arrive together would otherwise each run to their first wait
 * in one go, and the database completions due meanwhile (the sqlite driver
 * calls back on this thread, once per statement of a transaction) would wait
 * behind the whole burst; admitted one per turn, a completion waits for at
 * most one request. Under light load it costs one setImmediate per request.
 */
export function oneRequestPerTurn(): (req: Request, res: Response, next: NextFunction) => void {
  const waiting: NextFunction[] = [];
  let scheduled = false;
  const admit = (): void => {
    const next = waiting.shift();
    try {
      next?.();
    } finally {
      // work the admitted request queued for the next turn goes first
      if (waiting.length > 0) setImmediate(admit);
      else scheduled = false;
    }
  };
  return (_req, _res, next) => {
    waiting.push(next);
    if (!scheduled) {
      scheduled = true;
      setImmediate(admit);
    }
  };
}
