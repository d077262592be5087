// The adapter contract, published as @journeykit/core/adapter: what an adapter author needs to
// write a reader (defineAdapter and its context, the stream and batch shapes, the read
// bookkeeping). Reading a source with an adapter (readLog, readAll) is in the root entry.

export {
  ADAPTER_FAILURE,
  AdapterReadError,
  type AdapterReadErrorOptions,
} from "../errors/adapter-read-error";
export { issuesFromZod } from "../errors/issue";
export { compareSequences } from "../event-log/compare-sequences";
export type { EventLogBatch } from "../event-log/event-log-batch";
export { parseOptions } from "../options/parse-options";
export { AdapterAbortError } from "./adapter-abort-error";
export type {
  AdapterContext,
  AdapterDefinition,
  AdapterSourceKind,
  AdapterSourceUnits,
} from "./adapter-definition";
export { checkReadOptions } from "./check-read-options";
export { defineAdapter } from "./define-adapter";
export type {
  AdapterBatchStream,
  AdapterInput,
  AdapterReadStream,
  JourneyAdapterV1,
} from "./journey-adapter";
export type { ReadProgress } from "./read-options";
export { READ_REPORT_LIST_LIMIT, type ReadDetails, type SkippedRecord } from "./read-report";
export { createReadState, type ReadState } from "./read-state";
export {
  BYTE_ORDER_MARK,
  REPLACEMENT_CHARACTER,
  REPLACEMENT_CHARACTER_WARNING,
  withoutByteOrderMark,
} from "./text-rules";
export { TooManyBadRecordsError } from "./too-many-bad-records-error";
