import { describe, expect, it } from "vitest";
import type { CliIo } from "../cli-io";
import { createProgressBar, formatProgress } from "./progress-bar";

function memoryIo(stderrIsTTY: boolean): CliIo & { err: string[] } {
  const err: string[] = [];
  return { stdout: () => {}, stderr: (text) => err.push(text), stderrIsTTY, cwd: "/", err };
}

describe("progress bar", () => {
  it("shows share, rows per second and time left", () => {
    const line = formatProgress({ bytes: 50e6, rows: 200_000 }, 100e6, 10_000);
    expect(line).toContain(" 50%");
    expect(line).toContain("20.0k rows/s");
    expect(line).toContain("ETA 10s");
  });

  it("draws nothing when stderr is not a terminal or when quiet", () => {
    for (const [tty, quiet] of [
      [false, false],
      [true, true],
    ] as const) {
      const io = memoryIo(tty);
      const bar = createProgressBar(io, { totalBytes: 10, quiet });
      bar.update({ bytes: 5, rows: 1 });
      bar.done();
      expect(io.err).toEqual([]);
    }
  });

  it("redraws at most once per interval on a terminal and clears the line at the end", () => {
    const io = memoryIo(true);
    let clock = 0;
    const bar = createProgressBar(io, { totalBytes: 100, intervalMs: 100, now: () => clock });
    for (let step = 1; step <= 10; step += 1) {
      clock = step * 30;
      bar.update({ bytes: step * 10, rows: step });
    }
    bar.done();
    expect(io.err.length).toBe(4); // drawn at t=30, 150, 270, then cleared
    expect(io.err.at(-1)).toBe("\r\u001b[K");
  });
});
