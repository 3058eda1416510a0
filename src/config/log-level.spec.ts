import { configFromEnv } from './app-config';
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

describe('LOG_FORMAT', () => {
  it('is text by default, json on request, and names the accepted values otherwise', () => {
    expect(configFromEnv({}).logFormat).toBe('text');
    expect(configFromEnv({ LOG_FORMAT: 'JSON' }).logFormat).toBe('json');
    expect(() => configFromEnv({ LOG_FORMAT: 'xml' })).toThrow('LOG_FORMAT must be "text" or "json", got "xml"');
  });
});
