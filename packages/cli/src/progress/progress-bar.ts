import type { CliIo } from "../cli-io";

/** What a progress bar is told as reading goes on. */
export interface ProgressUpdate {
  readonly bytes: number;
  readonly rows: number;
}

/** A progress line on stderr: drawn only on a terminal, at most every `intervalMs`. */
export interface ProgressBar {
  update(progress: ProgressUpdate): void;
  done(): void;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.round(bytes / 1e3)} kB`;
}

function formatCount(count: number): string {
  if (count >= 1e6) return `${(count / 1e6).toFixed(2)}M`;
  if (count >= 1e3) return `${(count / 1e3).toFixed(1)}k`;
  return String(Math.round(count));
}

function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  if (seconds >= 60)
    return `${Math.floor(seconds / 60)}m${String(Math.round(seconds % 60)).padStart(2, "0")}s`;
  return `${Math.max(0, Math.round(seconds))}s`;
}

/**
 * Formats one progress line: a bar and percentage when the total is known, bytes, rows, rows per
 * second and the estimated time left.
 */
export function formatProgress(
  progress: ProgressUpdate,
  totalBytes: number | undefined,
  elapsedMs: number,
): string {
  const seconds = Math.max(elapsedMs / 1000, 1e-3);
  const rate = progress.rows / seconds;
  const parts = [
    `${formatBytes(progress.bytes)}`,
    `${formatCount(progress.rows)} rows`,
    `${formatCount(rate)} rows/s`,
  ];
  if (totalBytes !== undefined && totalBytes > 0) {
    const share = Math.min(progress.bytes / totalBytes, 1);
    const width = 24;
    const filled = Math.round(share * width);
    const bytesPerSecond = progress.bytes / seconds;
    const eta =
      bytesPerSecond > 0 ? (totalBytes - progress.bytes) / bytesPerSecond : Number.POSITIVE_INFINITY;
    return `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ${parts.join("  ")}  ETA ${formatSeconds(eta)}`;
  }
  return parts.join("  ");
}

/**
 * A progress bar for reading an export. On anything but a terminal (a pipe, a CI log) it draws
 * nothing, so logs stay clean.
 */
export function createProgressBar(
  io: CliIo,
  {
    totalBytes,
    quiet = false,
    intervalMs = 100,
    now = () => performance.now(),
  }: {
    totalBytes?: number;
    quiet?: boolean;
    intervalMs?: number;
    now?: () => number;
  } = {},
): ProgressBar {
  const enabled = io.stderrIsTTY && !quiet;
  const started = now();
  let lastDrawn = Number.NEGATIVE_INFINITY;
  let drawn = false;
  return {
    update(progress) {
      if (!enabled) return;
      const time = now();
      if (time - lastDrawn < intervalMs) return;
      lastDrawn = time;
      drawn = true;
      io.stderr(`\r${formatProgress(progress, totalBytes, time - started)}\u001b[K`);
    },
    done() {
      if (drawn) io.stderr("\r\u001b[K");
    },
  };
}
