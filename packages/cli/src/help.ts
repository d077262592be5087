/** The text of `journeykit --help`. */
export const HELP = `journeykit: customer-journey maps and analytics from the command line

Usage:
  journeykit report <export...> --template <id> [--journey my.json] [--locale en|nb|da] [--out report.html]
  journeykit funnel <export...> --steps a,b,c [--window 7d] [--order ordered|strict|any] [--json]
  journeykit validate <journey.json>
  journeykit mermaid <journey.json>
  journeykit schema

An export is one or more GA4 export files (.ndjson, .jsonl, .json, plain or .gz; with DuckDB also
.parquet), folders of them, or quoted globs such as "exports/events_*.json.gz" (DuckDB only).

Options:
  --engine duckdb|js       what reads a GA4 export (default: duckdb when @journeykit/duckdb loads,
                           else js): duckdb reads gzip, Parquet and globs, and every input as one
                           read (duplicates removed across files); js reads JSON (plain or gzip),
                           several files as one read too
  --adapter <module>       read the export with another adapter (a module exporting a JourneyAdapterV1;
                           reads on the js engine)
  --max-bad-records <n>    skip up to n unreadable rows (counted in the summary) instead of stopping
  --threads <n>            threads that read: DuckDB's (default: its own, one a core), or the js
                           engine's worker threads for a large file (default: the cores, up to 4)
  --ignore <a,b>           events to leave out of the report's paths and conformance check
                           (user_engagement and scroll always are; page_view and session_start
                           are left out of the paths only)
  --quiet, -q              no progress bar
  --debug                  show stack traces
  --help, -h               this text
  --version, -v            the version of journeykit's command line

Exit codes: 0 ok, 1 bad input (missing file, invalid journey, unreadable export), 2 wrong command line.
`;
