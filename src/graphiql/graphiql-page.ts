import type { NextFunction, Request, Response } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EXAMPLE_TABS } from './examples';

/** Files served under /graphiql/ from installed packages: no CDN, works in a classroom without internet. */
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'application/javascript' },
  'react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'application/javascript' },
  'graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'application/javascript' },
  'graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

/** The installed folder of a package (its `exports` may hide the files we serve, so walk up from its entry). */
function packageDir(pkg: string): string {
  let dir = dirname(require.resolve(pkg));
  while (dir !== dirname(dir)) {
    if (
      existsSync(join(dir, 'package.json')) &&
      (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name === pkg
    )
      return dir;
    dir = dirname(dir);
  }
  throw new Error(`cannot find the installed package ${pkg}`);
}

/**
 * GraphiQL with the example tabs. On the first visit the editors start with the first tab's query, variables
 * and headers; later visits restore what the browser stored, so a reload neither empties nor duplicates a tab.
 */
function page(): string {
  const tabs = JSON.stringify(
    EXAMPLE_TABS.map(({ query, variables, headers }) => ({ query, variables, headers })),
  ).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Cross-border store sandbox — GraphiQL</title>
<style>body{margin:0;height:100vh;overflow:hidden}#graphiql{height:100vh}</style>
<link rel="stylesheet" href="/graphiql/graphiql.css">
<script src="/graphiql/react.js"></script>
<script src="/graphiql/react-dom.js"></script>
<script src="/graphiql/graphiql.js"></script>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script>
  var url = location.origin + '/graphql';
  var fetcher = GraphiQL.createFetcher({ url: url, subscriptionUrl: url.replace(/^http/, 'ws') });
  var tabs = ${tabs};
  var props = { fetcher: fetcher, defaultTabs: tabs, shouldPersistHeaders: true, isHeadersEditorEnabled: true, defaultEditorToolsVisibility: true };
  // GraphiQL fills its editors from these props, not from defaultTabs, and on a later visit adds a tab unless
  // they match a stored one: start with the first example on the first visit, else with the stored active tab.
  var start = tabs[0];
  try {
    var stored = JSON.parse(localStorage.getItem('graphiql:tabState') || 'null');
    if (stored && stored.tabs && stored.tabs[stored.activeTabIndex]) start = stored.tabs[stored.activeTabIndex];
  } catch (e) {}
  props.query = start.query || '';
  props.variables = start.variables || '';
  props.headers = start.headers || '';
  ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, props));
</script>
</body>
</html>`;
}

/** Express middleware: GraphiQL at GET /graphql for browsers, its assets at /graphiql/*. */
export function graphiqlMiddleware(): (req: Request, res: Response, next: NextFunction) => void {
  const html = page();
  const cache = new Map<string, Buffer>();
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (
      req.path === '/graphql' &&
      Object.keys(req.query).length === 0 &&
      (req.headers.accept ?? '').includes('text/html')
    ) {
      res
        .type('html')
        .setHeader(
          'Content-Security-Policy',
          "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' ws: wss:",
        );
      res.send(html);
      return;
    }
    const m = /^\/graphiql\/([a-z-]+\.(?:js|css))$/.exec(req.path);
    const asset = m ? ASSETS[m[1]] : undefined;
    if (!asset) return next();
    const key = `${asset.pkg}/${asset.file}`;
    let body = cache.get(key);
    if (!body) {
      body = readFileSync(join(packageDir(asset.pkg), asset.file));
      cache.set(key, body);
    }
    res.type(asset.type).setHeader('Cache-Control', 'public, max-age=86400');
    res.send(body);
  };
}
