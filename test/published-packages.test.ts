// What a user sees of each published package on the npm registry: its README, whose relative links
// would point nowhere there, and its tarball, which must carry the licence.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const repoRoot = join(import.meta.dirname, "..");
const repoUrl = "https://github.com/journeykit/journeykit/";

const packageFolders = readdirSync(join(repoRoot, "packages"));

/** Inline `[text](target)` and reference-style `[label]: target` link targets of a Markdown file. */
function linkTargets(markdown: string): string[] {
  const inline = [...markdown.matchAll(/\]\(\s*<?([^)\s>]+)/g)].map((match) => match[1] ?? "");
  const references = [...markdown.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?\s*$/gm)].map(
    (match) => match[1] ?? "",
  );
  return [...inline, ...references];
}

describe.each(packageFolders)("the published package in packages/%s", (folder) => {
  const packageDir = join(repoRoot, "packages", folder);

  it("links its README only to absolute addresses, and those into this repository exist", () => {
    const targets = linkTargets(readFileSync(join(packageDir, "README.md"), "utf8"));
    expect(targets.filter((target) => !/^(https?:|mailto:|#)/.test(target))).toEqual([]);
    const missing = targets
      .filter(
        (target) => target.startsWith(`${repoUrl}blob/main/`) || target.startsWith(`${repoUrl}tree/main/`),
      )
      .map((target) => target.replace(/^.*?\/main\//, "").replace(/#.*$/, ""))
      .filter((path) => !existsSync(join(repoRoot, path)));
    expect(missing).toEqual([]);
  });

  it("packs the repository's LICENSE into its tarball", () => {
    expect(readFileSync(join(packageDir, "LICENSE"), "utf8")).toBe(
      readFileSync(join(repoRoot, "LICENSE"), "utf8"),
    );
    const packed = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
      cwd: packageDir,
      encoding: "utf8",
    });
    const [tarball] = JSON.parse(packed) as { files: { path: string }[] }[];
    expect(tarball?.files.map(({ path }) => path)).toContain("LICENSE");
  });
});
