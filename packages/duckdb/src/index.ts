// The public surface of @journeykit/duckdb.
export { DUCKDB_READ_DETAILS, type DuckDbReadDetails } from "./read/duckdb-read-details";
export { readGa4Batches } from "./read/read-ga4-batches";
export { readGa4Log } from "./read/read-ga4-log";
export { type ReadGa4LogOptions, ReadGa4LogOptionsSchema } from "./read/read-ga4-log-options";
export type { Ga4DuckDbSource } from "./source/ga4-duckdb-source";
