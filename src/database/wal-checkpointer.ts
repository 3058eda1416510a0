import { stat } from 'node:fs/promises';
import sqlite3 from 'sqlite3';
import { sqliteExec } from './sql-tx';

/** When the checkpoint connection copies the log into the database file. */
export interface CheckpointPolicy {
  /** Log size past which a checkpoint runs once writes have paused for quietMs. */
  quietBytes: number;
  /** Milliseconds without a write to the log that count as a pause. */
  quietMs: number;
  /** Log size past which a PASSIVE checkpoint runs even while writes go on. */
  busyBytes: number;
  /** Log size past which a RESTART checkpoint makes writers wait until the log can start over. */
  restartBytes: number;
  /** How often the log is looked at. */
  everyMs: number;
}

const MB = 1024 * 1024;

export const DEFAULT_CHECKPOINT_POLICY: CheckpointPolicy = {
  quietBytes: 4 * MB,
  quietMs: 200,
  busyBytes: 128 * MB,
  restartBytes: 512 * MB,
  everyMs: 250,
};

/** Failed checkpoints in a row after which a warning is given. */
const FAILURES_REPORTED = 20;

/** The checkpoint a log of this size and last write calls for, if any. */
export function checkpointDue(
  policy: CheckpointPolicy,
  sizeBytes: number,
  msSinceWrite: number,
): 'PASSIVE' | 'RESTART' | null {
  if (sizeBytes > policy.restartBytes) return 'RESTART';
  if (sizeBytes > policy.busyBytes) return 'PASSIVE';
  if (sizeBytes > policy.quietBytes && msSinceWrite >= policy.quietMs) return 'PASSIVE';
  return null;
}

/**
 * Checkpoints a sqlite file's write-ahead log from a connection of its own,
 * off the write path. With sqlite's automatic checkpoints, the commit that
 * finds the log past 1,000 pages copies it into the database file and syncs
 * it before it returns, stalling every submission queued behind it; and a
 * checkpoint running beside a stream of commits still takes the disk and a
 * core from them (the bench's p99 doubled). So the main connection's
 * automatic checkpoints are off, and this connection checkpoints when writes
 * pause (a class submits in bursts), or past busyBytes even while they go on
 * (PASSIVE: never waits for, nor blocks, the writer), or past restartBytes
 * with RESTART, which makes writers wait until the log can start over: the
 * log stays bounded. The main connection's journal_size_limit (quietBytes)
 * truncates the file when the log starts over, so its size tells when the
 * next checkpoint is due.
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
    private readonly policy: CheckpointPolicy,
    private readonly report: (message: string) => void,
  ) {
    this.db = db;
  }

  /** Opens the checkpoint connection on an existing database file and starts watching its log. */
  static async start(
    file: string,
    options: Partial<CheckpointPolicy> & { report?: (message: string) => void } = {},
  ): Promise<WalCheckpointer> {
    const db = await new Promise<sqlite3.Database>((resolve, reject) => {
      const opened: sqlite3.Database = new sqlite3.Database(file, sqlite3.OPEN_READWRITE, (error) =>
        error ? reject(error) : resolve(opened),
      );
    });
    const { report, ...policy } = options;
    const checkpointer = new WalCheckpointer(
      file,
      db,
      { ...DEFAULT_CHECKPOINT_POLICY, ...policy },
      report ?? ((message) => console.warn(message)),
    );
    await checkpointer.exec('PRAGMA busy_timeout = 5000');
    checkpointer.timer = setInterval(() => {
      if (!checkpointer.running)
        checkpointer.running = checkpointer.checkpointIfDue().finally(() => (checkpointer.running = null));
    }, checkpointer.policy.everyMs);
    checkpointer.timer.unref();
    return checkpointer;
  }

  /** Runs the checkpoint the log calls for, if any. Errors are left for a later turn (sqlite's own checkpoint at close still runs). */
  async checkpointIfDue(): Promise<void> {
    const log = await stat(`${this.file}-wal`).then(
      (s) => ({ size: s.size, msSinceWrite: Date.now() - s.mtimeMs }),
      () => null,
    );
    const mode = log ? checkpointDue(this.policy, log.size, log.msSinceWrite) : null;
    if (!mode) return;
    try {
      await this.exec(`PRAGMA wal_checkpoint(${mode})`);
      this.checkpoints += 1;
      this.lastMode = mode;
      this.failures = 0;
    } catch (error) {
      // a busy or failed checkpoint is retried on a later turn; one that keeps failing lets the log grow, so say so
      this.failures += 1;
      if (this.failures === FAILURES_REPORTED)
        this.report(
          `sqlite: ${FAILURES_REPORTED} WAL checkpoints of ${this.file} failed in a row (the log grows until one succeeds): ${error instanceof Error ? error.message : String(error)}`,
        );
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
    return sqliteExec(this.db, sql);
  }
}
