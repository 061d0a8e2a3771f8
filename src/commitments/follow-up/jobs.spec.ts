import { JobsService } from './jobs.service';

describe('the background jobs switch', () => {
  it('is off in tests and with JOBS_DISABLED=1, on otherwise', () => {
    expect(JobsService.enabled({ NODE_ENV: 'test' })).toBe(false);
    expect(JobsService.enabled({ NODE_ENV: 'production', JOBS_DISABLED: '1' })).toBe(false);
    expect(JobsService.enabled({ NODE_ENV: 'production' })).toBe(true);
    expect(JobsService.enabled({})).toBe(true);
  });
});

describe('the background jobs at shutdown', () => {
  const saved = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = saved;
    jest.useRealTimers();
  });

  it('starts no new run and waits for the running one (a batch of follow mails) before the pool closes', async () => {
    jest.useFakeTimers();
    process.env.NODE_ENV = 'production';
    let finish: () => void = () => undefined;
    let runs = 0;
    const follows = {
      sendPendingNotifications: () => {
        runs++;
        return new Promise<number>((resolve) => (finish = () => resolve(1)));
      },
    };
    const jobs = new JobsService(
      {} as never,
      follows as never,
      { today: () => '2024-11-20' } as never,
      {} as never,
      {} as never,
    );
    jobs.onApplicationBootstrap();
    jest.advanceTimersByTime(60_000);
    expect(runs).toBe(1);
    // Still running a minute later: no second run on top of it.
    jest.advanceTimersByTime(60_000);
    expect(runs).toBe(1);

    let stopped = false;
    const stopping = jobs.onModuleDestroy().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect(stopped).toBe(true);
    jest.advanceTimersByTime(10 * 60_000);
    expect(runs).toBe(1);
  });
});
