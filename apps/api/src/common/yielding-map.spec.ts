import { EventEmitter } from 'node:events';
import { performance } from 'node:perf_hooks';
import type { Request, Response } from 'express';
import { trackRequests } from './request-activity';
import { GIVE_WAY_FACTOR, mapYielding } from './yielding-map';

/** Holds the thread for `ms`, as building a large document does. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

describe('mapYielding', () => {
  it('maps every item in order', async () => {
    expect(await mapYielding([1, 2, 3, 4, 5], (n) => n * 2)).toEqual([2, 4, 6, 8, 10]);
  });

  it('lets other work run once a slice is used up, not only at the end of the list', async () => {
    const order: string[] = [];
    const other = new Promise<void>((resolve) =>
      setImmediate(() => {
        order.push('other');
        resolve();
      }),
    );
    await mapYielding(
      [1, 2, 3, 4],
      (n) => {
        busy(3);
        order.push(`item ${n}`);
      },
      { sliceMs: 5 },
    );
    await other;
    expect(order.indexOf('other')).toBeGreaterThan(order.indexOf('item 2'));
    expect(order.indexOf('other')).toBeLessThan(order.indexOf('item 4'));
  });

  it('runs quick items without yielding while the slice lasts', async () => {
    const order: string[] = [];
    setImmediate(() => order.push('other'));
    await mapYielding([1, 2, 3], (n) => order.push(`item ${n}`), { sliceMs: 1_000 });
    expect(order).toEqual(['item 1', 'item 2', 'item 3']);
  });

  describe('while a request is being served', () => {
    let response: EventEmitter;
    beforeEach(() => {
      response = new EventEmitter();
      trackRequests({} as Request, response as unknown as Response, () => undefined);
    });
    afterEach(() => response.emit('finish'));

    /**
     * Maps three items of 2 ms in slices of 1 ms while a ticker counts event-loop turns; answers the
     * most turns that ran between two items and how long the whole took.
     */
    const mapCountingTurns = async (bulk: boolean) => {
      let turns = 0;
      let ticking = true;
      const tick = () => {
        turns++;
        if (ticking) setImmediate(tick);
      };
      setImmediate(tick);
      const between: number[] = [];
      let turnsAtLastItem = 0;
      const start = performance.now();
      await mapYielding([1, 2, 3], () => {
        between.push(turns - turnsAtLastItem);
        busy(2);
        turnsAtLastItem = turns;
      }, { bulk, sliceMs: 1 });
      ticking = false;
      return { mostTurnsBetweenItems: Math.max(...between.slice(1)), ms: performance.now() - start };
    };

    it('bulk work pauses after each slice, several times as long as the slice', async () => {
      const { mostTurnsBetweenItems, ms } = await mapCountingTurns(true);
      // Without pauses about 6 ms; with them two more of GIVE_WAY_FACTOR × 2 ms (less 1 ms each: a timer may fire a millisecond early).
      expect(ms).toBeGreaterThanOrEqual(6 + 2 * (GIVE_WAY_FACTOR * 2 - 1));
      expect(mostTurnsBetweenItems).toBeGreaterThan(2);
    });

    it('other background work only yields a turn: a few writes replayed become searchable at once', async () => {
      const { mostTurnsBetweenItems } = await mapCountingTurns(false);
      expect(mostTurnsBetweenItems).toBeLessThanOrEqual(2);
    });
  });
});
