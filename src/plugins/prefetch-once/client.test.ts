import {createPrefetch} from './client';

/** An idle scheduler the test runs by hand, and a strategy that records what it fetched. */
function setup(outcome: 'load' | 'fail' = 'load') {
  const pending: (() => void)[] = [];
  const fetched: string[] = [];
  const prefetch = createPrefetch(
    (url) => {
      fetched.push(url);
      return outcome === 'load' ? Promise.resolve() : Promise.reject(new Error('404'));
    },
    (callback) => pending.push(callback),
  );
  const runIdle = () => pending.splice(0).forEach((callback) => callback());
  return {prefetch, fetched, pending, runIdle};
}

describe('prefetch once, when idle', () => {
  it('fetches nothing until the browser is idle, then the whole batch in one callback', async () => {
    const {prefetch, fetched, pending, runIdle} = setup();
    const done = Promise.all([prefetch('/a.js'), prefetch('/b.js'), prefetch('/c.js')]);
    expect(fetched).toEqual([]);
    expect(pending).toHaveLength(1);
    runIdle();
    await done;
    expect(fetched).toEqual(['/a.js', '/b.js', '/c.js']);
  });

  it('asks for each URL once, however many links lead to it', async () => {
    const {prefetch, fetched, runIdle} = setup();
    const first = prefetch('/shared.js');
    expect(prefetch('/shared.js')).toBe(first);
    runIdle();
    await first;
    await prefetch('/shared.js');
    prefetch('/other.js');
    runIdle();
    expect(fetched).toEqual(['/shared.js', '/other.js']);
  });

  it('resolves when a fetch fails (a prefetch is only a hint)', async () => {
    const {prefetch, runIdle} = setup('fail');
    const result = prefetch('/missing.js');
    runIdle();
    await expect(result).resolves.toBeUndefined();
  });

  it('schedules a new idle callback for URLs that arrive after a batch', () => {
    const {prefetch, pending, runIdle} = setup();
    prefetch('/a.js');
    runIdle();
    prefetch('/b.js');
    expect(pending).toHaveLength(1);
  });
});
