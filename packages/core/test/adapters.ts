import { type AdapterContext, defineAdapter } from "../src/adapter/index";
import type { JourneyEvent } from "../src/index";

/**
 * A line of the tiny format, "customer,epoch-ms,event[,more...]", as its cells, or undefined
 * (reported to `context` as a bad record, code TINY_BAD_LINE) when it is not one.
 */
export function tinyLineCells(line: string, context: AdapterContext) {
  const [customerId = "", time = "", name = "", ...rest] = line.split(",");
  const timestamp = Number(time);
  if (!customerId || !name || time === "" || !Number.isFinite(timestamp)) {
    context.skip(
      context.line,
      `expected "customer,epoch-ms,event", got ${JSON.stringify(line)}`,
      "TINY_BAD_LINE",
    );
    return undefined;
  }
  return { event: { customerId, timestamp, name }, rest };
}

/**
 * The parser of the tiny format: one event per line "customer,epoch-ms,event", blank lines
 * ignored, anything else a bad record with code TINY_BAD_LINE. `extra` turns the cells after the
 * third into more fields of the event.
 */
export function parseTinyLines(extra?: (cells: string[]) => Partial<JourneyEvent>) {
  return async function* parse(lines: AsyncIterable<string>, context: AdapterContext) {
    for await (const line of lines) {
      if (line === "") continue;
      context.countRow();
      const cells = tinyLineCells(line, context);
      if (cells !== undefined) yield { ...cells.event, ...extra?.(cells.rest) };
    }
  };
}

/** A small adapter for the adapter tests, of the format {@link parseTinyLines} reads. */
export function tinyLineAdapter(id: string, extra?: (cells: string[]) => Partial<JourneyEvent>) {
  return defineAdapter({ id, formats: ["tiny"], parse: parseTinyLines(extra) });
}

/** {@link tinyLineAdapter} with nothing extra. */
export const tinyAdapter = tinyLineAdapter("tiny");

/** The line as an event property, so a test can see exactly which lines an adapter was given. */
export function lineEvent(line: string, number: number): JourneyEvent {
  return { customerId: "c", timestamp: number, name: "line", properties: { line } };
}

/** Emits every line it is given, with its line number as the timestamp. */
export const lineEchoAdapter = defineAdapter({
  id: "line-echo",
  formats: ["text"],
  async *parse(lines, context) {
    for await (const line of lines) {
      context.countRow();
      yield lineEvent(line, context.line);
    }
  },
});

/** The lines of `text` as the contract defines them, computed the plain way. */
export function referenceLines(text: string): string[] {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (body === "") return [];
  const lines = body.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines.map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line));
}
