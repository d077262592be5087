// The public surface of adapter/: re-exported by src/index.ts.

export {
  ADAPTER_FAILURE,
  AdapterReadError,
  type AdapterReadErrorOptions,
} from "../errors/adapter-read-error";
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
export { type ReadAllResult, readAll } from "./read-all";
export { type ReadLogResult, readLog } from "./read-log";
export type { ReadOptions, ReadProgress } from "./read-options";
export {
  READ_REPORT_LIST_LIMIT,
  type ReadDetails,
  type ReadReport,
  type SkippedRecord,
} from "./read-report";
export { createReadState, type ReadState } from "./read-state";
export { TooManyBadRecordsError } from "./too-many-bad-records-error";
export {
  BYTE_ORDER_MARK,
  REPLACEMENT_CHARACTER,
  REPLACEMENT_CHARACTER_WARNING,
  withoutByteOrderMark,
} from "./text-rules";
