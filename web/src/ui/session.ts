/**
 * Sign-in: a token pasted once, or a join link from the instructor's token sheet (`/#token=…`).
 * The token lives in session storage (gone when the tab closes) and is removed from the address bar at once,
 * so it never reaches a server log, the history or a bookmark.
 */
const KEY = 'sandbox.token';

/** Takes a `#token=…` fragment out of the address bar and keeps the token; true when one was found. */
export function takeTokenFromFragment(): boolean {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const token = params.get('token')?.trim();
  if (!token) return false;
  saveToken(token);
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  return true;
}

export function saveToken(token: string): void {
  window.sessionStorage.setItem(KEY, token.trim());
}

export function currentToken(): string | null {
  return window.sessionStorage.getItem(KEY);
}

export function forgetToken(): void {
  window.sessionStorage.removeItem(KEY);
}
