import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { EventLog, funnel, InvalidOptionError } from "../src/index";

// The checklist of docs/conventions.md, read from the source of every package in packages/ (not
// just core: the conventions are the project's, and this is where its checks run): each public
// function takes its options last with no optional positional before them, every error is built
// from one object, and every options schema rejects a key it does not know.

const root = fileURLToPath(new URL("../../..", import.meta.url));
const packagesDir = join(root, "packages");

interface Entry {
  readonly name: string;
  readonly file: string;
}

/** Every public entry point: the `@journeykit/source` file of each subpath export of each package. */
function publicEntries(): Entry[] {
  const entries: Entry[] = [];
  for (const dir of readdirSync(packagesDir)) {
    const manifest = JSON.parse(readFileSync(join(packagesDir, dir, "package.json"), "utf8")) as {
      name: string;
      exports?: Record<string, Record<string, unknown>>;
    };
    for (const [subpath, conditions] of Object.entries(manifest.exports ?? {})) {
      const source = conditions["@journeykit/source"];
      if (typeof source !== "string") continue;
      entries.push({ name: join(manifest.name, subpath), file: join(packagesDir, dir, source) });
    }
  }
  return entries;
}

const entries = publicEntries();
const program = ts.createProgram(
  entries.map((entry) => entry.file),
  {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    customConditions: ["@journeykit/source"],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  },
);
const checker = program.getTypeChecker();

interface ExportedValue {
  readonly entry: string;
  readonly name: string;
  readonly symbol: ts.Symbol;
}

function exportedValues(): ExportedValue[] {
  const values: ExportedValue[] = [];
  for (const entry of entries) {
    const source = program.getSourceFile(entry.file);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`cannot read the exports of ${entry.file}`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable | ts.SymbolFlags.Class)) {
        values.push({ entry: entry.name, name: exported.name, symbol });
      }
    }
  }
  return values;
}

const values = exportedValues();

function isOptional(parameter: ts.Symbol): boolean {
  const declaration = parameter.valueDeclaration;
  return (
    declaration !== undefined &&
    ts.isParameter(declaration) &&
    (declaration.questionToken !== undefined || declaration.initializer !== undefined)
  );
}

function isOptionsParameter(parameter: ts.Symbol): boolean {
  if (parameter.name === "options") return true;
  const declaration = parameter.valueDeclaration;
  const typeText = declaration && ts.isParameter(declaration) ? declaration.type?.getText() : undefined;
  // `FunnelOptions`, `ReadOptions & Ga4ExportOptions`; not `JourneyAdapterV1<Options>`.
  return typeText !== undefined && /^\w*Options\b/.test(typeText);
}

/** What breaks the argument-order rule in one signature, or undefined. */
function argumentOrderProblem(parameters: readonly ts.Symbol[]): string | undefined {
  const optionsIndex = parameters.findIndex(isOptionsParameter);
  if (optionsIndex >= 0 && optionsIndex < parameters.length - 1) {
    return `"${parameters[optionsIndex]?.name}" is followed by ${parameters
      .slice(optionsIndex + 1)
      .map((parameter) => `"${parameter.name}"`)
      .join(", ")}`;
  }
  const positionals = optionsIndex >= 0 ? parameters.slice(0, optionsIndex) : parameters.slice(0, -1);
  const optional = positionals.find(isOptional);
  return optional && `optional positional "${optional.name}" comes before the last parameter`;
}

describe("every public function follows docs/conventions.md", () => {
  it("reads the exports of every package", () => {
    const packages = new Set(entries.map((entry) => entry.name.split("/").slice(0, 2).join("/")));
    expect(packages.size).toBe(readdirSync(packagesDir).length);
    expect(values.map((value) => value.name)).toContain("funnel");
    expect(values.map((value) => value.name)).toContain("readGa4Export");
  });

  it("takes the options object last, with no optional positional before it", () => {
    const problems: string[] = [];
    for (const { entry, name, symbol } of values) {
      const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
      if (!declaration) continue;
      const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
      for (const signature of type.getCallSignatures()) {
        const problem = argumentOrderProblem(signature.getParameters());
        if (problem) problems.push(`${entry} ${name}(): ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("builds every error from one object argument", () => {
    const positional: string[] = [];
    const errors: string[] = [];
    for (const { entry, name, symbol } of values) {
      if (!(symbol.flags & ts.SymbolFlags.Class) || !name.endsWith("Error")) continue;
      errors.push(name);
      const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
      if (!declaration) continue;
      const constructors = checker.getTypeOfSymbolAtLocation(symbol, declaration).getConstructSignatures();
      if (constructors.some((signature) => signature.getParameters().length > 1)) {
        positional.push(`${entry} ${name}`);
      }
    }
    expect(errors).toContain("AdapterAbortError");
    expect(positional).toEqual([]);
  });

  const schemas = values.filter((value) => value.name.endsWith("OptionsSchema"));

  it("finds the options schemas", () => {
    expect(schemas.map((schema) => schema.name)).toContain("FunnelOptionsSchema");
  });

  it("rejects an unknown key in every exported options schema", async () => {
    const lenient: string[] = [];
    for (const { entry, name } of schemas) {
      const file = entries.find((candidate) => candidate.name === entry)?.file ?? "";
      const module = (await import(file)) as Record<string, { safeParse(value: unknown): unknown }>;
      const result = module[name]?.safeParse({ notAnOption: 1 }) as
        | { success: boolean; error?: { issues: unknown[] } }
        | undefined;
      const named = JSON.stringify(result?.error?.issues ?? []).includes("notAnOption");
      if (!result || result.success || !named) lenient.push(`${entry} ${name}`);
    }
    expect(lenient).toEqual([]);
  });

  it("builds every options schema in the source strict, exported or not", () => {
    const lenient: string[] = [];
    for (const file of program.getSourceFiles()) {
      if (!file.fileName.startsWith(packagesDir) || file.fileName.includes("node_modules")) continue;
      for (const statement of file.statements) {
        if (!ts.isVariableStatement(statement)) continue;
        for (const declaration of statement.declarationList.declarations) {
          const name = declaration.name.getText(file);
          if (!name.endsWith("OptionsSchema") || !declaration.initializer) continue;
          const text = declaration.initializer.getText(file);
          const strict = /^z\.strictObject\(|\.strict\(\)$|^\w+OptionsSchema\.extend\(/.test(text);
          if (!strict) lenient.push(`${relative(root, file.fileName)} ${name}`);
        }
      }
    }
    expect(lenient).toEqual([]);
  });

  it("names a bad option by its path, and keeps every problem in issues", () => {
    const log = EventLog.from([]);
    const call = () =>
      funnel(log, { steps: ["visit", { name: "signup", within: -1 }], windw: "7d" } as never);
    expect(call).toThrow(InvalidOptionError);
    try {
      call();
    } catch (error) {
      const { option, issues } = error as InvalidOptionError;
      expect(option).toMatch(/^(steps\[1\]\.within|windw)$/);
      expect(issues.map((issue) => issue.path.join("/")).sort()).toEqual(["", "steps/1/within"]);
    }
  });
});
