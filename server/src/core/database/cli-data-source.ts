// For the TypeORM CLI: `npx typeorm migration:run -d server/dist/server/src/core/database/cli-data-source.js`.
import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { createDataSource } from './data-source';

export default createDataSource(loadConfig().databaseUrl);
