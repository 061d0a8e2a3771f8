import { DataSource } from 'typeorm';

/**
 * Counts one request under `key` within a window and returns the count so far, in one statement
 * (concurrent requests on several instances all count). The window starts at the first request.
 */
export async function countRequest(dataSource: DataSource, key: string, windowMs: number): Promise<number> {
  const [row]: { count: number }[] = await dataSource.query(
    `INSERT INTO request_throttle (key, count, window_started_at) VALUES ($1, 1, now())
     ON CONFLICT (key) DO UPDATE SET
       count = CASE WHEN request_throttle.window_started_at > now() - ($2::int * interval '1 millisecond')
                    THEN request_throttle.count + 1 ELSE 1 END,
       window_started_at = CASE WHEN request_throttle.window_started_at > now() - ($2::int * interval '1 millisecond')
                    THEN request_throttle.window_started_at ELSE now() END
     RETURNING count`,
    [key.slice(0, 300), windowMs],
  );
  return row.count;
}
