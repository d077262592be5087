import { describe, expect, it } from "vitest";
import { templates } from "../registry";
import { checkTemplateLabels } from "./check-template-labels";
import type { JourneyTemplate } from "./journey-template";

function withDanish(
  template: JourneyTemplate,
  edit: (messages: Record<string, unknown>) => void,
): JourneyTemplate {
  const messages = structuredClone(template.messages);
  edit(messages.da as unknown as Record<string, unknown>);
  return { ...template, messages };
}

const at = (value: unknown, ...path: string[]) =>
  path.reduce<Record<string, unknown>>(
    (node, key) => node[key] as Record<string, unknown>,
    value as Record<string, unknown>,
  );

describe("checkTemplateLabels", () => {
  const template: JourneyTemplate = templates["b2c-ecommerce"];

  it("finds nothing to report in a complete locale", () => {
    expect(checkTemplateLabels(template, "da")).toEqual({ missing: [], unused: [] });
  });

  it("reports a missing, an empty and a misspelt label by key", () => {
    const broken = withDanish(template, (da) => {
      delete at(da, "stages", "purchase", "steps").pays;
      at(da, "personas", "kari").quote = "";
      const painPoints = at(da, "stages", "awareness", "painPoints");
      painPoints["slow-landing-page"] = painPoints["slow-landing"];
      delete painPoints["slow-landing"];
    });
    expect(checkTemplateLabels(broken, "da")).toEqual({
      missing: [
        "personas.kari.quote",
        "stages.awareness.painPoints.slow-landing",
        "stages.purchase.steps.pays",
      ],
      unused: ["stages.awareness.painPoints.slow-landing-page"],
    });
    expect(checkTemplateLabels(broken, "nb")).toEqual({ missing: [], unused: [] });
  });

  it("reports labels of a whole stage that the structure does not have", () => {
    const broken = withDanish(template, (da) => {
      at(da, "stages").checkout = { name: "Kasse" };
    });
    expect(checkTemplateLabels(broken, "da").unused).toEqual(["stages.checkout.name"]);
  });
});
