import initSqlJs = require('sql.js');
import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import {
  MESSAGE_CHARS,
  elapsedSince,
  type CallOutcome,
  type LanguageRunner,
  type RunLimits,
  type RunRequest,
} from './protocol';

/**
 * SQL challenges in SQLite compiled to WebAssembly. Each test gets a new in-memory database: the
 * challenge's schema, then the test's own rows (`args[0]`), then the candidate's query; the rows of
 * its last result come back as objects keyed by column. Nothing outlives a test, so a `DROP` or an
 * `ATTACH` (to Emscripten's in-memory file system) harms only that test.
 */
export class SqliteRunner implements LanguageRunner {
  private sql?: SqlJsStatic;
  private request?: RunRequest;

  async prepare(): Promise<void> {
    this.sql ??= await initSqlJs();
  }

  async load(request: RunRequest): Promise<CallOutcome | undefined> {
    const started = performance.now();
    this.request = request;
    const database = this.open(request.sqlSchema ?? '');
    try {
      database.prepare(request.source).free();
      return undefined;
    } catch (error) {
      return { status: 'error', message: messageOf(error), timeMs: elapsedSince(started) };
    } finally {
      database.close();
    }
  }

  async call(args: unknown[], _limits: RunLimits): Promise<CallOutcome> {
    const request = this.request;
    if (!request) throw new Error('call before a successful load');
    const started = performance.now();
    const setup = typeof args[0] === 'string' ? args[0] : '';
    let database: Database | undefined;
    try {
      database = this.open(request.sqlSchema ?? '');
      database.exec(setup);
      const results = database.exec(request.source);
      const last = results[results.length - 1];
      const rows = last
        ? last.values.map((row) => Object.fromEntries(last.columns.map((column, index) => [column, plain(row[index])])))
        : [];
      return { status: 'value', json: JSON.stringify(rows), timeMs: elapsedSince(started) };
    } catch (error) {
      return { status: 'error', message: messageOf(error), timeMs: elapsedSince(started) };
    } finally {
      database?.close();
    }
  }

  discard(): void {
    this.request = undefined;
  }

  private open(schema: string): Database {
    if (!this.sql) throw new Error('prepare before load');
    const database = new this.sql.Database();
    database.exec(schema);
    return database;
  }
}

/** BLOBs have no JSON form; they compare as hexadecimal text. */
function plain(value: SqlValue): string | number | null {
  return value instanceof Uint8Array ? Buffer.from(value).toString('hex') : value;
}

function messageOf(error: unknown): string {
  return `SQLError: ${error instanceof Error ? error.message : String(error)}`.slice(0, MESSAGE_CHARS);
}
