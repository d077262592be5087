// docs/guides/templates.md against the registry and the code: every template is shown with its
// stages in every locale and every event name it uses, every custom event is explained, and each
// example returns what the guide says it returns. When the guide changes, change this file.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TemplateOptionsError } from "./errors/template-options-error";
import { fromTemplate } from "./from-template";
import { ga4EventKinds } from "./ga4/ga4-event-kinds";
import { GA4_EVENT_SOURCES } from "./ga4/ga4-event-names";
import { TEMPLATE_LOCALES } from "./locale/template-locale";
import { templates } from "./registry";
import { checkTemplateLabels } from "./template/check-template-labels";

const guide = readFileSync(new URL("../../../docs/guides/templates.md", import.meta.url), "utf8");

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function section(heading: string): string {
  const start = guide.indexOf(`\n${heading}\n`);
  expect(start, `the guide has a section "${heading}"`).toBeGreaterThan(-1);
  const level = heading.split(" ")[0] ?? "";
  const rest = guide.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`\\n#{1,${level.length}} `));
  return end === -1 ? rest : rest.slice(0, end);
}

describe("docs/guides/templates.md", () => {
  describe.each(Object.keys(templates))("shows the template %s", (id) => {
    const text = section(`### \`${id}\``);

    it("with a picture of its journey map that exists", () => {
      const picture = `../images/templates/${id}.png`;
      expect(text).toContain(`](${picture})`);
      expect(existsSync(new URL(`../../../docs/images/templates/${id}.png`, import.meta.url))).toBe(true);
    });

    it("with its stages in every locale, in order", () => {
      const journeys = TEMPLATE_LOCALES.map((locale) => fromTemplate(id, { locale }));
      journeys[0]?.stages.forEach((stage, index) => {
        const names = journeys.map((journey) => journey.stages[index]?.name).join(" / ");
        expect(text).toMatch(new RegExp(`\\|\\s*${stage.order}\\s*\\|\\s*${escapeRegExp(names)}\\s*\\|`));
      });
    });

    it("with every event name it uses, custom ones in italics", () => {
      const journey = fromTemplate(id);
      const custom: readonly string[] = templates[id as keyof typeof templates].structure.customEvents;
      for (const name of new Set(journey.touchpoints.flatMap((t) => t.events.map((event) => event.name)))) {
        expect(text).toContain(custom.includes(name) ? `_\`${name}\`_` : `\`${name}\``);
      }
    });
  });

  it("explains every custom event in the table of custom events", () => {
    const table = section("## GA4 event names");
    for (const [id, template] of Object.entries(templates)) {
      for (const name of template.structure.customEvents) {
        expect(table).toMatch(new RegExp(`\\|\\s*\`${escapeRegExp(name)}\`\\s*\\|\\s*\`${id}\`\\s*\\|`));
      }
    }
  });

  it("returns what the examples say", () => {
    expect(fromTemplate("b2c-ecommerce", { locale: "nb" }).stages.map((stage) => stage.name)).toEqual([
      "Bevissthet",
      "Vurdering",
      "Kjøp",
      "Oppfølging",
      "Lojalitet",
    ]);
    const journey = fromTemplate("b2c-ecommerce", {
      locale: "nb",
      overrides: {
        name: "Nettbutikken vår",
        stages: { purchase: { name: "Kasse" } },
        dropTouchpoints: ["reviews-comparison"],
        addTouchpoints: [
          {
            id: "vipps",
            name: "Vipps",
            channel: "app",
            kind: "digital",
            stages: ["purchase"],
            events: [{ name: "add_payment_info", where: { payment_type: { equals: "vipps" } } }],
          },
        ],
        touchpoints: { "customer-service": { events: [{ name: "zendesk_chat_started" }] } },
        kpis: { "cart-abandonment": { target: 0.6 } },
      },
    });
    expect(journey.stages.find((stage) => stage.id === "purchase")?.touchpoints).toEqual([
      "cart",
      "checkout",
      "vipps",
    ]);

    let thrown: unknown;
    try {
      fromTemplate("b2c-ecommerce", {
        overrides: {
          stages: { checkout: { name: "Checkout" } },
          addTouchpoints: [
            { id: "phone", name: "Phone", channel: "phone", kind: "physical", stages: ["aftercare"] },
          ],
        },
      });
    } catch (error) {
      thrown = error;
    }
    expect(TemplateOptionsError.isInstance(thrown)).toBe(true);
    expect(
      (thrown as TemplateOptionsError).issues.map((issue) => [issue.code, issue.path.join(".")]),
    ).toEqual([
      ["unknown_stage", "overrides.stages.checkout"],
      ["unknown_stage", "overrides.addTouchpoints.0.stages.0"],
    ]);

    expect(checkTemplateLabels(templates["b2b-saas-trial"], "nb")).toEqual({ missing: [], unused: [] });
    expect(ga4EventKinds("generate_lead")).toEqual(["recommended"]);
    expect(ga4EventKinds("form_start")).toEqual(["automatically-collected", "enhanced-measurement"]);
    expect(ga4EventKinds("support_chat_start")).toEqual([]);
    expect(GA4_EVENT_SOURCES.automaticallyCollected).toBe(
      "https://support.google.com/analytics/answer/9234069",
    );
    expect(templates["b2c-ecommerce"].structure.optional).toEqual(["service"]);
  });
});
