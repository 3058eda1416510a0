/**
 * Engine versions and what they promise. A game keeps the engine version
 * it was created with. Within one major version a round's outcome is
 * byte-identical; a new major version changes the market, so a game of
 * another major version cannot be replayed here to the same hashes.
 */
export const ENGINE_VERSION = '2.0.0';

const major = (v: string): string => v.split('.')[0] ?? v;

/** Whether a game created with engine `stored` replays to the same hashes on this engine. */
export function replaysOnThisEngine(stored: string): boolean {
  return major(stored) === major(ENGINE_VERSION);
}
