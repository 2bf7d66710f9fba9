import { mapYielding } from './yielding-map';

describe('mapYielding', () => {
  it('maps every item in order', async () => {
    expect(await mapYielding([1, 2, 3, 4, 5], (n) => n * 2, 2)).toEqual([2, 4, 6, 8, 10]);
  });

  it('lets other work run between slices of a long list', async () => {
    const order: string[] = [];
    const other = new Promise<void>((resolve) =>
      setImmediate(() => {
        order.push('other');
        resolve();
      }),
    );
    await mapYielding([1, 2, 3, 4], (n) => order.push(`item ${n}`), 2);
    await other;
    expect(order.indexOf('other')).toBeGreaterThan(order.indexOf('item 2'));
    expect(order.indexOf('other')).toBeLessThan(order.indexOf('item 4'));
  });
});
