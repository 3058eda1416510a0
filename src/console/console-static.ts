import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The web console's build output (`npm run build` writes it; `web/dist` in the repository). */
export const CONSOLE_DIR = join(__dirname, '..', '..', 'web', 'dist');

/** Paths the console never answers: the API, GraphiQL's assets and the export downloads keep their own handlers. */
const NOT_CONSOLE = /^\/(graphql|graphiql|games)(\/|$)/;

/** Everything the console loads comes from this server; Ant Design injects its styles at run time. */
export const CONSOLE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'self'";

/**
 * Headers of every console file: hashed assets are cached for good, index.html is always revalidated
 * (a new build is picked up on the next load), and no page sends a Referer.
 */
function setConsoleHeaders(res: Response, path: string): void {
  res.setHeader('Content-Security-Policy', CONSOLE_CSP);
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', basename(path) === 'index.html' ? 'no-cache' : 'public, max-age=31536000, immutable');
}

/**
 * Serves the console at `/`: its built files, and index.html for any other page a browser asks for
 * (the console routes in the browser, so a reload of `/student/decide` works). The API paths are left alone,
 * and so is every request that is not a browser asking for a page. Without a build, nothing is served.
 */
export function serveConsole(app: NestExpressApplication, dir = CONSOLE_DIR): void {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return;
  app.useStaticAssets(dir, { index: false, redirect: false, setHeaders: setConsoleHeaders });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || NOT_CONSOLE.test(req.path)) return next();
    if (!(req.headers.accept ?? '').includes('text/html')) return next();
    setConsoleHeaders(res, index);
    res.sendFile(index);
  });
}
