import { currentToken } from '../ui/session';

export type ExportFormat = 'csv' | 'xlsx' | 'json';

/**
 * Downloads a game's scoreboard export through the browser: fetched with the token in the Authorization
 * header (never in the address), then saved from a Blob under the server's file name.
 */
export async function downloadExport(gameId: string, format: ExportFormat): Promise<string> {
  const res = await fetch(`/games/${encodeURIComponent(gameId)}/scoreboard.${format}`, {
    headers: { authorization: `Bearer ${currentToken() ?? ''}` },
  });
  if (!res.ok) {
    const text = await res.text();
    let message = `${res.status} ${res.statusText}`;
    try {
      const body = JSON.parse(text) as { message?: string; errors?: { message?: string }[] };
      message = body.errors?.[0]?.message ?? body.message ?? message;
    } catch {
      // not JSON: keep the status line
    }
    throw new Error(message);
  }
  const name =
    /filename="?([^";]+)"?/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `scoreboard.${format}`;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
