import type { Request, Response } from 'express';
import { oneRequestPerTurn } from './request-turns';

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('oneRequestPerTurn', () => {
  it('admits a burst one request per event-loop turn, in arrival order', async () => {
    const gate = oneRequestPerTurn();
    const admitted: number[] = [];
    for (let i = 0; i < 3; i += 1) gate({} as Request, {} as Response, () => admitted.push(i));
    expect(admitted).toEqual([]);
    await turn();
    expect(admitted).toEqual([0]);
    await turn();
    expect(admitted).toEqual([0, 1]);
    await turn();
    expect(admitted).toEqual([0, 1, 2]);
  });

  it('lets completions queued meanwhile run between two admitted requests', async () => {
    const gate = oneRequestPerTurn();
    const order: string[] = [];
    gate({} as Request, {} as Response, () => {
      order.push('request 1');
      setImmediate(() => order.push('completion'));
    });
    gate({} as Request, {} as Response, () => order.push('request 2'));
    await turn();
    await turn();
    await turn();
    expect(order).toEqual(['request 1', 'completion', 'request 2']);
  });

  it('admits a lone request on the next turn after a quiet spell', async () => {
    const gate = oneRequestPerTurn();
    const admitted: string[] = [];
    gate({} as Request, {} as Response, () => admitted.push('a'));
    await turn();
    await turn();
    gate({} as Request, {} as Response, () => admitted.push('b'));
    await turn();
    expect(admitted).toEqual(['a', 'b']);
  });
});
