import { sharedBuffersMb } from './embedded-postgres';

describe('shared_buffers of the embedded server', () => {
  const GiB = 1024 ** 3;
  it.each([
    [0.25 * GiB, 128],
    [1 * GiB, 256],
    [2 * GiB, 512],
    [8 * GiB, 1024],
    [24 * GiB, 1024],
  ])('with %d bytes of memory: %d MB', (memory, expected) => {
    expect(sharedBuffersMb(memory)).toBe(expected);
  });
});
