// Placeholder until the order-key branch lands its event-problem.ts (taken over at the merge).
import type { JourneyEvent } from "../model/journey-event";

export function eventProblem(event: unknown): { field: string; problem: string } | undefined {
  if (event === null || typeof event !== "object") return { field: "event", problem: "expected an object" };
  const { customerId, timestamp, name, value } = event as Partial<JourneyEvent>;
  if (typeof customerId !== "string" || customerId === "")
    return { field: "customerId", problem: "expected a non-empty string" };
  if (typeof timestamp !== "number" || !Number.isFinite(timestamp))
    return { field: "timestamp", problem: "expected a finite number" };
  if (typeof name !== "string" || name === "")
    return { field: "name", problem: "expected a non-empty string" };
  if (value !== undefined && (typeof value !== "number" || !Number.isFinite(value)))
    return { field: "value", problem: "expected a finite number" };
  return undefined;
}
