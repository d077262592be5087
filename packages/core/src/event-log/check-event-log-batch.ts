import { InvalidEventError } from "../errors/invalid-event-error";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { CHANNELS } from "../model/channel";
import { MAX_SEQUENCE_LENGTH } from "../model/journey-event";
import { isPlainRecord } from "../util/is-plain-record";
import type { EventLogBatch } from "./event-log-batch";
import { NO_SESSION } from "./event-log-data";
import { isChannel, isFiniteNumber, isNonEmptyString, sequenceColumnsProblem } from "./event-problem";

type TypedColumn = Uint32Array | Float64Array;

function shapeError(field: string, problem: string): InvalidOptionError {
  return new InvalidOptionError({ option: `batch.${field}`, problem });
}

function checkColumn(
  column: unknown,
  kind: typeof Uint32Array | typeof Float64Array,
  field: string,
  size: number,
): void {
  if (!(column instanceof kind) || (column as TypedColumn).length < size) {
    throw shapeError(field, `expected a ${kind.name} of at least ${size} entries (the batch's size)`);
  }
}

function checkTable(table: unknown, field: string, allowEmpty = false): readonly string[] {
  if (!Array.isArray(table)) throw shapeError(field, "expected an array of strings");
  table.forEach((text: unknown, position) => {
    // Ids are non-empty; a source or medium may be "" (and strings[0] is "").
    if (!(isNonEmptyString(text) || (text === "" && allowEmpty))) {
      throw shapeError(
        `${field}[${position}]`,
        allowEmpty ? "expected a string" : "expected a non-empty string",
      );
    }
  });
  return table as readonly string[];
}

function checkCodes(
  column: Uint32Array | undefined,
  size: number,
  limit: number,
  field: string,
  none: number,
): void {
  if (column === undefined) return;
  for (let index = 0; index < size; index += 1) {
    const code = column[index] as number;
    if (code !== none && code >= limit) {
      throw badEvent(index, field, `code ${code} is past the end of its table (${limit} entries)`);
    }
  }
}

/**
 * Checks an {@link EventLogBatch} before a builder appends it, so that a bad batch adds nothing,
 * and returns its optional string tables (empty when absent).
 *
 * @throws {@link InvalidOptionError} when a column or table is missing or of the wrong kind;
 * {@link InvalidEventError} naming the first bad event (its position in the batch) and field.
 */
export function checkedBatchTables(batch: EventLogBatch): {
  readonly sessionIds: readonly string[];
  readonly strings: readonly string[];
} {
  if (batch === null || typeof batch !== "object") throw shapeError("size", "expected a batch object");
  const { size } = batch;
  if (!Number.isInteger(size) || size < 0) throw shapeError("size", "expected a whole number of events");
  checkColumn(batch.customer, Uint32Array, "customer", size);
  checkColumn(batch.timestamp, Float64Array, "timestamp", size);
  checkColumn(batch.name, Uint32Array, "name", size);
  const customerIds = checkTable(batch.customerIds, "customerIds");
  const names = checkTable(batch.names, "names");
  const sessionIds = batch.session === undefined ? [] : checkTable(batch.sessionIds, "sessionIds");
  if (batch.session !== undefined) checkColumn(batch.session, Uint32Array, "session", size);
  const usesStrings = [batch.channel, batch.source, batch.medium].some((column) => column !== undefined);
  const strings = usesStrings ? checkTable(batch.strings, "strings", true) : [];
  for (const field of ["channel", "source", "medium"] as const) {
    if (batch[field] !== undefined) checkColumn(batch[field], Uint32Array, field, size);
  }
  if (batch.value !== undefined) checkColumn(batch.value, Float64Array, "value", size);
  const { properties } = batch;
  if (properties !== undefined && (!Array.isArray(properties) || properties.length < size)) {
    throw shapeError("properties", `expected an array of at least ${size} entries (the batch's size)`);
  }
  const sequence = batch.sequence ?? [];
  if (
    batch.sequence !== undefined &&
    (!Array.isArray(sequence) || sequence.length < 1 || sequence.length > MAX_SEQUENCE_LENGTH)
  ) {
    throw shapeError("sequence", `expected an array of 1 to ${MAX_SEQUENCE_LENGTH} Float64Arrays`);
  }
  sequence.forEach((column, k) => {
    checkColumn(column, Float64Array, `sequence[${k}]`, size);
  });

  checkCodes(batch.customer, size, customerIds.length, "customer", -1);
  checkCodes(batch.name, size, names.length, "name", -1);
  checkCodes(batch.session, size, sessionIds.length, "session", NO_SESSION);
  for (const field of ["channel", "source", "medium"] as const)
    checkCodes(batch[field], size, strings.length, field, 0);
  // Whether each string names a channel, looked up once per string rather than once per event.
  const channelStrings = batch.channel === undefined ? undefined : strings.map(isChannel);
  for (let index = 0; index < size; index += 1) {
    const timestamp = batch.timestamp[index] as number;
    if (!isFiniteNumber(timestamp))
      throw badEvent(index, "timestamp", `expected a finite number, got ${timestamp}`);
    const channel = batch.channel?.[index] ?? 0;
    if (channel !== 0 && channelStrings?.[channel] !== true) {
      throw badEvent(
        index,
        "channel",
        `expected one of ${CHANNELS.join(", ")}, got ${JSON.stringify(strings[channel])}`,
      );
    }
    const value = batch.value?.[index] ?? Number.NaN;
    if (!Number.isNaN(value) && !isFiniteNumber(value)) {
      throw badEvent(index, "value", `expected a finite number or NaN for none, got ${value}`);
    }
    const sequenceProblem = sequence.length === 0 ? undefined : sequenceColumnsProblem(sequence, index);
    if (sequenceProblem !== undefined) throw badEvent(index, "sequence", sequenceProblem);
    const eventProperties: unknown = properties?.[index];
    if (eventProperties !== undefined && !isPlainRecord(eventProperties)) {
      throw badEvent(index, "properties", "expected a plain object or undefined");
    }
  }
  return { sessionIds, strings };
}

function badEvent(index: number, field: string, problem: string): InvalidEventError {
  return new InvalidEventError({ index, field, problem });
}
