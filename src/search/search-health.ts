/** What /health reports about search; provided by the search module (src/health reads it, search does not know health). */
export interface SearchHealthReport {
  engine: 'postgres' | 'meilisearch';
  degraded: boolean;
  backlog: number;
}

export abstract class SearchHealth {
  abstract report(): Promise<SearchHealthReport>;
}
