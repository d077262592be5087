import type { DuckDBConnection } from "@duckdb/node-api";
import type { ReadState } from "@journeykit/core/adapter";
import type { DuckDbReadDetails } from "./duckdb-read-details";

/** How often a long statement's progress is asked for. */
const POLL_MS = 250;

/**
 * The bytes of a read, told to `onProgress` while DuckDB reads them: the read passes over the
 * source twice, so each pass (`pass` 0 or 1) stands for half the bytes, as far as DuckDB's own
 * progress of the running statement says it got. The total reaches exactly the source's bytes
 * when the read {@link ReadProgressTracker.finish}es.
 */
export class ReadProgressTracker {
  readonly #connection: DuckDBConnection;
  readonly #state: ReadState<DuckDbReadDetails>;
  readonly #totalBytes: number;
  #reported = 0;

  constructor(connection: DuckDBConnection, state: ReadState<DuckDbReadDetails>, totalBytes: number) {
    this.#connection = connection;
    this.#state = state;
    this.#totalBytes = totalBytes;
  }

  #reach(bytes: number): void {
    const target = Math.min(this.#totalBytes, Math.floor(bytes));
    if (target > this.#reported) {
      this.#state.addBytes(target - this.#reported);
      this.#reported = target;
    }
  }

  /** Runs `statement` (pass 0 or 1 over the source), telling its progress on the way. */
  async track<T>(pass: 0 | 1, statement: Promise<T>): Promise<T> {
    const half = this.#totalBytes / 2;
    const timer = setInterval(() => {
      const { percentage } = this.#connection.progress;
      if (percentage >= 0) this.#reach(half * pass + (half * Math.min(percentage, 100)) / 100);
    }, POLL_MS);
    try {
      const result = await this.#state.race(statement);
      this.#reach(half * (pass + 1));
      return result;
    } finally {
      clearInterval(timer);
    }
  }

  /** The bytes told so far. */
  get reported(): number {
    return this.#reported;
  }

  /** Counts every byte of the source as read. */
  finish(): void {
    this.#reach(this.#totalBytes);
  }
}
