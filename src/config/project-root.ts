import { join } from 'node:path';

/** The repository's root (templates/, public/, demo/), from src/config and from dist/src/config alike. */
export const PROJECT_ROOT = join(__dirname, __dirname.includes(join('dist', 'src')) ? '../../..' : '../..');
