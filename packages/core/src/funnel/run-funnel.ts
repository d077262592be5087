import type { EventLog } from "../event-log/event-log";
import { NO_SESSION } from "../event-log/event-log-data";
import { AnyOrderWalker } from "./any-order-walker";
import { breakdownKey } from "./breakdown-key";
import { type CompiledFunnel, compileFunnel } from "./compile-funnel";
import type { FunnelBreakdownGroup, FunnelResult } from "./funnel-result";
import { FunnelTally } from "./funnel-tally";
import { OrderedWalker } from "./ordered-walker";
import type { FunnelPlan } from "./plan-funnel";
import { StrictWalker } from "./strict-walker";
import { summarizeFunnel } from "./summarize-funnel";
import type { UnitWalker } from "./unit-walker";

/** Event indexes grouped by session (log order within each), and where each session starts. */
function eventsBySession(log: EventLog): { order: Uint32Array; sessionStart: Uint32Array } {
  const sessions = log.columns.sessionIds.length;
  const sessionStart = new Uint32Array(sessions + 1);
  for (const session of log.columns.session) {
    if (session !== NO_SESSION) sessionStart[session + 1] = (sessionStart[session + 1] as number) + 1;
  }
  for (let s = 0; s < sessions; s += 1) {
    sessionStart[s + 1] = (sessionStart[s + 1] as number) + (sessionStart[s] as number);
  }
  const order = new Uint32Array(sessionStart[sessions] as number);
  const next = sessionStart.slice(0, sessions);
  for (let index = 0; index < log.size; index += 1) {
    const session = log.columns.session[index] as number;
    if (session === NO_SESSION) continue;
    order[next[session] as number] = index;
    next[session] = (next[session] as number) + 1;
  }
  return { order, sessionStart };
}

/**
 * The units to walk: unit u's events are `order[start[u]..start[u + 1])` (log positions when
 * `order` is undefined), and `customer[u]` is its customer. Customers, or sessions (grouped by
 * customer, since a customer's sessions are numbered together).
 */
function unitsOf(
  log: EventLog,
  countBy: CompiledFunnel["countBy"],
): { order: Uint32Array | undefined; start: Uint32Array; customer: Uint32Array | undefined } {
  if (countBy === "customers")
    return { order: undefined, start: log.columns.customerStart, customer: undefined };
  const { order, sessionStart } = eventsBySession(log);
  return { order, start: sessionStart, customer: log.columns.sessionCustomer };
}

function createWalker(log: EventLog, plan: CompiledFunnel): UnitWalker {
  if (plan.order === "strict") return new StrictWalker(log, plan);
  if (plan.order === "any") return new AnyOrderWalker(log, plan);
  return new OrderedWalker(log, plan);
}

/** Walks every unit once and summarises the whole log and, if asked, each breakdown group. */
export function runFunnel(log: EventLog, plan: FunnelPlan): FunnelResult {
  const { breakdown } = plan;
  const compiled = compileFunnel(log, plan);
  const walker = createWalker(log, compiled);
  const stepCount = plan.steps.length;
  const total = new FunnelTally(stepCount);
  const keyOf = breakdown === undefined ? undefined : breakdownKey(log, breakdown);
  const groups = new Map<string, FunnelTally>();
  let units = 0;

  const { order, start, customer: customerOfUnit } = unitsOf(log, plan.countBy);
  for (let unit = 0; unit < start.length - 1; unit += 1) {
    const from = start[unit] as number;
    const to = start[unit + 1] as number;
    if (from === to) continue;
    units += 1;
    walker.walk(order, from, to);
    const reached = walker.reached;
    if (reached === 0) continue;
    const { chain, pool } = walker;
    total.addUnit(reached, pool, chain);
    if (keyOf === undefined) continue;
    const unitCustomer = customerOfUnit === undefined ? unit : (customerOfUnit[unit] as number);
    const group = keyOf(pool, chain, unitCustomer);
    let tally = groups.get(group);
    if (tally === undefined) {
      tally = new FunnelTally(stepCount);
      groups.set(group, tally);
    }
    tally.addUnit(reached, pool, chain);
  }

  const result: FunnelResult = {
    ...summarizeFunnel(plan, total.counts()),
    countBy: plan.countBy,
    order: plan.order,
    entry: plan.entry,
    window: plan.window,
    units,
  };
  if (breakdown === undefined) return result;
  return {
    ...result,
    breakdown: summarizeGroups(plan, groups, breakdown.top),
  };
}

/** The `top` largest groups by step-1 count (ties by value), the rest summed as "other". */
function summarizeGroups(
  plan: FunnelPlan,
  groups: Map<string, FunnelTally>,
  top: number,
): FunnelBreakdownGroup[] {
  const ranked = [...groups].sort(
    ([valueA, a], [valueB, b]) =>
      (b.count[0] as number) - (a.count[0] as number) || (valueA < valueB ? -1 : 1),
  );
  const kept = ranked.slice(0, top);
  const rest = ranked.slice(top);
  const final = new Map<string, FunnelTally>(kept);
  if (rest.length > 0) {
    const other = new FunnelTally(plan.steps.length);
    for (const [, tally] of rest) other.merge(tally);
    // A real value called "other" joins the summed rest, so no two groups share a name.
    const same = final.get("other");
    if (same !== undefined) other.merge(same);
    final.delete("other");
    final.set("other", other);
  }
  return [...final].map(([value, tally]) => ({ value, ...summarizeFunnel(plan, tally.counts()) }));
}
