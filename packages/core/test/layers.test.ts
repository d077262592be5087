import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/** Analyses are used only through their folder's index: their other files are internals. */
const analyses = ["attribution", "conformance", "feedback", "funnel", "paths", "retention", "segmentation"];

/**
 * The layers of core's src folders, lowest first: the one place they are written
 * (docs/architecture.md, "Layers in core", draws this table). A file may import its own folder
 * and the folders of lower layers; never a higher layer, nor another folder of its own layer (a
 * piece two of them share moves down a layer). `import type` obeys these rules too, since a type
 * couples as much as a value; only the cycle rule ignores it, because it is erased and loads
 * nothing. src/index.ts, the package's entry, sits above every layer.
 *
 * Where the issue left a choice:
 * - errors sit below the model: `defineJourney` throws a JourneyValidationError and stats throw
 *   InvalidOptionErrors, while an error needs nothing from the model.
 * - adapter sits beside the analyses: it builds event logs and knows no analysis, and no
 *   analysis reads inputs.
 * - kpi sits above the analyses: `measureKpis` measures a journey's KPIs by running `funnel` and
 *   `repeatPurchaseRate`, imported from those folders' indexes, so it uses their public results
 *   only. What it shares with feedback (the score options) is in options.
 * - report sits above kpi: `journeyReport` runs the stage funnel, conformance, paths, pain points
 *   and the KPI report, each through its folder's index.
 */
const layers: readonly { readonly name: string; readonly folders: readonly string[] }[] = [
  { name: "util (pure helpers)", folders: ["util"] },
  { name: "errors", folders: ["errors"] },
  {
    name: "model and stats (schemas of journeys, steps, durations and instants; statistics)",
    folders: ["model", "stats"],
  },
  { name: "options (the shared options parser and option schemas)", folders: ["options"] },
  { name: "event-log", folders: ["event-log"] },
  { name: "matching", folders: ["matching"] },
  { name: "adapter and analyses", folders: ["adapter", ...analyses] },
  { name: "kpi (KPIs measured with the analyses)", folders: ["kpi"] },
  { name: "report (the journey report: the analyses and KPIs run together)", folders: ["report"] },
  { name: "testing (the adapter conformance kit)", folders: ["testing"] },
];

const src = fileURLToPath(new URL("../src", import.meta.url));

interface Import {
  readonly file: string;
  readonly target: string;
  readonly text: string;
  /** Whether it survives compilation (`verbatimModuleSyntax`: only `import type` is erased). */
  readonly runtime: boolean;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.test(-d)?\.ts$/.test(entry.name) ? [path] : [];
  });
}

function relativeImports(file: string): Import[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: Import[] = [];
  const add = (specifier: ts.Node | undefined, runtime: boolean, node: ts.Node) => {
    if (specifier === undefined || !ts.isStringLiteral(specifier) || !specifier.text.startsWith(".")) return;
    const path = resolve(dirname(file), specifier.text);
    const target = existsSync(`${path}.ts`) ? `${path}.ts` : join(path, "index.ts");
    found.push({ file, target, text: node.getText().replace(/\s+/g, " "), runtime });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, !node.importClause?.isTypeOnly, node);
    else if (ts.isExportDeclaration(node)) add(node.moduleSpecifier, !node.isTypeOnly, node);
    else if (ts.isImportTypeNode(node))
      add(ts.isLiteralTypeNode(node.argument) ? node.argument.literal : undefined, false, node);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword)
      add(node.arguments[0], true, node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const folderOf = (file: string) => {
  const path = relative(src, file).split("/");
  return path.length > 1 ? path[0] : undefined;
};
const layerOf = (folder: string) => layers.findIndex((layer) => layer.folders.includes(folder));
const files = sourceFiles(src);
const imports = files.flatMap(relativeImports);

/** What is wrong with an import, or undefined when it keeps to the layers. */
function brokenRule({ file, target }: Import): string | undefined {
  const from = folderOf(file);
  const to = folderOf(target);
  // The package's entry (src/index.ts) sits above everything.
  if (from === undefined || from === to) return undefined;
  if (to === undefined) return "imports the package entry from inside the package";
  const fromLayer = layerOf(from);
  const toLayer = layerOf(to);
  if (fromLayer < 0)
    return `"${from}" is in no layer: add it to the table in packages/core/test/layers.test.ts`;
  if (toLayer < 0) return `"${to}" is in no layer: add it to the table in packages/core/test/layers.test.ts`;
  if (toLayer > fromLayer)
    return `${from} (layer "${layers[fromLayer]?.name}") imports from a higher layer, ${to} ("${layers[toLayer]?.name}")`;
  if (toLayer === fromLayer)
    return `${from} imports its sibling ${to} (both "${layers[fromLayer]?.name}"): move what they share down a layer`;
  if (analyses.includes(to) && relative(join(src, to), target) !== "index.ts")
    return `${from} imports the internals of the analysis ${to}: import its index, or move the piece down a layer`;
  return undefined;
}

/** The runtime import cycles between files, each as the list of files around it. */
function runtimeCycles(found: readonly Import[]): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const { file, target, runtime } of found)
    if (runtime) edges.set(file, (edges.get(file) ?? new Set()).add(target));
  const cycles: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const walk = (file: string) => {
    state.set(file, "open");
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (state.get(next) === undefined) walk(next);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of edges.keys()) if (state.get(file) === undefined) walk(file);
  return cycles.map((cycle) => cycle.map((file) => relative(src, file)));
}

describe("the layers of core", () => {
  it("reads the imports of core's sources", () => {
    // A parser that found nothing would let every rule pass.
    expect(files.length).toBeGreaterThan(100);
    expect(imports.length).toBeGreaterThan(files.length);
  });

  it("names the file, the import and the rule of an import against the layers", () => {
    const found = (file: string, target: string, runtime = true): Import => ({
      file: join(src, file),
      target: join(src, target),
      text: `import … from "${target}"`,
      runtime,
    });
    expect(brokenRule(found("model/kpi.ts", "matching/index.ts", false))).toMatch(
      /model .* higher layer, matching/,
    );
    expect(brokenRule(found("retention/retention.ts", "segmentation/index.ts"))).toMatch(
      /sibling segmentation/,
    );
    expect(brokenRule(found("kpi/measure-kpis.ts", "funnel/funnel.ts"))).toMatch(
      /internals of the analysis funnel/,
    );
    expect(brokenRule(found("kpi/measure-kpis.ts", "funnel/index.ts"))).toBeUndefined();
    expect(brokenRule(found("funnel/funnel.ts", "matching/step-label.ts"))).toBeUndefined();
    const loop = [found("event-log/a.ts", "event-log/b.ts"), found("event-log/b.ts", "event-log/a.ts")];
    expect(runtimeCycles(loop)).toEqual([["event-log/a.ts", "event-log/b.ts", "event-log/a.ts"]]);
    expect(runtimeCycles([loop[0] as Import, found("event-log/b.ts", "event-log/a.ts", false)])).toEqual([]);
  });

  it("puts every folder of src in exactly one layer", () => {
    const folders = readdirSync(src, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    const placed = folders.map(({ name }) => [
      name,
      layers.filter((layer) => layer.folders.includes(name)).length,
    ]);
    expect(placed.filter(([, count]) => count !== 1)).toEqual([]);
  });

  it("imports only from lower layers, and an analysis only through its index (type imports too)", () => {
    const broken = imports.flatMap((found) => {
      const rule = brokenRule(found);
      return rule === undefined ? [] : [`${relative(src, found.file)}: ${found.text}\n    ${rule}`];
    });
    expect(broken, broken.join("\n")).toEqual([]);
  });

  it("has no runtime import cycle between files", () => {
    const cycles = runtimeCycles(imports).map((cycle) => cycle.join(" -> "));
    expect(cycles, cycles.join("\n")).toEqual([]);
  });
});
