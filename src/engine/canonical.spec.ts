import fc from 'fast-check';
import { canonicalJson } from './canonical';

describe('canonicalJson', () => {
  it.each([
    [{ b: 1, a: [true, null, 'x'] }, '{"a":[true,null,"x"],"b":1}'],
    [{ z: { y: 2, x: 1 }, skip: undefined }, '{"z":{"x":1,"y":2}}'],
    [[undefined, -0, 1.5, 'é"'], '[null,0,1.5,"é\\""]'],
    [{}, '{}'],
    [[], '[]'],
    ['plain', '"plain"'],
  ])('writes %j as %s', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it.each([
    [{ a: { b: [1, Number.NaN] } }, 'canonicalJson: non-finite number at $.a.b[1]'],
    [{ b: 1, a: Infinity }, 'canonicalJson: non-finite number at $.a'],
    [{ f: () => 1 }, 'canonicalJson: unsupported function at $.f'],
    [[1, 2n], 'canonicalJson: unsupported bigint at $[1]'],
  ])('refuses %p naming where', (value, message) => {
    expect(() => canonicalJson(value)).toThrow(message);
  });

  it('is JSON that parses back to the same value, whatever the key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = canonicalJson(v);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(v)));
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
