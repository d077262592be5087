import type * as z from "zod";
import type { EventLog } from "../event-log/event-log";
import type { PropertyValue } from "../model/event-matcher";
import type { ChainPool } from "./chain-pool";
import type { FunnelBreakdownSchema } from "./funnel-options";

/** The group of a unit without a value: no property, field or segment. */
export const NO_VALUE = "(none)";

function asText(value: PropertyValue | undefined): string {
  if (value === undefined) return NO_VALUE;
  return value === null ? "(null)" : String(value);
}

/**
 * A function giving each unit its breakdown group: from its chosen attempt (the chain ending at
 * `chain` in `pool`: its first link's event, or its last) or from its customer.
 */
export function breakdownKey(
  log: EventLog,
  breakdown: z.output<typeof FunnelBreakdownSchema>,
): (pool: ChainPool, chain: number, customer: number) => string {
  if ("segment" in breakdown) {
    const { segment } = breakdown;
    const segmentOf =
      typeof segment === "function"
        ? segment
        : (customerId: string) => (Object.hasOwn(segment, customerId) ? segment[customerId] : undefined);
    return (_pool, _chain, customer) => segmentOf(log.columns.customerIds[customer] as string) ?? NO_VALUE;
  }
  const pick = (pool: ChainPool, chain: number) =>
    pool.event[breakdown.at === "last-step" ? chain : pool.root(chain)] as number;
  if ("property" in breakdown) {
    const key = breakdown.property;
    return (pool, chain) => asText(log.property(pick(pool, chain), key));
  }
  const read = { channel: log.channel, source: log.source, medium: log.medium }[breakdown.field].bind(log);
  return (pool, chain) => asText(read(pick(pool, chain)));
}
