import { InvalidOptionError } from "../errors/invalid-option-error";
import type { EventLog } from "../event-log/event-log";
import { compileEventMatcher } from "../matching/compile-event-matcher";
import type { PropertyValue } from "../model/event-matcher";
import { toMillis } from "../model/instant";
import { parseDuration } from "../model/parse-duration";
import type { CustomerUniverse } from "./customer-universe";
import type { ParsedSegment } from "./resolve-segments";
import type { ParsedCondition } from "./segment-condition";

interface Context {
  readonly universe: CustomerUniverse;
  readonly log: EventLog | undefined;
  readonly asOf: number;
  /** Membership of segments evaluated so far, by id. */
  readonly members: Map<string, Uint8Array>;
}

function propertyTest(condition: ParsedCondition): ((value: PropertyValue) => boolean) | undefined {
  if ("equals" in condition) return (value) => Object.is(value, condition.equals);
  if ("in" in condition) return (value) => condition.in.some((allowed) => Object.is(allowed, value));
  if ("range" in condition) {
    const { min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY } = condition.range;
    return (value) => typeof value === "number" && value >= min && value <= max;
  }
  return undefined;
}

/** Per customer, how many events match the step within the period. */
function countBehaviour(condition: Extract<ParsedCondition, { did: unknown }>, context: Context): Uint8Array {
  const { log, universe, asOf } = context;
  if (log === undefined) {
    throw new InvalidOptionError({
      option: "log",
      problem: "a condition uses `did`, which needs an event log; pass one, or use property conditions only",
    });
  }
  let from = Number.NEGATIVE_INFINITY;
  let to = Number.POSITIVE_INFINITY;
  let toIncluded = false;
  const period = condition.within;
  if (typeof period === "object") {
    if (period.from !== undefined) from = toMillis(period.from);
    if (period.to !== undefined) to = toMillis(period.to);
  } else if (period !== undefined) {
    from = asOf - parseDuration(period, "within");
    to = asOf;
    toIncluded = true;
  }
  const matches = compileEventMatcher(log, condition.did);
  const counts = new Uint32Array(log.customerCount);
  const { timestamp, customer } = log.columns;
  for (let index = 0; index < log.size; index += 1) {
    const time = timestamp[index] as number;
    if (time < from || time > to || (time === to && !toIncluded)) continue;
    if (matches(index)) counts[customer[index] as number] = (counts[customer[index] as number] as number) + 1;
  }
  return Uint8Array.from(universe.logCustomer, (c) =>
    c >= 0 && (counts[c] as number) >= condition.atLeast ? 1 : 0,
  );
}

function evaluate(condition: ParsedCondition, context: Context): Uint8Array {
  const { universe } = context;
  const size = universe.ids.length;
  if ("and" in condition || "or" in condition) {
    const parts = "and" in condition ? condition.and : condition.or;
    const all = "and" in condition;
    const result = new Uint8Array(size).fill(all ? 1 : 0);
    for (const part of parts) {
      const values = evaluate(part, context);
      for (let k = 0; k < size; k += 1)
        result[k] = all
          ? (result[k] as number) & (values[k] as number)
          : (result[k] as number) | (values[k] as number);
    }
    return result;
  }
  if ("not" in condition) return evaluate(condition.not, context).map((value) => 1 - value);
  if ("inSegment" in condition) return (context.members.get(condition.inSegment) as Uint8Array).slice();
  if ("did" in condition) return countBehaviour(condition, context);
  const test = propertyTest(condition) as (value: PropertyValue) => boolean;
  const key = condition.property;
  return Uint8Array.from(universe.attributes, (attributes) =>
    attributes !== undefined && Object.hasOwn(attributes, key) && test(attributes[key] as PropertyValue)
      ? 1
      : 0,
  );
}

/**
 * Membership (1 = in it) over the customer universe of every segment, in input order, and of
 * each extra condition (which may refer to the segments). Segments are evaluated in `order`, so
 * a referenced segment is always ready.
 */
export function evaluateSegments(
  segments: readonly ParsedSegment[],
  order: readonly number[],
  universe: CustomerUniverse,
  log: EventLog | undefined,
  asOf: number,
  conditions: readonly ParsedCondition[] = [],
): { segments: Uint8Array[]; conditions: Uint8Array[] } {
  const context: Context = { universe, log, asOf, members: new Map() };
  const members: Uint8Array[] = [];
  for (const index of order) {
    const segment = segments[index] as ParsedSegment;
    const inSegment = evaluate(segment.where, context);
    context.members.set(segment.id, inSegment);
    members[index] = inSegment;
  }
  return { segments: members, conditions: conditions.map((condition) => evaluate(condition, context)) };
}
