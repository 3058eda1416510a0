import { stat } from 'node:fs/promises';
import sqlite3 from 'sqlite3';

/** WAL size past which the background connection copies the log into the database file. */
export const CHECKPOINT_AFTER_BYTES = 4 * 1024 * 1024;
/** How often the WAL size is looked at. */
export const CHECKPOINT_EVERY_MS = 250;
/** Log size, in multiples of the threshold, past which writers are made to wait for a checkpoint that lets the log restart. */
export const RESTART_FACTOR = 16;
/** Failed checkpoints in a row after which a warning is given. */
const FAILURES_REPORTED = 20;

/**
 * Checkpoints a sqlite file's write-ahead log from a connection of its own,
 * off the write path. With sqlite's automatic checkpoints, the commit that
 * finds the log past 1,000 pages copies it into the database file and syncs
 * it before it returns, stalling every submission queued behind it; here the
 * main connection's automatic checkpoints are off and this connection runs
 * PASSIVE checkpoints (which never wait for, nor block, the writer) in the
 * driver's thread pool while writes go on. The log restarts from its
 * beginning once a checkpoint has caught up, and the main connection's
 * journal_size_limit (the same threshold) then truncates the file, so its
 * size tells when the next checkpoint is due.
 */
export class WalCheckpointer {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private readonly db: sqlite3.Database;
  /** Checkpoints run so far, and the mode of the last one (for tests and diagnostics). */
  checkpoints = 0;
  lastMode: 'PASSIVE' | 'RESTART' | null = null;
  /** Checkpoints failed in a row; reported once when it reaches FAILURES_REPORTED. */
  private failures = 0;

  private constructor(
    private readonly file: string,
    db: sqlite3.Database,
    private readonly report: (message: string) => void,
  ) {
    this.db = db;
  }

  /** Opens the checkpoint connection on an existing database file and starts watching its log. */
  static async start(file: string, options: { thresholdBytes?: number; everyMs?: number; report?: (message: string) => void } = {}): Promise<WalCheckpointer> {
    const db = await new Promise<sqlite3.Database>((resolve, reject) => {
      const opened: sqlite3.Database = new sqlite3.Database(file, sqlite3.OPEN_READWRITE, (error) => (error ? reject(error) : resolve(opened)));
    });
    const checkpointer = new WalCheckpointer(file, db, options.report ?? ((message) => console.warn(message)));
    await checkpointer.exec('PRAGMA busy_timeout = 5000');
    const threshold = options.thresholdBytes ?? CHECKPOINT_AFTER_BYTES;
    checkpointer.timer = setInterval(() => {
      if (!checkpointer.running) checkpointer.running = checkpointer.checkpointIfLarger(threshold).finally(() => (checkpointer.running = null));
    }, options.everyMs ?? CHECKPOINT_EVERY_MS);
    checkpointer.timer.unref();
    return checkpointer;
  }

  /** Runs a PASSIVE checkpoint when the log has grown past `threshold` bytes. Errors are left for the next turn (sqlite's own checkpoint at close still runs). */
  async checkpointIfLarger(threshold: number): Promise<void> {
    const size = await stat(`${this.file}-wal`).then(
      (s) => s.size,
      () => 0,
    );
    if (size <= threshold) return;
    // under a sustained stream of commits a PASSIVE checkpoint may never catch up, and the log never restarts;
    // past RESTART_FACTOR × threshold a RESTART checkpoint makes writers wait briefly until it has
    const mode = size > threshold * RESTART_FACTOR ? 'RESTART' : 'PASSIVE';
    try {
      await this.exec(`PRAGMA wal_checkpoint(${mode})`);
      this.checkpoints += 1;
      this.lastMode = mode;
      this.failures = 0;
    } catch (error) {
      // a busy or failed checkpoint is retried on a later turn; one that keeps failing lets the log grow, so say so
      this.failures += 1;
      if (this.failures === FAILURES_REPORTED) this.report(`sqlite: ${FAILURES_REPORTED} WAL checkpoints of ${this.file} failed in a row (the log grows until one succeeds): ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Stops watching and closes the connection (after a checkpoint in progress). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
    await new Promise<void>((resolve, reject) => this.db.close((error) => (error ? reject(error) : resolve())));
  }

  private exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => this.db.exec(sql, (error) => (error ? reject(error) : resolve())));
  }
}
