'use strict';
/**
 * Captures the SQL statements Patrol Desk sends to PostgreSQL for one request of each benchmarked
 * operation, so the raw baseline can run exactly the same statements. Runs the compiled API in this
 * process (same configuration as the benchmarked server) with pg's Client.query wrapped to record
 * every statement's text.
 */
require('reflect-metadata');
const path = require('node:path');
const pg = require('pg');
const { CASE_PAGE, REVIEW_QUEUE, SUBMIT_REPORT } = require('./operations');

const DIST = path.resolve(__dirname, '../server/dist/server/src');

let recording = null;
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function query(config, ...rest) {
  if (recording) recording.push(typeof config === 'string' ? config : config && config.text);
  return originalQuery.call(this, config, ...rest);
};

async function post(url, cookie, query, variables) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const json = await res.json();
  if (json.errors) throw new Error(`capture: ${JSON.stringify(json.errors)}`);
  return json.data;
}

/** Statements of one request each: { reviewQueue: string[], intake: string[], casePage: string[] }. */
async function captureOrmSql({ env, cookie, caseId, intakeUrl }) {
  const { loadConfig } = require(`${DIST}/core/config/config`);
  const { createDataSource } = require(`${DIST}/core/database/data-source`);
  const { startApiServer } = require(`${DIST}/core/http/app`);
  const { createLogger } = require(`${DIST}/core/logging/logger`);
  const config = loadConfig({ ...env, PORT: '0', LOG_LEVEL: 'silent' });
  const db = createDataSource(config.databaseUrl, { poolSize: 2, applicationName: 'patrol-desk-bench-capture' });
  await db.initialize();
  const api = await startApiServer({ config, db, logger: createLogger('silent', 'bench-capture') });
  try {
    const one = async (query, variables) => {
      await post(api.url, cookie, query, variables); // warm (and the once-a-minute session touch)
      recording = [];
      await post(api.url, cookie, query, variables);
      const statements = recording;
      recording = null;
      return statements;
    };
    const reviewQueue = await one(REVIEW_QUEUE, { first: 20 });
    const casePage = await one(CASE_PAGE, { id: caseId, withAccount: true });
    recording = [];
    await post(api.url, cookie, SUBMIT_REPORT, { input: { url: intakeUrl } });
    const intake = recording;
    recording = null;
    return { reviewQueue, intake, casePage };
  } finally {
    await api.close();
    await db.destroy();
  }
}

module.exports = { captureOrmSql };
