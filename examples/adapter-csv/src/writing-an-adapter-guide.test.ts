// The examples of docs/guides/writing-an-adapter.md that are about batches, checked against the
// adapter they describe: when the guide or the adapter changes, this fails until they agree.
import { readFileSync } from "node:fs";
import { readLog } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { csvFixtures, fixtureColumns } from "../test/fixtures";
import { csvAdapter } from "./csv-adapter";

const guide = readFileSync(new URL("../../../docs/guides/writing-an-adapter.md", import.meta.url), "utf8");
const codeBlocks = [...guide.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? "");

/** The code without comments and with whitespace collapsed, to compare a quote with its source. */
function normalised(code: string): string {
  return code
    .replace(/\/\/.*$/gm, "")
    .replace(/\s+/g, " ")
    .trim();
}

describe("docs/guides/writing-an-adapter.md", () => {
  it("Step 6 quotes eventsInBatches and the adapter's definition as they are in the source", () => {
    const source = (file: string) => normalised(readFileSync(new URL(file, import.meta.url), "utf8"));
    const batching = codeBlocks.find((code) => code.startsWith("export async function* eventsInBatches"));
    const definition = codeBlocks.find((code) => code.startsWith("return defineAdapter({"));
    expect(source("./events-in-batches.ts")).toContain(normalised(batching ?? "missing"));
    expect(source("./csv-adapter.ts")).toContain(normalised(definition ?? "missing"));
  });

  it("Step 6: readLog builds the log from the batches, with details in the report", async () => {
    const text = csvFixtures.find((fixture) => fixture.name === "bad-rows.csv")?.input ?? "";
    const adapter = csvAdapter({ columns: fixtureColumns });
    const { log, report } = await readLog(adapter, text, { onError: "skip" });
    expect(typeof adapter.readBatches).toBe("function");
    expect(log.size === report.eventsEmitted).toBe(true);
    expect(report.details).toEqual({ blankLines: 0 });
  });
});
