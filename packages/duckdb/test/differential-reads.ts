// Test support: the two readers side by side. `readGa4Log` (DuckDB) reads files; the JavaScript
// reader, the reference, reads the same rows as text through readLog(ga4Adapter, ...). Their logs
// are compared event by event in log order, properties with their key order, and their reports
// by the counts that mean the same in both.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import {
  type EventLog,
  JourneykitError,
  type ReadLogResult,
  type ReadReport,
  readLog,
} from "@journeykit/core";
import { type Ga4ExportOptions, ga4Adapter } from "@journeykit/ga4";
import { expect } from "vitest";
import type { ReadGa4LogOptions } from "../src/index";

/** A read's log and report, from either reader. */
export interface ReadResult {
  readonly log: EventLog;
  readonly report: ReadReport;
}

/** The events of a log in log order, each property list as entries so that key order counts. */
export function loggedEvents(log: EventLog): object[] {
  return [...log].map(({ properties, ...event }) => ({
    ...event,
    properties: properties === undefined ? undefined : Object.entries(properties),
  }));
}

/** The report counts both readers keep with the same meaning (`adapter` and `format` differ). */
export function readCounts(report: ReadReport) {
  return {
    rowsRead: report.rowsRead,
    eventsEmitted: report.eventsEmitted,
    rowsSkipped: report.rowsSkipped,
    skipped: report.skipped.map(({ line, code }) => ({ line, code })),
    duplicatesRemoved: report.duplicatesRemoved,
    consentModeRows: report.details.consentModeRows,
    rowsWithoutLastClick: report.details.rowsWithoutLastClick,
  };
}

/** Expects the DuckDB read to give the JavaScript reader's log and counts. */
export function expectSameRead(duckdb: ReadResult, javascript: ReadResult): void {
  expect(loggedEvents(duckdb.log)).toEqual(loggedEvents(javascript.log));
  expect(readCounts(duckdb.report)).toEqual(readCounts(javascript.report));
}

/** The options of the DuckDB read that the JavaScript reader has too (all but format and threads). */
export function javascriptOptions(options: ReadGa4LogOptions): Ga4ExportOptions & ReadGa4LogOptions {
  const { format, threads, ...shared } = options;
  return shared;
}

/** The reference: the rows as one text, read by the JavaScript reader with the same options. */
export function readWithJavascript(
  text: string,
  options: ReadGa4LogOptions = {},
): Promise<ReadLogResult<Record<string, number>>> {
  return readLog(ga4Adapter, text, javascriptOptions(options));
}

/** What a read ended with: its result, or the error it threw (synchronously or not). */
export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: unknown };

export async function outcomeOf<T>(read: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await read() };
  } catch (error) {
    return { ok: false, error };
  }
}

/** The error of an outcome that must have failed with a journeykit error, never a raw one. */
export function typedError<T>(outcome: Outcome<T>): JourneykitError & Record<string, unknown> {
  if (outcome.ok) throw new Error("expected the read to fail, but it succeeded");
  const { error } = outcome;
  if (!JourneykitError.isInstance(error)) {
    throw new Error(`expected a JourneykitError, got ${String(error)}`, { cause: error });
  }
  return error as JourneykitError & Record<string, unknown>;
}

/** A temporary folder of export files, removed by `dispose`. */
export class ExportFiles {
  readonly folder = mkdtempSync(join(tmpdir(), "journeykit-duckdb-"));
  #folders = 0;

  /** A new, empty subfolder, for the files of one read. */
  subfolder(): string {
    const path = join(this.folder, `read-${++this.#folders}`);
    mkdirSync(path);
    return path;
  }

  /** Writes `content` (gzipped when `name` ends in .gz) into `folder` (default: a new one); returns its path. */
  write(name: string, content: string, folder = this.subfolder()): string {
    const path = join(folder, name);
    writeFileSync(path, name.endsWith(".gz") ? gzipSync(content) : content);
    return path;
  }

  dispose(): void {
    rmSync(this.folder, { recursive: true, force: true });
  }
}
