import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { buildAppSchema } from './schema';

/** Writes the schema SDL for the client's typed operations: `npm run schema -w server`. */
buildAppSchema().then((schema) => {
  const out = path.resolve(__dirname, '../../../../../../client/schema.graphql');
  writeFileSync(out, printSchema(schema) + '\n');
  console.log(`wrote ${out}`);
});
