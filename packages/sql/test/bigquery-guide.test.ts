// docs/guides/bigquery.md as a test: its ts blocks that show a value (a json block follows) run
// top to bottom as one program, as a reader follows the guide, and each block's last expression
// must equal the json block after it. Imports are bound to the workspace's packages; the one
// block that needs a BigQuery project shows no value and is not run.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as util from "node:util";
import * as duckdb from "@duckdb/node-api";
import * as core from "@journeykit/core";
import * as ga4 from "@journeykit/ga4";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as sql from "../src/index";

const markdown = fs.readFileSync(new URL("../../../docs/guides/bigquery.md", import.meta.url), "utf8");
const modules: Record<string, Record<string, unknown>> = {
  "@journeykit/core": core,
  "@journeykit/ga4": ga4,
  "@journeykit/sql": sql as Record<string, unknown>,
  "@duckdb/node-api": duckdb,
  "node:fs": fs,
  "node:os": os,
  "node:path": path as unknown as Record<string, unknown>,
  "node:util": util,
};

interface Example {
  readonly line: number;
  readonly statements: string;
  readonly last: string;
  readonly expected: unknown;
}

/** The ts blocks followed by a json block, split into their statements and their last expression. */
function examples(): { examples: Example[]; imports: Map<string, string> } {
  const found: Example[] = [];
  const imports = new Map<string, string>();
  let pending: Omit<Example, "expected"> | undefined;
  for (const match of markdown.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)) {
    const [, language, body = ""] = match;
    const line = markdown.slice(0, match.index).split("\n").length;
    if (language === "ts") {
      const source = ts.createSourceFile("block.ts", body, ts.ScriptTarget.ES2022, true);
      const code = source.statements.filter((statement) => {
        if (!ts.isImportDeclaration(statement)) return true;
        const module = (statement.moduleSpecifier as ts.StringLiteral).text;
        const named = statement.importClause?.namedBindings;
        if (named !== undefined && ts.isNamedImports(named) && module in modules) {
          for (const element of named.elements)
            if (!element.isTypeOnly) imports.set(element.name.text, module);
        }
        return false;
      });
      const last = code.at(-1);
      pending =
        last !== undefined && ts.isExpressionStatement(last)
          ? {
              line,
              statements: code
                .slice(0, -1)
                .map((s) => s.getText())
                .join("\n"),
              last: last.expression.getText(),
            }
          : undefined;
    } else if (language === "json" && pending !== undefined) {
      found.push({ ...pending, expected: JSON.parse(body) });
      pending = undefined;
    }
  }
  return { examples: found, imports };
}

async function run(all: readonly Example[], imports: Map<string, string>): Promise<unknown[]> {
  const bindings = [...imports].map(
    ([name, module]) => `const ${name} = modules[${JSON.stringify(module)}].${name};`,
  );
  const body = all
    .map((example, index) => `${example.statements}\nshown[${index}] = (${example.last});`)
    .join("\n");
  const program = ts.transpileModule(
    `export async function main(modules: any, shown: unknown[]) {\n${bindings.join("\n")}\n${body}\n}`,
    { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS } },
  ).outputText;
  const exports: { main?: (modules: unknown, shown: unknown[]) => Promise<void> } = {};
  new Function("exports", program)(exports);
  const shown: unknown[] = [];
  await exports.main?.(modules, shown);
  return shown;
}

describe("docs/guides/bigquery.md", () => {
  const { examples: all, imports } = examples();

  it("walks through defining, exploring in memory, compiling for BigQuery and checking in DuckDB", () => {
    expect(all.length).toBeGreaterThanOrEqual(6);
  });

  it("shows what the code gives, block by block", async () => {
    const shown = await run(all, imports);
    all.forEach((example, index) => {
      expect({ line: example.line, value: JSON.parse(JSON.stringify(shown[index])) }).toEqual({
        line: example.line,
        value: example.expected,
      });
    });
  });
});
