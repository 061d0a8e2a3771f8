import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { typeOrmOptions } from './typeorm-options';

/**
 * For the TypeORM CLI (`migration:generate`, `migration:run`) against DATABASE_URL.
 * The app itself builds its DataSource through TypeOrmModule with the same options.
 */
export default new DataSource(
  typeOrmOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/raadsvragen'),
);
