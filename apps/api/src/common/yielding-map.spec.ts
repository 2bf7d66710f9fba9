import { performance } from 'node:perf_hooks';
import { mapYielding } from './yielding-map';

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
      5,
    );
    await other;
    expect(order.indexOf('other')).toBeGreaterThan(order.indexOf('item 2'));
    expect(order.indexOf('other')).toBeLessThan(order.indexOf('item 4'));
  });

  it('runs quick items without yielding while the slice lasts', async () => {
    const order: string[] = [];
    setImmediate(() => order.push('other'));
    await mapYielding([1, 2, 3], (n) => order.push(`item ${n}`), 1_000);
    expect(order).toEqual(['item 1', 'item 2', 'item 3']);
  });
});
