// Real GA4 rows live beside the checkout in ../shared/fixtures/ga4 (never copied into the
// project). Where they are absent, the tests that need them skip with a visible reason, except
// under CI=true, where their absence is a failure.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { it } from "vitest";

const repositoryRoot = fileURLToPath(new URL("../../..", import.meta.url));
const folder = `${repositoryRoot}/../shared/fixtures/ga4`;

/** Whether the shared GA4 fixtures are present. */
export const sharedFixturesFound = existsSync(folder);

/** Why tests that read the shared fixtures are skipped here. */
export const sharedFixturesMissing = `skipped: the shared GA4 fixtures are not at ${folder} (../shared/fixtures/ga4 from the repository root)`;

/** The text of one shared fixture file. */
export function sharedFixture(name: string): string {
  return readFileSync(`${folder}/${name}`, "utf8");
}

/** Fails the run under CI=true when the shared fixtures are missing; call it in each such test file. */
export function requireSharedFixturesOnCi(): void {
  it.runIf(process.env.CI === "true")("has the shared GA4 fixtures on CI", () => {
    if (!sharedFixturesFound)
      throw new Error(`CI must provide the shared GA4 fixtures: ${sharedFixturesMissing}`);
  });
}
