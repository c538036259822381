import type { Logger } from 'typeorm';

/**
 * Counts SQL statements and reports failures. Tests read the count around a request so that an
 * N+1 query pattern cannot come back unnoticed.
 */
export class StatementCounter implements Logger {
  count = 0;

  logQuery(): void {
    this.count += 1;
  }
  logQueryError(error: string | Error, query: string): void {
    // Constraint violations are expected outcomes handled by the services; keep the log quiet.
    if (process.env.FOYER_LOG_SQL_ERRORS === 'true') console.error('SQL failed:', query, error);
  }
  logQuerySlow(time: number, query: string): void {
    console.warn(`Slow SQL (${time} ms): ${query.slice(0, 200)}`);
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (process.env.NODE_ENV !== 'test') console.log(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') console.warn(message);
  }
}
