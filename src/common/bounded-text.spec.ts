import { boundedMessage, ECHO_LIMIT, MESSAGE_LIMIT } from './bounded-text';

describe('boundedMessage', () => {
  it('keeps short messages and short quoted values as they are', () => {
    expect(boundedMessage('game "g-1" not found')).toBe('game "g-1" not found');
  });

  it('cuts a long quoted value to a prefix with its length', () => {
    const id = 'x'.repeat(900_000);
    const m = boundedMessage(`game "${id}" not found`);
    expect(m).toBe(`game "${'x'.repeat(ECHO_LIMIT)}…" (900000 characters) not found`);
  });

  it('cuts every quoted value of a message, and the message as a whole', () => {
    const m = boundedMessage(`team "${'a'.repeat(50)}" in game "${'b'.repeat(50)}"`);
    expect(m).toBe(
      `team "${'a'.repeat(ECHO_LIMIT)}…" (50 characters) in game "${'b'.repeat(ECHO_LIMIT)}…" (50 characters)`,
    );
    const long = boundedMessage(`unquoted ${'y'.repeat(10_000)}`);
    expect(long.length).toBeLessThan(MESSAGE_LIMIT + 40);
    expect(long).toMatch(/… \(\d+ more characters\)$/);
  });
});
