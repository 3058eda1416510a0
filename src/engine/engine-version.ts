/**
 * Engine versions and what they promise. A game keeps the engine version
 * it was created with. Within one major.minor version a round's outcome is
 * byte-identical; a new minor version changes scores or the market (2.1:
 * scores on expected quantities), a new major version the market's model,
 * so a game of another major.minor version cannot be replayed here to the
 * same hashes.
 */
export const ENGINE_VERSION = '2.1.0';

const line = (v: string): string => v.split('.').slice(0, 2).join('.');

/** Whether a game created with engine `stored` replays to the same hashes on this engine. */
export function replaysOnThisEngine(stored: string): boolean {
  return line(stored) === line(ENGINE_VERSION);
}
