import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { EventLog, type JourneyEvent, stageFunnel } from "@journeykit/core";
import { readGa4Export } from "@journeykit/ga4";
import { describe, expect, it } from "vitest";
import { b2bLeadGeneration } from "./b2b-lead-generation";

// Real GA4 export rows live beside the checkout in ../shared/fixtures/ga4 (never copied into the
// project). Without them this test skips with a visible reason; under CI=true it fails instead.
const repositoryRoot = fileURLToPath(new URL("../../../..", import.meta.url));
const fixture = `${repositoryRoot}/../shared/fixtures/ga4/bigquery-export-dataform-ga4-sessions.ndjson`;
const found = existsSync(fixture);

// The one customer of the fixture with a lead journey: session_start from organic Bing search,
// form_start, then generate_lead 43 ms before form_submit (see ../shared/fixtures/ga4/README.md).
const leadCustomer = "1385813245.1702644703";

it.runIf(process.env.CI === "true")("has the shared GA4 fixtures on CI", () => {
  expect(found, `CI must provide ${fixture}`).toBe(true);
});

describe.skipIf(!found)(
  `b2bLeadGeneration over the real lead journey (${found ? "found" : `skipped: ${fixture} is missing`})`,
  () => {
    const read = async () => [...(await EventLog.fromAsync(readGa4Export(readFileSync(fixture, "utf8"))))];
    const stageCounts = (events: readonly JourneyEvent[]) =>
      Object.fromEntries(
        stageFunnel(b2bLeadGeneration, EventLog.from(events)).steps.map((step, index) => [
          b2bLeadGeneration.stages[index]?.id,
          step.count,
        ]),
      );

    it("shows the lead customer going from search through a started form to the lead stage", async () => {
      const events = await read();
      expect(stageCounts(events)).toEqual({
        awareness: 1,
        consideration: 1,
        lead: 1,
        qualification: 0,
        decision: 0,
        onboarding: 0,
        growth: 0,
      });
      const theirs = stageCounts(events.filter((event) => event.customerId === leadCustomer));
      expect(theirs.lead).toBe(1);
      const othersEvents = events.filter((event) => event.customerId !== leadCustomer);
      expect(othersEvents.length).toBeGreaterThan(0);
      expect(stageCounts(othersEvents).awareness).toBe(0);
    });
  },
);
