import type { z } from "zod";
import type { EventLog } from "../event-log/event-log";
import type { PropertyValue } from "../model/event-matcher";
import type { FunnelBreakdownSchema } from "./funnel-options";
import type { UnitOutcome } from "./unit-outcome";

/** The group of a unit without a value: no property, field or segment. */
export const NO_VALUE = "(none)";

function asText(value: PropertyValue | undefined): string {
  if (value === undefined) return NO_VALUE;
  return value === null ? "(null)" : String(value);
}

/** A function giving each unit its breakdown group, from its chosen attempt or its customer. */
export function breakdownKey(
  log: EventLog,
  breakdown: z.output<typeof FunnelBreakdownSchema>,
): (outcome: UnitOutcome, customer: number) => string {
  if ("segment" in breakdown) {
    const { segment } = breakdown;
    const segmentOf =
      typeof segment === "function"
        ? segment
        : (customerId: string) => (Object.hasOwn(segment, customerId) ? segment[customerId] : undefined);
    return (_outcome, customer) => segmentOf(log.customerIds[customer] as string) ?? NO_VALUE;
  }
  const pick = (outcome: UnitOutcome) =>
    breakdown.at === "last-step" ? outcome.lastEvent : outcome.firstEvent;
  if ("property" in breakdown) {
    const key = breakdown.property;
    return (outcome) => asText(log.property(pick(outcome), key));
  }
  const read = { channel: log.channel, source: log.source, medium: log.medium }[breakdown.field].bind(log);
  return (outcome) => asText(read(pick(outcome)));
}
