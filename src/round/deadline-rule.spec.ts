import { deadlinePassed } from './deadline-rule';

describe('deadlinePassed', () => {
  const deadline = '2026-03-01T10:00:00.000Z';
  const at = (iso: string) => new Date(iso);

  it.each([
    ['1 ms before the deadline', '2026-03-01T09:59:59.999Z', false],
    ['at the deadline', '2026-03-01T10:00:00.000Z', true],
    ['1 ms after the deadline', '2026-03-01T10:00:00.001Z', true],
  ])('%s', (_name, when, passed) => {
    expect(deadlinePassed(deadline, at(when))).toBe(passed);
  });

  it('never passes for a round without a deadline', () => {
    expect(deadlinePassed(null, at('2999-01-01T00:00:00.000Z'))).toBe(false);
  });
});
