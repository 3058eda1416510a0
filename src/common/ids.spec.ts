import { IdService } from './ids';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('IdService.rowId', () => {
  const ids = new IdService();

  it('is a version 7 UUID whose first 48 bits are the current Unix milliseconds', () => {
    const before = Date.now();
    const id = ids.rowId();
    const after = Date.now();
    expect(id).toMatch(V7);
    const ms = parseInt(id.replace(/-/g, '').slice(0, 12), 16);
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(after);
  });

  it('sorts by creation time across milliseconds and never repeats', async () => {
    const first = Array.from({ length: 500 }, () => ids.rowId());
    await new Promise((r) => setTimeout(r, 5));
    const second = Array.from({ length: 500 }, () => ids.rowId());
    for (const a of first) for (const b of second.slice(0, 20)) expect(a < b).toBe(true);
    expect(new Set([...first, ...second]).size).toBe(1000);
  });

  it('keeps uuid() a random version 4 UUID (public ids)', () => {
    expect(ids.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
