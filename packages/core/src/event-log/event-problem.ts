import { CHANNELS } from "../model/channel";
import { MAX_SEQUENCE_LENGTH } from "../model/journey-event";
import { isPlainRecord } from "../util/is-plain-record";

// The per-field rules of a JourneyEvent, in one place: the builder checks events with
// eventProblem, the batch check applies the same predicates to columns, and the adapter kit
// reports what eventProblem finds.

const CHANNEL_NAMES: ReadonlySet<string> = new Set(CHANNELS);

/** What is wrong with an event: the field and a sentence saying what was expected and found. */
export interface EventProblem {
  readonly field: string;
  readonly problem: string;
}

/** Whether `value` is a non-empty string: a customer id, an event name or a session id. */
export function isNonEmptyString(value: unknown): value is string {
  return typeof value === "string" && value.length > 0;
}

/** Whether `value` is a finite number: a timestamp, a value, a sequence entry. */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** Whether `value` names one of `CHANNELS`. */
export function isChannel(value: unknown): boolean {
  return typeof value === "string" && CHANNEL_NAMES.has(value);
}

/** Whether `value` is a sequence: an array of 1 to `MAX_SEQUENCE_LENGTH` finite numbers. */
export function isSequence(value: unknown): value is readonly number[] {
  return (
    Array.isArray(value) &&
    value.length >= 1 &&
    value.length <= MAX_SEQUENCE_LENGTH &&
    value.every(isFiniteNumber)
  );
}

/**
 * What is wrong with the sequence stored at `index` of sequence columns (`NaN` for no entry),
 * or `undefined`: each entry is finite or missing, and entries stop at the first missing one.
 */
export function sequenceColumnsProblem(columns: readonly Float64Array[], index: number): string | undefined {
  let ended = false;
  for (const column of columns) {
    const entry = column[index] as number;
    if (Number.isNaN(entry)) ended = true;
    else if (!Number.isFinite(entry)) return `expected finite entries or NaN for none, got ${entry}`;
    else if (ended) return "an entry follows a missing one (NaN); a sequence has no gaps";
  }
  return undefined;
}

/** A short description of a bad value for a problem's sentence. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "number") return String(value);
  return value === null ? "null" : typeof value;
}

/**
 * The first problem of an event, field by field, or `undefined` for a good event: `customerId`
 * and `name` non-empty strings, `timestamp` a finite number, and when present `sessionId` a
 * non-empty string, `channel` one of `CHANNELS`, `source` and `medium` strings, `value` a finite
 * number, `sequence` 1 to `MAX_SEQUENCE_LENGTH` finite numbers, `properties` a plain record.
 * It allocates nothing for a good event.
 *
 * @example
 * ```ts
 * eventProblem({ customerId: "c1", timestamp: 0, name: "a" }); // undefined
 * eventProblem({ customerId: "", timestamp: 0, name: "a" });
 * // { field: "customerId", problem: 'expected a non-empty string, got ""' }
 * ```
 */
export function eventProblem(event: unknown): EventProblem | undefined {
  if (!isPlainRecord(event)) {
    return { field: "event", problem: "expected an object with customerId, timestamp and name" };
  }
  const { customerId, timestamp, name, sessionId, channel, source, medium, value, sequence, properties } =
    event;
  // Each failure is built by a call, so that this function stays small enough for the engine to
  // inline into the builder's add, where it runs once per event.
  if (!isNonEmptyString(customerId)) return fieldProblem("customerId", "a non-empty string", customerId);
  if (!isFiniteNumber(timestamp)) {
    return fieldProblem("timestamp", "a finite number of milliseconds since the epoch", timestamp);
  }
  if (!isNonEmptyString(name)) return fieldProblem("name", "a non-empty string", name);
  if (sessionId !== undefined && !isNonEmptyString(sessionId)) {
    return fieldProblem("sessionId", "a non-empty string or no sessionId", sessionId);
  }
  if (channel !== undefined && !isChannel(channel)) return fieldProblem("channel", ONE_OF_CHANNELS, channel);
  if (source !== undefined && typeof source !== "string") return fieldProblem("source", "a string", source);
  if (medium !== undefined && typeof medium !== "string") return fieldProblem("medium", "a string", medium);
  if (value !== undefined && !isFiniteNumber(value)) return fieldProblem("value", "a finite number", value);
  if (sequence !== undefined && !isSequence(sequence)) return sequenceProblem(sequence);
  if (properties !== undefined && !isPlainRecord(properties)) {
    return fieldProblem("properties", "a plain object", properties);
  }
  return undefined;
}

const ONE_OF_CHANNELS = `one of ${CHANNELS.join(", ")}`;

function fieldProblem(field: string, expected: string, value: unknown): EventProblem {
  return { field, problem: `expected ${expected}, got ${describeValue(value)}` };
}

function sequenceProblem(sequence: unknown): EventProblem {
  const got = Array.isArray(sequence)
    ? `[${sequence.map(describeValue).join(", ")}]`
    : describeValue(sequence);
  return {
    field: "sequence",
    problem: `expected an array of 1 to ${MAX_SEQUENCE_LENGTH} finite numbers, got ${got}`,
  };
}
