import { CoreSchema1763900000000 } from '../../migrations/1763900000000-core-schema';

/** Every migration, in order; listed explicitly so tests, the app and the CLI run the same set. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: Function[] = [CoreSchema1763900000000];
