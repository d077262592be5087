import { ADAPTER_FAILURE, AdapterReadError } from "../errors/adapter-read-error";
import { batchEvent } from "../event-log/batch-event";
import { checkedBatchTables } from "../event-log/check-event-log-batch";
import type { EventLogBatch } from "../event-log/event-log-batch";
import { eventProblem } from "../event-log/event-problem";
import type { JourneyEvent } from "../model/journey-event";
import type { AdapterContext, AdapterDefinition, AdapterSourceKind } from "./adapter-definition";
import { decodeText } from "./decode-text";
import { encodeBytes } from "./encode-bytes";
import type { AdapterInput } from "./journey-adapter";
import { readInput } from "./read-input";
import type { ReadOptions } from "./read-options";
import type { ReadDetails, ReadReport } from "./read-report";
import { createReadState, type ReadState } from "./read-state";
import { splitLines } from "./split-lines";
import { REPLACEMENT_CHARACTER_WARNING } from "./text-rules";

/** What a read hands on: events one by one, or the batches the adapter parsed. */
export type ReadUnit = "events" | "batches";

/** Settles a read's `report` promise. */
export interface ReportSettler<Details extends ReadDetails> {
  resolve(report: ReadReport<Details>): void;
  reject(error: unknown): void;
}

function sourceFor(
  kind: AdapterSourceKind,
  chunks: AsyncIterable<Uint8Array | string>,
  state: ReadState,
): AsyncIterable<string | Uint8Array> {
  if (kind === "bytes") return encodeBytes(chunks, state.addBytes);
  const text = decodeText(chunks, {
    addBytes: state.addBytes,
    replacementCharacter: () => state.warn(REPLACEMENT_CHARACTER_WARNING),
  });
  return kind === "lines" ? splitLines(text, state) : text;
}

/** A batch the adapter made, checked: a malformed one is a bug in the adapter, not a bad record. */
function checkedBatch(batch: EventLogBatch, state: ReadState): EventLogBatch {
  try {
    checkedBatchTables(batch);
  } catch (error) {
    throw new AdapterReadError({
      adapter: state.adapter,
      line: state.line,
      problem: `the adapter made a malformed batch: ${error instanceof Error ? error.message : String(error)}`,
      problemCode: ADAPTER_FAILURE,
      cause: error,
    });
  }
  return batch;
}

/**
 * Whether the parser's `event` is a good one: a bad event is a bad record, as `context.skip`
 * treats it, and is skipped (or fails the read) here.
 */
function isGoodEvent(event: JourneyEvent, state: ReadState): boolean {
  const problem = eventProblem(event);
  if (problem === undefined) return true;
  state.skip(state.line, `the event's ${problem.field} is not valid: ${problem.problem}`, "INVALID_EVENT");
  return false;
}

async function* parsedBatches<Details extends ReadDetails>(
  definition: AdapterDefinition<object, AdapterSourceKind, Details>,
  source: AsyncIterable<string | Uint8Array>,
  state: ReadState<Details>,
): AsyncGenerator<EventLogBatch> {
  const parse = definition.parseBatches as NonNullable<typeof definition.parseBatches>;
  const context = state as unknown as AdapterContext<object, Details>;
  for await (const batch of parse(source as AsyncIterable<never>, context)) {
    state.checkAbort();
    const checked = checkedBatch(batch, state);
    if (checked.size > 0) yield checked;
  }
}

/**
 * One read of `input` by the adapter `definition` describes, from the input to the events (or
 * batches) and the report (its options already checked, at the call): input decoded as the definition asks, the read's
 * books kept by a {@link ReadState}, the report settled when the read ends, fails, or is left
 * early by its consumer.
 */
export async function* runRead<Details extends ReadDetails, Unit extends ReadUnit>(
  definition: AdapterDefinition<object, AdapterSourceKind, Details>,
  unit: Unit,
  input: AdapterInput,
  options: ReadOptions,
  settle: ReportSettler<Details>,
): AsyncGenerator<Unit extends "events" ? JourneyEvent : EventLogBatch> {
  let state: ReadState<Details>;
  try {
    state = createReadState(definition, options);
  } catch (error) {
    settle.reject(error);
    throw error;
  }
  let outcome: "running" | "finished" | "failed" = "running";
  try {
    const chunks = readInput(definition.id, input, state);
    const source = sourceFor(definition.source ?? "lines", chunks, state as ReadState);
    if (unit === "batches") {
      for await (const batch of parsedBatches(definition, source, state)) {
        state.countEvents(batch.size);
        yield batch as never;
      }
    } else if (definition.parse === undefined) {
      // An adapter that parses batches only hands on the events of each checked batch.
      for await (const batch of parsedBatches(definition, source, state)) {
        for (let index = 0; index < batch.size; index += 1) {
          // A consumer that aborts between two events of one batch gets no more of them, as from parse.
          state.checkAbort();
          state.countEvents();
          yield batchEvent(batch, index) as never;
        }
      }
    } else {
      // One generator between the parser and the consumer: each layer costs a suspension per event.
      const context = state as unknown as AdapterContext<object, Details>;
      for await (const event of definition.parse(source as AsyncIterable<never>, context)) {
        state.checkAbort();
        if (!isGoodEvent(event, state as ReadState)) continue;
        state.countEvents();
        yield event as never;
      }
    }
    state.progress();
    outcome = "finished";
    settle.resolve(state.snapshot());
  } catch (error) {
    outcome = "failed";
    const failure = state.failure(error);
    settle.reject(failure);
    throw failure;
  } finally {
    state.dispose();
    if (outcome === "running") {
      state.warn(
        `The consumer stopped reading after ${state.snapshot().eventsEmitted} events; the input was not read to the end.`,
      );
      settle.resolve(state.snapshot());
    }
  }
}
