import type { Issue } from "@journeykit/core";
import type * as z from "zod";
import type { JourneyDocument } from "../template/resolve-template";
import type { TemplateOverridesSchema } from "./template-overrides";

type Overrides = z.output<typeof TemplateOverridesSchema>;
type Path = (string | number)[];

/** Keeps the fields a patch really sets, so an explicit `undefined` never erases a label. */
function definedFields<Patch extends object>(patch: Patch): Partial<Patch> {
  return Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== undefined),
  ) as Partial<Patch>;
}

/**
 * Applies validated overrides to a template's journey document in place and returns the
 * reference problems found, each with its path inside the options object. Items named by an
 * override that does not apply are left untouched, so every problem is reported in one pass.
 */
export function applyOverrides(document: JourneyDocument, overrides: Overrides): Issue[] {
  const issues: Issue[] = [];
  const report = (code: string, path: Path, message: string) =>
    issues.push({ code, path: ["overrides", ...path], message });
  const stageIds = document.stages.map((stage) => stage.id);
  const stageById = new Map(document.stages.map((stage) => [stage.id, stage]));

  const { id, name, owner } = overrides;
  Object.assign(document, definedFields({ id, name, owner }));

  for (const [stageId, patch] of Object.entries(overrides.stages ?? {})) {
    const stage = stageById.get(stageId);
    if (stage) Object.assign(stage, definedFields(patch));
    else {
      report(
        "unknown_stage",
        ["stages", stageId],
        `The template has no stage "${stageId}"; use one of: ${stageIds.join(", ")}.`,
      );
    }
  }

  const collections = [
    {
      what: "touchpoint",
      items: document.touchpoints,
      patches: overrides.touchpoints,
      patchKey: "touchpoints",
      drops: overrides.dropTouchpoints,
      dropKey: "dropTouchpoints",
      additions: overrides.addTouchpoints,
      addKey: "addTouchpoints",
      stagesOf: (item: { stages?: readonly string[] }) => item.stages ?? [],
      listedBy: (stage: JourneyDocument["stages"][number]) => stage.touchpoints,
    },
    {
      what: "kpi",
      items: document.kpis,
      patches: overrides.kpis,
      patchKey: "kpis",
      drops: overrides.dropKpis,
      dropKey: "dropKpis",
      additions: overrides.addKpis,
      addKey: "addKpis",
      stagesOf: (item: { stage?: string | undefined }) => (item.stage === undefined ? [] : [item.stage]),
      listedBy: (stage: JourneyDocument["stages"][number]) => stage.kpis,
    },
  ] as const;

  for (const collection of collections) {
    const { what, patchKey, dropKey, addKey } = collection;
    const items: { id: string }[] = collection.items;
    const known = items.map((item) => item.id);
    const unknown = (path: Path, itemId: string) =>
      report(
        `unknown_${what}`,
        path,
        `The template has no ${what} "${itemId}"; use one of: ${known.join(", ")}.`,
      );

    const dropped = new Set<string>();
    (collection.drops ?? []).forEach((itemId, index) => {
      if (known.includes(itemId)) dropped.add(itemId);
      else unknown([dropKey, index], itemId);
    });

    for (const [itemId, patch] of Object.entries(collection.patches ?? {})) {
      const item = items.find((candidate) => candidate.id === itemId);
      if (!item) unknown([patchKey, itemId], itemId);
      else if (dropped.has(itemId)) {
        report(
          "conflicting_override",
          [patchKey, itemId],
          `The ${what} "${itemId}" is both changed here and dropped in ${dropKey}; keep one of the two.`,
        );
      } else Object.assign(item, definedFields(patch));
    }

    const kept = items.filter((item) => !dropped.has(item.id));
    items.splice(0, items.length, ...kept);
    for (const stage of document.stages) {
      const listed: string[] = collection.listedBy(stage);
      listed.splice(0, listed.length, ...listed.filter((itemId) => !dropped.has(itemId)));
    }

    const present = new Set(kept.map((item) => item.id));
    (collection.additions ?? []).forEach((addition, index) => {
      const problemsBefore = issues.length;
      if (present.has(addition.id)) {
        report(
          "duplicate_id",
          [addKey, index, "id"],
          `The journey already has a ${what} "${addition.id}"; give the new one another id, or drop the old one in ${dropKey}.`,
        );
      }
      const stages = collection.stagesOf(addition);
      stages.forEach((stageId, position) => {
        if (stageById.has(stageId)) return;
        const path: Path = what === "kpi" ? [addKey, index, "stage"] : [addKey, index, "stages", position];
        report(
          "unknown_stage",
          path,
          `The template has no stage "${stageId}"; use one of: ${stageIds.join(", ")}.`,
        );
      });
      if (issues.length > problemsBefore) return;
      present.add(addition.id);
      (items as unknown[]).push(addition);
      for (const stageId of new Set(stages)) {
        const stage = stageById.get(stageId);
        if (stage) collection.listedBy(stage).push(addition.id);
      }
    });
  }
  return issues;
}
