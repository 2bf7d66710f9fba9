import { MAX_BACKOFF_MS, PollingLoop } from './polling-loop';

describe('PollingLoop', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const logger = () => ({ error: jest.fn(), log: jest.fn() });

  it('backs off exponentially while runs fail, up to the cap, and returns to the interval after a success', async () => {
    let failing = true;
    const runs: number[] = [];
    const log = logger();
    const loop = new PollingLoop(
      async () => {
        runs.push(Date.now());
        if (failing) throw new Error('connect ECONNREFUSED 127.0.0.1:54329');
      },
      500,
      log,
    );
    const started = Date.now();
    loop.start();
    // A minute and a half of a dead database: 500 ms, then 1, 2, 4, 8, 16 s, then every 30 s.
    await jest.advanceTimersByTimeAsync(90_000);
    const waits = runs.map((at, i) => at - (i ? runs[i - 1] : started));
    expect(waits.slice(0, 7)).toEqual([500, 1000, 2000, 4000, 8000, 16000, MAX_BACKOFF_MS]);
    expect(runs.length).toBe(7); // not 180, as at twice a second
    expect(log.error.mock.calls.length).toBeLessThanOrEqual(runs.length + 1);

    failing = false;
    await jest.advanceTimersByTimeAsync(MAX_BACKOFF_MS);
    expect(loop.consecutiveFailures).toBe(0);
    expect(log.log).toHaveBeenCalledWith(expect.objectContaining({ msg: 'Recovered' }));
    const before = runs.length;
    await jest.advanceTimersByTimeAsync(2_000);
    expect(runs.length - before).toBe(4); // back to every 500 ms
    await loop.stop();
  });

  it('stops between runs and waits for a run in progress', async () => {
    let finish!: () => void;
    let runs = 0;
    const loop = new PollingLoop(() => {
      runs++;
      return new Promise<void>((resolve) => (finish = resolve));
    }, 100, logger());
    loop.start();
    await jest.advanceTimersByTimeAsync(100);
    expect(runs).toBe(1);
    let stopped = false;
    const stopping = loop.stop().then(() => (stopped = true));
    await jest.advanceTimersByTimeAsync(10);
    expect(stopped).toBe(false);
    finish();
    await stopping;
    await jest.advanceTimersByTimeAsync(1_000);
    expect(runs).toBe(1);
  });
});
