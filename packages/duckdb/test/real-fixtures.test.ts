// The real BigQuery export rows in ../shared/fixtures/ga4 (see its README), read by the DuckDB
// reader and by the JavaScript reader under every combination of the options: the same log and
// the same counts. The rows are written to temporary files as they are, as NDJSON, as a JSON
// array, gzipped, and the two fixtures together as several files.
import { join } from "node:path";
import { afterAll, describe, it } from "vitest";
import {
  requireSharedFixturesOnCi,
  sharedFixture,
  sharedFixturesFound,
  sharedFixturesMissing,
} from "../../ga4/test/shared-fixtures";
import { type ReadGa4LogOptions, readGa4Log } from "../src/index";
import { ExportFiles, expectSameRead, readWithJavascript } from "./differential-reads";
import { jsonArrayOf, ndjsonOf } from "./generated-exports";

requireSharedFixturesOnCi();

const FIXTURES = [
  "bigquery-export-dataform-ga4-sessions.ndjson",
  "bigquery-export-velir-session-start.ndjson",
];

const files = new ExportFiles();
afterAll(() => files.dispose());

/** Every combination of the GA4 options, with the params kept: all, none, or some. */
const OPTION_COMBINATIONS: ReadGa4LogOptions[] = (["pseudo", "user-id", "stitched"] as const).flatMap(
  (identity) =>
    (["event", "session", "user"] as const).flatMap((trafficSource) =>
      (["remove", "keep"] as const).flatMap((duplicates) =>
        [undefined, [], ["page_location", "ga_session_id", "value"]].map((params) => ({
          identity,
          trafficSource,
          duplicates,
          ...(params === undefined ? {} : { params }),
        })),
      ),
    ),
);

const linesOf = (text: string) => text.split("\n").filter((line) => line.trim() !== "");

async function expectSameAsJavascript(
  source: string | readonly string[],
  text: string,
  options: ReadGa4LogOptions,
) {
  expectSameRead(await readGa4Log(source, options), await readWithJavascript(text, options));
}

describe.skipIf(!sharedFixturesFound)(
  `real export rows read by DuckDB and by readGa4Export (${sharedFixturesFound ? "found" : sharedFixturesMissing})`,
  () => {
    for (const fixture of FIXTURES) {
      it(`reads ${fixture} as it is to the same log under every option`, async () => {
        const text = sharedFixture(fixture);
        const path = files.write(fixture, text);
        for (const options of OPTION_COMBINATIONS) await expectSameAsJavascript(path, text, options);
      });

      it(`reads ${fixture} as a JSON array and gzipped to the same log`, async () => {
        const lines = linesOf(sharedFixture(fixture));
        const array = jsonArrayOf(lines);
        const arrayPath = files.write("rows.json", array);
        const gzipPath = files.write("rows.json.gz", ndjsonOf(lines));
        for (const options of OPTION_COMBINATIONS) {
          await expectSameAsJavascript(arrayPath, ndjsonOf(lines), options);
          await expectSameAsJavascript(gzipPath, ndjsonOf(lines), options);
        }
      });
    }

    it("reads both fixtures as several files (a list and a glob) as one read of their rows", async () => {
      const folder = files.subfolder();
      const texts = FIXTURES.map((fixture) => sharedFixture(fixture));
      const paths = FIXTURES.map((fixture, index) => files.write(fixture, texts[index] as string, folder));
      const together = ndjsonOf(texts.flatMap(linesOf));
      for (const options of OPTION_COMBINATIONS) {
        await expectSameAsJavascript(paths, together, options);
        await expectSameAsJavascript(join(folder, "bigquery-export-*.ndjson"), together, options);
      }
    });

    it("reads the dataform rows with their own duplicates, and those of a second copy, removed across files", async () => {
      const text = sharedFixture(FIXTURES[0] as string);
      const folder = files.subfolder();
      const paths = [files.write("a.ndjson", text, folder), files.write("b.ndjson", text, folder)];
      const twice = ndjsonOf([...linesOf(text), ...linesOf(text)]);
      for (const duplicates of ["remove", "keep"] as const) {
        await expectSameAsJavascript(paths, twice, { duplicates });
      }
    });
  },
);
