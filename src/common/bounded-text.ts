/** The longest quoted value an error message repeats back, and the longest message answered or logged. */
export const ECHO_LIMIT = 40;
export const MESSAGE_LIMIT = 500;

const QUOTED = /"([^"]*)"/g;

/**
 * An error message safe to answer and log: every quoted input it repeats is
 * cut to its first ECHO_LIMIT characters (with how many more there were),
 * and the whole message to MESSAGE_LIMIT characters, so a huge argument
 * never comes back as a huge answer.
 */
export function boundedMessage(message: string): string {
  const quotesShortened = message.replace(QUOTED, (whole, inner: string) =>
    inner.length <= ECHO_LIMIT ? whole : `"${inner.slice(0, ECHO_LIMIT)}…" (${inner.length} characters)`,
  );
  if (quotesShortened.length <= MESSAGE_LIMIT) return quotesShortened;
  return `${quotesShortened.slice(0, MESSAGE_LIMIT)}… (${quotesShortened.length - MESSAGE_LIMIT} more characters)`;
}
