/** What /health reports about search; provided by the search module. */
export interface SearchHealthReport {
  engine: 'postgres' | 'meilisearch';
  degraded: boolean;
  backlog: number;
}

export abstract class SearchHealth {
  abstract report(): Promise<SearchHealthReport>;
}
