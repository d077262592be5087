// What @journeykit/duckdb needs from this package and users do not: the events query, the
// export-to-event rules that every analysis query starts from. Not covered by semver.
export { EVENT_COLUMNS, toEventsSql } from "./events/to-events-sql";
