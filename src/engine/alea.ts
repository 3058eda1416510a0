/**
 * Johannes Baagøe's Alea generator with his Mash seeding, written for the
 * engine's many short streams (two per listing per round): a stream is one
 * small object, and the seeding's three constant steps are computed once.
 * It yields the same sequence as seedrandom's `alea(key)` for the same key
 * (random.spec.ts compares them), so results do not depend on which of the
 * two made the numbers.
 */

const MASH_START = 0xefc8249d;
const TWO_POW_32 = 0x100000000;
const TWO_POW_MINUS_32 = 2.3283064365386963e-10;
const MASH_FACTOR = 0.02519603282416938;
const ALEA_MULTIPLIER = 2091639;

/** Mash state: the running 32-bit integer `n` as a double. */
interface MashState {
  n: number;
}

/** Feeds a text to Mash, returning its value in [0, 1) and advancing the state. */
function mash(state: MashState, data: string): number {
  let n = state.n;
  for (let i = 0; i < data.length; i += 1) {
    n += data.charCodeAt(i);
    let h = MASH_FACTOR * n;
    n = h >>> 0;
    h -= n;
    h *= n;
    n = h >>> 0;
    h -= n;
    n += h * TWO_POW_32;
  }
  state.n = n;
  return (n >>> 0) * TWO_POW_MINUS_32;
}

/** The seeding's first three steps (Mash of a space, three times) do not depend on the key. */
const SPACE = (() => {
  const state = { n: MASH_START };
  const s0 = mash(state, ' ');
  const s1 = mash(state, ' ');
  const s2 = mash(state, ' ');
  return { s0, s1, s2, n: state.n };
})();

const wrap = (x: number): number => (x < 0 ? x + 1 : x);

/** One Alea stream seeded by a text key; `next()` is uniform in [0, 1). */
export class AleaStream {
  private s0: number;
  private s1: number;
  private s2: number;
  private c = 1;

  constructor(key: string) {
    const state = { n: SPACE.n };
    this.s0 = wrap(SPACE.s0 - mash(state, key));
    this.s1 = wrap(SPACE.s1 - mash(state, key));
    this.s2 = wrap(SPACE.s2 - mash(state, key));
  }

  next(): number {
    const t = ALEA_MULTIPLIER * this.s0 + this.c * TWO_POW_MINUS_32;
    this.s0 = this.s1;
    this.s1 = this.s2;
    this.c = t | 0;
    this.s2 = t - this.c;
    return this.s2;
  }
}
