// Browser-test helpers shared by render's tests and the CLI's report test (packages/cli/test).
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium, which CI installs with apt-get; override with CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Whether browser tests can run here. Under CI a missing browser is an error, not a skip. */
export function chromiumAvailable(): boolean {
  const available = existsSync(chromiumPath);
  if (!available && process.env.CI === "true") {
    throw new Error(
      `Chromium is missing at ${chromiumPath}; CI must install it (apt-get install -y chromium).`,
    );
  }
  return available;
}

/** Launches headless Chromium with no network features and no first-run work. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
