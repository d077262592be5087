export { csvAdapter } from "./csv-adapter";
export { type CsvAdapterOptions, CsvAdapterOptionsSchema } from "./csv-adapter-options";
export { parseTimestamp } from "./parse-timestamp";
export { type CsvRecord, splitCsvRecords } from "./split-csv-records";
