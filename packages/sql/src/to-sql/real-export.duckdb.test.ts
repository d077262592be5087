// Real GA4 export rows (../shared/fixtures/ga4, see its README: anonymised rows from public
// repositories, with exact duplicates, explicit nulls, INT64s as strings and no batch columns)
// through the DuckDB dialect and through readGa4Export in memory: same results.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { conformance, defineJourney, directlyFollows, funnel, pathVariants } from "@journeykit/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DuckDbExport, openDuckDbExport } from "../../test/duckdb-export";
import { readLog } from "../../test/in-memory-log";
import { roundMeans } from "../../test/round-means";
import { fromSqlRows } from "../from-sql-rows/from-sql-rows";
import { toSql } from "./to-sql";

const folder = fileURLToPath(new URL("../../../../../shared/fixtures/ga4/", import.meta.url));
const file = `${folder}bigquery-export-dataform-ga4-sessions.ndjson`;
const present = existsSync(file);
if (!present && process.env.CI === "true") throw new Error(`The real GA4 export rows are missing: ${file}`);

describe.skipIf(!present)(
  `real GA4 export rows (${present ? "present" : `skipped: ${file} is absent`})`,
  () => {
    const ndjson = present ? readFileSync(file, "utf8").trim() : "";
    let duck: DuckDbExport;
    beforeAll(async () => {
      duck = await openDuckDbExport();
      await duck.load(ndjson);
    });
    afterAll(() => duck.close());
    const run = async <Query extends Parameters<typeof toSql>[0]>(query: Query) =>
      fromSqlRows(query, await duck.run(toSql(query, { dialect: "duckdb", table: "ga4_events" })));

    it("gives the same directly-follows graph and paths", async () => {
      const log = await readLog(ndjson);
      expect(await run({ analysis: "directlyFollows" })).toEqual(directlyFollows(log));
      expect(await run({ analysis: "directlyFollows", options: { withinSessions: true } })).toEqual(
        directlyFollows(log, { withinSessions: true }),
      );
      const paths = {
        startAt: { name: "page_view", where: { page_location: { prefix: "https://www.test.com/de-de/" } } },
        collapseRepeats: true,
      };
      expect(await run({ analysis: "pathVariants", options: paths })).toEqual(pathVariants(log, paths));
    });

    it("gives the same lead funnel, by sessions and by page title", async () => {
      const log = await readLog(ndjson);
      const options = {
        steps: ["session_start", "form_start", { anyOf: ["generate_lead", "form_submit"] }],
        countBy: "sessions",
        breakdown: { property: "page_title" },
      } as const;
      const result = await run({ analysis: "funnel", options });
      expect(roundMeans(result)).toEqual(roundMeans(funnel(log, options)));
      expect(result.steps.map((step) => step.count)).toEqual([1, 1, 1]);
    });

    it("gives the same conformance report", async () => {
      const journey = defineJourney({
        format: "journeykit/v1",
        id: "lead",
        name: "Lead",
        version: "1",
        touchpoints: [
          {
            id: "site",
            name: "Site",
            channel: "web",
            kind: "digital",
            stages: ["visit"],
            events: [{ name: "page_view" }, { name: "session_start" }],
          },
          {
            id: "form",
            name: "Form",
            channel: "web",
            kind: "digital",
            stages: ["lead"],
            events: [{ name: "form_start" }, { name: "generate_lead" }],
          },
        ],
        stages: [
          { id: "visit", name: "Visit", order: 1, touchpoints: ["site"] },
          { id: "lead", name: "Lead", order: 2, touchpoints: ["form"] },
        ],
      });
      expect(await run({ analysis: "conformance", journey })).toEqual(
        conformance(journey, await readLog(ndjson)),
      );
    });
  },
);
