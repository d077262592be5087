/** The text of `journeykit --help`. */
export const HELP = `journeykit: customer-journey maps and analytics from the command line

Usage:
  journeykit report <export.ndjson|.json|folder> --template <id> [--journey my.json] [--locale en|nb|da] [--out report.html]
  journeykit funnel <export> --steps a,b,c [--window 7d] [--order ordered|strict|any] [--json]
  journeykit validate <journey.json>
  journeykit mermaid <journey.json>
  journeykit schema

Options:
  --adapter <module>       read the export with another adapter (a module exporting a JourneyAdapterV1)
  --max-bad-records <n>    skip up to n unreadable rows (counted in the summary) instead of stopping
  --threads <n>            worker threads that read a large GA4 export file (default: the cores, up to 4)
  --ignore <a,b>           events to leave out of the report's paths and conformance check
                           (user_engagement and scroll always are; page_view and session_start
                           are left out of the paths only)
  --quiet, -q              no progress bar
  --debug                  show stack traces
  --help, -h               this text

Exit codes: 0 ok, 1 bad input (missing file, invalid journey, unreadable export), 2 wrong command line.
`;
