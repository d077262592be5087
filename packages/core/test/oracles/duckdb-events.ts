import { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import type { JourneyEvent } from "../../src/index";
import { canonicalOrder } from "./canonical-order";

/**
 * DuckDB as a trusted peer: an in-memory database holding events in a table
 * `events(seq, customer, ts, name, session)`, where `seq` is the event's rank in the EventLog's
 * documented order (from the reference `canonicalOrder`), so that SQL can break timestamp ties
 * the way EventLog does by ordering on `ts, seq`.
 */
export interface DuckDbEvents {
  /** Replaces the table's rows with `events`; returns each input event's `seq`. */
  load(events: readonly JourneyEvent[]): Promise<readonly number[]>;
  /** Runs a query and returns its rows as plain JS objects. */
  query<Row extends Record<string, unknown>>(sql: string): Promise<Row[]>;
  close(): void;
}

export async function openDuckDbEvents(): Promise<DuckDbEvents> {
  const instance = await DuckDBInstance.create(":memory:", { threads: "1" });
  const connection = await DuckDBConnection.create(instance);
  await connection.run(
    "create table events (seq integer, customer varchar, ts double, name varchar, session varchar)",
  );
  return {
    async load(events) {
      await connection.run("delete from events");
      const appender = await connection.createAppender("events");
      const rank = new Array<number>(events.length);
      canonicalOrder(events).forEach((index, position) => {
        rank[index] = position;
      });
      events.forEach((event, index) => {
        appender.appendInteger(rank[index] as number);
        appender.appendVarchar(event.customerId);
        appender.appendDouble(event.timestamp);
        appender.appendVarchar(event.name);
        if (event.sessionId === undefined) appender.appendNull();
        else appender.appendVarchar(event.sessionId);
        appender.endRow();
      });
      appender.closeSync();
      return rank;
    },
    async query<Row extends Record<string, unknown>>(sql: string) {
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjectsJS() as Row[];
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
