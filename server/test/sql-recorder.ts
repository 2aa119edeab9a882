import pg from 'pg';

/**
 * Records the SQL text every pg client of this process sends while `during` runs — to count the
 * statements of one request (no N+1). `install()` in beforeAll, `uninstall()` in afterAll.
 */
export class SqlRecorder {
  private statements: string[] | null = null;
  private readonly originalQuery = pg.Client.prototype.query;

  install(): void {
    const recorder = this;
    const original = this.originalQuery as (...a: unknown[]) => unknown;
    pg.Client.prototype.query = function query(this: pg.Client, config: unknown, ...rest: unknown[]) {
      recorder.statements?.push(typeof config === 'string' ? config : (config as { text: string }).text);
      return original.call(this, config, ...rest);
    } as typeof pg.Client.prototype.query;
  }

  uninstall(): void {
    pg.Client.prototype.query = this.originalQuery;
  }

  async record<T>(during: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
    const statements: string[] = [];
    this.statements = statements;
    try {
      return { result: await during(), statements };
    } finally {
      this.statements = null;
    }
  }
}
