import { logLevels } from './log-level';

describe('LOG_LEVEL', () => {
  it.each([
    [undefined, ['fatal', 'error', 'warn', 'log']],
    ['warn', ['fatal', 'error', 'warn']],
    ['info', ['fatal', 'error', 'warn', 'log']],
    ['DEBUG', ['fatal', 'error', 'warn', 'log', 'debug']],
  ])('%s -> %p', (value, levels) => expect(logLevels(value)).toEqual(levels));

  it('names the accepted levels when given another', () => {
    expect(() => logLevels('loud')).toThrow(/LOG_LEVEL "loud" is not one of: fatal, error, warn, log, debug, verbose/);
  });
});
