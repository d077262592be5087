import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, runBinary } from "./built-binary";

const scratch = mkdtempSync(join(tmpdir(), "journeykit-cli-"));
const file = (name: string, text: string) => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};

beforeAll(ensureBuilt, 300_000);

describe("journeykit on bad input", () => {
  it("exits 2 with usage help for no command, an unknown command or an unknown option", () => {
    expect(runBinary([])).toMatchObject({ exitCode: 2 });
    const unknown = runBinary(["frobnicate"]);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "frobnicate"');
    const option = runBinary(["validate", "--colour"]);
    expect(option.exitCode).toBe(2);
    expect(option.stderr).toContain("--colour");
  });

  it("prints the package's version for --version and -v", () => {
    const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    for (const flag of ["--version", "-v"]) {
      expect(runBinary([flag])).toMatchObject({ exitCode: 0, stdout: `${version}\n` });
    }
  });

  it("exits 2, naming the flag, for a funnel window or step that is not valid, before reading the export", () => {
    const missing = join(scratch, "no-such-export.ndjson");
    const window = runBinary(["funnel", missing, "--steps", "a,b", "--window", "forever"]);
    expect(window.exitCode).toBe(2);
    expect(window.stderr).toContain("--window:");
    expect(window.stderr).not.toContain("no such file");
  });

  it("names a missing file and exits 1 without a stack trace", () => {
    const result = runBinary(["validate", join(scratch, "missing.json")]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain("missing.json: no such file");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("shows the stack trace only with --debug", () => {
    const result = runBinary(["validate", join(scratch, "missing.json"), "--debug"]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/\n\s+at /);
  });

  it("points at the line of a JSON syntax error", () => {
    const result = runBinary([
      "validate",
      file("broken.json", '{\n  "format": "journeykit/v1",\n  "id": oops\n}'),
    ]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain("line 3");
  });

  it("lists schema and reference errors with their paths", () => {
    const journey = {
      format: "journeykit/v1",
      id: "j",
      name: "J",
      version: "1",
      touchpoints: [{ id: "web", name: "Web", channel: "web", kind: "digital", stages: ["nowhere"] }],
      stages: [{ id: "s", name: "S", order: 1, emotions: { kari: 5 } }],
    };
    const result = runBinary(["validate", file("invalid.json", JSON.stringify(journey))]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain("stages[0].emotions.kari");
    const references = runBinary([
      "validate",
      file("references.json", JSON.stringify({ ...journey, stages: [{ id: "s", name: "S", order: 1 }] })),
    ]);
    expect(references.exitCode).toBe(1);
    expect(references.stderr).toContain("touchpoints[0].stages[0]");
    expect(references.stderr).toContain("unknown_stage");
  });

  it("validates a good journey with exit 0 and prints the JSON Schema", () => {
    expect(runBinary(["validate", "examples/journeys/web-shop.journey.json"]).exitCode).toBe(0);
    const schema = runBinary(["schema"]);
    expect(schema.exitCode).toBe(0);
    expect(JSON.parse(schema.stdout)).toMatchObject({ title: expect.stringContaining("journeykit/v1") });
  });
});
