import type * as z from "zod";
import type { Issue } from "../errors/issue";
import type { JourneySchema } from "./journey";
import { KPI_MEASURE_FIT } from "./kpi";

type ParsedJourney = z.output<typeof JourneySchema>;
type Path = (string | number)[];

/** Collects ids of one collection, reporting every id seen before. */
function indexIds(items: readonly { id: string }[], collection: string, issues: Issue[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      issues.push({
        code: "duplicate_id",
        path: [collection, index, "id"],
        message: `The id "${item.id}" is used by more than one entry of ${collection}; give each a unique id.`,
      });
    }
    seen.add(item.id);
  });
  return seen;
}

function checkKnown(
  id: string,
  known: Set<string>,
  what: "stage" | "touchpoint" | "persona" | "kpi",
  path: Path,
  owner: string,
  issues: Issue[],
): void {
  if (known.has(id)) return;
  const collection = what === "kpi" ? "kpis" : `${what}s`;
  issues.push({
    code: `unknown_${what}`,
    path,
    message: `${owner} names ${what} "${id}", which the journey does not define; add it to ${collection} or fix the id.`,
  });
}

/** A measure must compute what its KPI claims to be, in the KPI's unit: nothing is converted by guess. */
function checkMeasureFits(kpi: ParsedJourney["kpis"][number], index: number, issues: Issue[]): void {
  if (kpi.measure === undefined) return;
  const fit = KPI_MEASURE_FIT[kpi.measure.type];
  const measure = `KPI "${kpi.id}" is measured as "${kpi.measure.type}"`;
  if (!fit.kinds.includes(kpi.kind)) {
    issues.push({
      code: "measure_kind_mismatch",
      path: ["kpis", index, "measure", "type"],
      message: `${measure}, which does not compute a "${kpi.kind}" KPI; a "${kpi.measure.type}" measure fits KPIs of kind ${fit.kinds.map((kind) => `"${kind}"`).join(" or ")}, so change the kind or the measure, or remove the measure (survey KPIs are not measured from events).`,
    });
  } else if (!fit.units.includes(kpi.unit)) {
    issues.push({
      code: "measure_unit_mismatch",
      path: ["kpis", index, "unit"],
      message: `${measure}, which gives a value in ${fit.units.map((unit) => `"${unit}"`).join(" or ")}, but the KPI's unit is "${kpi.unit}"; change the unit or the measure.`,
    });
  }
}

/**
 * Checks what a schema cannot: unique ids, references to stages, touchpoints, personas and
 * KPIs that exist, touchpoints and stages that agree about each other, stage orders 1..n
 * without gaps, and KPI measures that fit their KPI's kind and unit. Returns the issues found, in document order.
 */
export function findReferenceIssues(journey: ParsedJourney): Issue[] {
  const issues: Issue[] = [];
  const stageIds = indexIds(journey.stages, "stages", issues);
  const touchpointIds = indexIds(journey.touchpoints, "touchpoints", issues);
  const personaIds = indexIds(journey.personas, "personas", issues);
  const kpiIds = indexIds(journey.kpis, "kpis", issues);

  const stagesOfTouchpoint = new Map<string, Set<string>>();
  journey.touchpoints.forEach((touchpoint, index) => {
    stagesOfTouchpoint.set(touchpoint.id, new Set(touchpoint.stages));
    touchpoint.stages.forEach((stageId, stageIndex) => {
      checkKnown(
        stageId,
        stageIds,
        "stage",
        ["touchpoints", index, "stages", stageIndex],
        `Touchpoint "${touchpoint.id}"`,
        issues,
      );
    });
  });

  journey.stages.forEach((stage, index) => {
    const owner = `Stage "${stage.id}"`;
    stage.touchpoints.forEach((touchpointId, position) => {
      const path = ["stages", index, "touchpoints", position];
      checkKnown(touchpointId, touchpointIds, "touchpoint", path, owner, issues);
      const stagesOfIt = stagesOfTouchpoint.get(touchpointId);
      if (stagesOfIt && !stagesOfIt.has(stage.id)) {
        issues.push({
          code: "inconsistent_reference",
          path,
          message: `${owner} lists touchpoint "${touchpointId}", but that touchpoint's stages do not include "${stage.id}"; add the stage to the touchpoint or remove the touchpoint from the stage.`,
        });
      }
    });
    stage.kpis.forEach((kpiId, position) => {
      checkKnown(kpiId, kpiIds, "kpi", ["stages", index, "kpis", position], owner, issues);
    });
    for (const personaId of Object.keys(stage.emotions)) {
      checkKnown(personaId, personaIds, "persona", ["stages", index, "emotions", personaId], owner, issues);
    }
  });

  journey.touchpoints.forEach((touchpoint, index) => {
    touchpoint.stages.forEach((stageId, position) => {
      const stage = journey.stages.find((candidate) => candidate.id === stageId);
      if (stage && !stage.touchpoints.includes(touchpoint.id)) {
        issues.push({
          code: "inconsistent_reference",
          path: ["touchpoints", index, "stages", position],
          message: `Touchpoint "${touchpoint.id}" lists stage "${stageId}", but that stage's touchpoints do not include "${touchpoint.id}"; add the touchpoint to the stage or remove the stage from the touchpoint.`,
        });
      }
    });
  });

  journey.kpis.forEach((kpi, index) => {
    if (kpi.stage !== undefined) {
      checkKnown(kpi.stage, stageIds, "stage", ["kpis", index, "stage"], `KPI "${kpi.id}"`, issues);
    }
    checkMeasureFits(kpi, index, issues);
  });

  const stageIndexByOrder = new Map<number, number>();
  journey.stages.forEach((stage, index) => {
    const earlier = stageIndexByOrder.get(stage.order);
    if (earlier !== undefined) {
      issues.push({
        code: "stage_order_gap",
        path: ["stages", index, "order"],
        message: `Stages "${journey.stages[earlier]?.id}" and "${stage.id}" both have order ${stage.order}; number the stages 1 to ${journey.stages.length}, each once.`,
      });
    }
    stageIndexByOrder.set(stage.order, index);
  });
  if (stageIndexByOrder.size === journey.stages.length) {
    journey.stages.forEach((stage, index) => {
      if (stage.order > journey.stages.length) {
        issues.push({
          code: "stage_order_gap",
          path: ["stages", index, "order"],
          message: `Stage "${stage.id}" has order ${stage.order}, but the journey has ${journey.stages.length} stages, so an order is skipped; number the stages 1 to ${journey.stages.length}.`,
        });
      }
    });
  }
  return issues;
}
