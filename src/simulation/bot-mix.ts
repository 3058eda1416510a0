/** Bot mixes for simulations: `ADAPTIVE:2,COST_PLUS:3,RANDOM:1`, or N teams cycling the strategies. */
import { BOT_STRATEGIES, type BotStrategy, isBotStrategy } from '../engine';

export class BotMixError extends Error {}

/** Strategies seat by seat. `mix` wins over `teams`; without either, one of each strategy. */
export function parseBotMix(mix: string | undefined, teams: number | undefined): BotStrategy[] {
  if (mix === undefined || mix.trim() === '') {
    const n = teams ?? BOT_STRATEGIES.length;
    if (!Number.isInteger(n) || n < 1) throw new BotMixError(`--teams must be a positive integer, got ${teams}`);
    return Array.from({ length: n }, (_, i) => BOT_STRATEGIES[i % BOT_STRATEGIES.length]);
  }
  const out: BotStrategy[] = [];
  for (const part of mix
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    const [name, countText = '1'] = part.split(':').map((x) => x.trim());
    const strategy = name.toUpperCase();
    if (!isBotStrategy(strategy))
      throw new BotMixError(`unknown strategy "${name}" (use ${BOT_STRATEGIES.join(', ')})`);
    const count = Number(countText);
    if (!Number.isInteger(count) || count < 0)
      throw new BotMixError(`"${part}": the count must be a non-negative integer`);
    for (let i = 0; i < count; i += 1) out.push(strategy);
  }
  if (out.length === 0) throw new BotMixError('the bot mix seats no team');
  if (teams !== undefined && teams !== out.length)
    throw new BotMixError(`--teams ${teams} does not match the mix (${out.length} teams)`);
  return out;
}

/** Seat codes T01… for n seats (as the server assigns them). */
export function seatCodes(n: number): string[] {
  const width = Math.max(2, String(n).length);
  return Array.from({ length: n }, (_, i) => `T${String(i + 1).padStart(width, '0')}`);
}
