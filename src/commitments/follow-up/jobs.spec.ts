import { JobsService } from './jobs.service';

describe('the background jobs switch', () => {
  it('is off in tests and with JOBS_DISABLED=1, on otherwise', () => {
    expect(JobsService.enabled({ NODE_ENV: 'test' })).toBe(false);
    expect(JobsService.enabled({ NODE_ENV: 'production', JOBS_DISABLED: '1' })).toBe(false);
    expect(JobsService.enabled({ NODE_ENV: 'production' })).toBe(true);
    expect(JobsService.enabled({})).toBe(true);
  });
});
