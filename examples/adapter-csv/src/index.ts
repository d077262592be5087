export { type CsvReadDetails, csvAdapter } from "./csv-adapter";
export { type CsvAdapterOptions, CsvAdapterOptionsSchema } from "./csv-adapter-options";
export { eventsInBatches } from "./events-in-batches";
export { parseTimestamp } from "./parse-timestamp";
export { type CsvRecord, splitCsvRecords } from "./split-csv-records";
