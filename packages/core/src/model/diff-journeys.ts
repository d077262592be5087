import type { Journey } from "./journey";

/**
 * The parts of a journey map that {@link diffJourneys} compares item by item.
 *
 * @example
 * ```ts
 * const entity: JourneyEntity = "touchpoint";
 * ```
 */
export type JourneyEntity = "journey" | "stage" | "touchpoint" | "persona" | "kpi";

/**
 * One difference between two versions of a journey map. Items are matched by `id`:
 * `renamed` is a changed `name`, `reordered` a stage whose `order` changed, `changed` any
 * other field (named in `fields`).
 *
 * @example
 * ```ts
 * const change: JourneyChange = { type: "renamed", entity: "stage", id: "purchase", before: "Purchase", after: "Buy" };
 * ```
 */
export type JourneyChange =
  | { readonly type: "added"; readonly entity: Exclude<JourneyEntity, "journey">; readonly id: string }
  | { readonly type: "removed"; readonly entity: Exclude<JourneyEntity, "journey">; readonly id: string }
  | {
      readonly type: "renamed";
      readonly entity: JourneyEntity;
      readonly id: string;
      readonly before: string;
      readonly after: string;
    }
  | {
      readonly type: "reordered";
      readonly entity: "stage";
      readonly id: string;
      readonly before: number;
      readonly after: number;
    }
  | {
      readonly type: "changed";
      readonly entity: JourneyEntity;
      readonly id: string;
      readonly fields: readonly string[];
    };

const collections = [
  ["stage", "stages"],
  ["touchpoint", "touchpoints"],
  ["persona", "personas"],
  ["kpi", "kpis"],
] as const;

/** Fields whose changes get their own change type rather than `changed`. */
const specialFields = new Set(["id", "name", "order"]);

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function changedFields(before: object, after: object, skip: ReadonlySet<string>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const fields: string[] = [];
  for (const key of keys) {
    if (skip.has(key)) continue;
    if (!sameJson((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key])) {
      fields.push(key);
    }
  }
  return fields.sort();
}

/**
 * Lists what changed between two versions of a journey map: stages, touchpoints, personas and
 * KPIs added, removed, renamed or (stages) reordered, and other fields changed, so maps can be
 * kept and reviewed as living documents. `diffJourneys(a, a)` is empty.
 *
 * Order of the result: journey-level changes first, then stages, touchpoints, personas and
 * KPIs, each in the order of `after` (removed items in the order of `before`).
 *
 * @param before - The older version.
 * @param after - The newer version.
 * @returns The changes; an empty array when the two maps say the same.
 *
 * @example
 * ```ts
 * const v2 = defineJourney({ ...v1Input, stages: v1Input.stages.map((s) => (s.id === "purchase" ? { ...s, name: "Buy" } : s)) });
 * diffJourneys(v1, v2);
 * // [{ type: "renamed", entity: "stage", id: "purchase", before: "Purchase", after: "Buy" }]
 * ```
 */
export function diffJourneys(before: Journey, after: Journey): JourneyChange[] {
  const changes: JourneyChange[] = [];
  if (before.name !== after.name) {
    changes.push({
      type: "renamed",
      entity: "journey",
      id: after.id,
      before: before.name,
      after: after.name,
    });
  }
  const skipForJourney = new Set([...specialFields, ...collections.map(([, key]) => key)]);
  const journeyFields = changedFields(before, after, skipForJourney);
  if (before.id !== after.id) journeyFields.unshift("id");
  if (journeyFields.length > 0)
    changes.push({ type: "changed", entity: "journey", id: after.id, fields: journeyFields });

  const stageOrderBefore = new Map(before.stages.map((stage) => [stage.id, stage.order]));
  const stageOrderAfter = new Map(after.stages.map((stage) => [stage.id, stage.order]));
  for (const [entity, key] of collections) {
    const beforeItems: readonly { id: string; name: string }[] = before[key];
    const afterItems: readonly { id: string; name: string }[] = after[key];
    const beforeById = new Map(beforeItems.map((item) => [item.id, item]));
    const afterIds = new Set(afterItems.map((item) => item.id));
    for (const item of afterItems) {
      const old = beforeById.get(item.id);
      if (!old) {
        changes.push({ type: "added", entity, id: item.id });
        continue;
      }
      if (old.name !== item.name) {
        changes.push({ type: "renamed", entity, id: item.id, before: old.name, after: item.name });
      }
      if (entity === "stage") {
        const oldOrder = stageOrderBefore.get(item.id) ?? 0;
        const newOrder = stageOrderAfter.get(item.id) ?? 0;
        if (oldOrder !== newOrder) {
          changes.push({ type: "reordered", entity, id: item.id, before: oldOrder, after: newOrder });
        }
      }
      const fields = changedFields(old, item, specialFields);
      if (fields.length > 0) changes.push({ type: "changed", entity, id: item.id, fields });
    }
    for (const item of beforeItems) {
      if (!afterIds.has(item.id)) changes.push({ type: "removed", entity, id: item.id });
    }
  }
  return changes;
}
