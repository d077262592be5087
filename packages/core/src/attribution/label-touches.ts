import type * as z from "zod";
import type { EventLog } from "../event-log/event-log";
import type { EventPredicate } from "../matching/compile-event-matchers";
import { compileEventMatchers } from "../matching/compile-event-matchers";
import type { EventMatcher } from "../model/event-matcher";
import { intern } from "../util/intern";
import type { TouchpointSourceSchema } from "./attribution-options";

/**
 * Touch labels per event: `labelOf[i]` indexes `labels` (sorted), -1 when event i is no touch;
 * `conversion[i]` is 1 when event i is a conversion.
 */
export interface TouchLabels {
  readonly labelOf: Int32Array;
  readonly labels: string[];
  readonly conversion: Uint8Array;
  readonly conversions: number;
}

/**
 * The label that gets the credit for a conversion without any touch in its lookback window, so
 * that credits still add up to the conversions. (A touch label equal to it would merge with it.)
 *
 * @example
 * ```ts
 * NO_TOUCHPOINT; // "(no touchpoint)"
 * attribution(log, { conversion: "purchase", model: "linear" }).credits.find((row) => row.touchpoint === NO_TOUCHPOINT);
 * ```
 */
export const NO_TOUCHPOINT = "(no touchpoint)";

function labelReader(
  log: EventLog,
  source: z.output<typeof TouchpointSourceSchema>,
): (index: number) => string | undefined {
  if (source === "channel") return (index) => log.channel(index);
  if (source === "source") return (index) => log.source(index);
  if (source === "medium") return (index) => log.medium(index);
  if (typeof source === "string" || "property" in source) {
    const key = typeof source === "string" ? source : source.property;
    return (index) => {
      const value = log.property(index, key);
      return value === undefined || value === null ? undefined : String(value);
    };
  }
  const journey = "journey" in source ? source.journey : source;
  const touchpoints = journey.touchpoints.filter((touchpoint) => touchpoint.events.length > 0);
  const matchers = compileEventMatchers(
    log,
    // The journey is deeply readonly; matching only reads the matchers.
    touchpoints.map((touchpoint) => ({ anyOf: touchpoint.events as unknown as EventMatcher[] })),
  );
  return (index) => touchpoints[matchers.first(index)]?.id;
}

/**
 * Labels every event that is a touch. Labels are numbered in sorted order, so that anything
 * computed from the numbers (path order for ties, state order in the Markov chain) is the same
 * whatever the order of the input.
 */
export function labelTouches(
  log: EventLog,
  source: z.output<typeof TouchpointSourceSchema>,
  isConversion: EventPredicate,
): TouchLabels {
  const read = labelReader(log, source);
  const labelOf = new Int32Array(log.size).fill(-1);
  const conversion = new Uint8Array(log.size);
  let conversions = 0;
  const codeOf = new Map<string, number>();
  const firstSeen: string[] = [];
  for (let index = 0; index < log.size; index += 1) {
    if (isConversion(index)) {
      conversion[index] = 1;
      conversions += 1;
      continue;
    }
    const label = read(index);
    if (label === undefined) continue;
    labelOf[index] = intern(codeOf, firstSeen, label);
  }
  const labels = [...firstSeen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const sortedCode = new Int32Array(firstSeen.length);
  labels.forEach((label, code) => {
    sortedCode[codeOf.get(label) as number] = code;
  });
  for (let index = 0; index < log.size; index += 1) {
    const code = labelOf[index] as number;
    if (code >= 0) labelOf[index] = sortedCode[code] as number;
  }
  return { labelOf, labels, conversion, conversions };
}
