/**
 * Node flags the server is meant to run with (`npm start`, the README's
 * deployment lines and `sandbox bench` use them). A larger young generation
 * lets the short-lived objects of a request (parsed bodies, GraphQL
 * coercion, SQL parameters) die in the nursery instead of being copied and
 * promoted: on the 2-core reference machine `sandbox bench` measured about a
 * quarter less CPU per submission with it. It costs up to 3 × 64 MiB of
 * reserved young-generation memory.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];

/** The flags of SERVER_NODE_FLAGS this process was started without (command line or NODE_OPTIONS). */
export function missingServerFlags(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string = process.env.NODE_OPTIONS ?? '',
): string[] {
  const given = new Set([...execArgv, ...nodeOptions.split(/\s+/)].map((f) => f.split('=')[0].replace(/_/g, '-')));
  return SERVER_NODE_FLAGS.filter((f) => !given.has(f.split('=')[0]));
}
