/**
 * A team's unsent decisions per game, round and module, kept in local storage so a reload or a closed tab
 * loses nothing; a module's draft is removed when that module is submitted.
 */
export type ModuleName = 'SELECTION' | 'OPERATIONS' | 'ADS' | 'FULFILLMENT';
export const MODULES: ModuleName[] = ['SELECTION', 'OPERATIONS', 'ADS', 'FULFILLMENT'];

const key = (gameId: string, round: number, module: ModuleName) => `sandbox.draft.${gameId}.${round}.${module}`;

export function loadDraft<T>(gameId: string, round: number, module: ModuleName): T | null {
  const raw = window.localStorage.getItem(key(gameId, round, module));
  if (raw === null) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    window.localStorage.removeItem(key(gameId, round, module));
    return null;
  }
}

export function saveDraft(gameId: string, round: number, module: ModuleName, draft: unknown): void {
  window.localStorage.setItem(key(gameId, round, module), JSON.stringify(draft));
}

export function clearDraft(gameId: string, round: number, module: ModuleName): void {
  window.localStorage.removeItem(key(gameId, round, module));
}

export function hasDraft(gameId: string, round: number, module: ModuleName): boolean {
  return window.localStorage.getItem(key(gameId, round, module)) !== null;
}
