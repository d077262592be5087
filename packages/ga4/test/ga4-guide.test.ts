// docs/guides/ga4.md as a test: its ts blocks run top to bottom as one program, and the value of
// each block's last statement must equal the json block that follows it.
import { readFileSync } from "node:fs";
import * as core from "@journeykit/core";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as ga4 from "../src/index";

const markdown = readFileSync(new URL("../../../docs/guides/ga4.md", import.meta.url), "utf8");
const modules: Record<string, Record<string, unknown>> = { "@journeykit/core": core, "@journeykit/ga4": ga4 };

interface Step {
  readonly title: string;
  readonly statements: string;
  readonly last: string;
  readonly expected: unknown;
}

function steps(): Step[] {
  const found: Step[] = [];
  let pending: { title: string; statements: string; last: string } | undefined;
  for (const match of markdown.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)) {
    const [, language, body = ""] = match;
    const line = markdown.slice(0, match.index).split("\n").length;
    if (language === "ts") {
      const source = ts.createSourceFile("block.ts", body, ts.ScriptTarget.ES2022, true);
      const kept = source.statements.filter((statement) => !ts.isImportDeclaration(statement));
      const last = kept.at(-1);
      if (last === undefined || !ts.isExpressionStatement(last))
        throw new Error(`the ts block at line ${line} must end with an expression`);
      pending = {
        title: `line ${line}`,
        statements: kept
          .slice(0, -1)
          .map((statement) => statement.getText())
          .join("\n"),
        last: last.expression.getText(),
      };
    } else if (language === "json" && pending !== undefined) {
      found.push({ ...pending, expected: JSON.parse(body) });
      pending = undefined;
    }
  }
  return found;
}

/** Runs every block up to each json block as one async program; returns the shown values. */
async function run(all: readonly Step[]): Promise<unknown[]> {
  // A name imported in several blocks (text blocks too) is declared once.
  const names = [...markdown.matchAll(/^import \{([^}]*)\} from "(@journeykit\/(?:core|ga4))";$/gm)].flatMap(
    ([, list = "", module = ""]) =>
      list
        .split(",")
        .map((name) => name.trim())
        .filter((name) => name !== "" && !name.startsWith("type "))
        .map((name) => `const ${name} = modules[${JSON.stringify(module)}].${name};`),
  );
  const declarations = [...new Set(names)];
  const body = all.map((step, index) => `${step.statements}\nshown[${index}] = (${step.last});`).join("\n");
  const program = ts.transpileModule(
    `export async function main(modules: any, shown: unknown[]) {\n${declarations.join("\n")}\n${body}\n}`,
    {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS },
    },
  ).outputText;
  const exports: { main?: (modules: unknown, shown: unknown[]) => Promise<void> } = {};
  new Function("exports", program)(exports);
  const shown: unknown[] = [];
  await exports.main?.(modules, shown);
  return shown;
}

describe("docs/guides/ga4.md", () => {
  const all = steps();

  it("has worked examples for reading, funnels, identity, channels, the report, the Data API and CSV", () => {
    expect(all.length).toBeGreaterThanOrEqual(9);
  });

  it("shows what the code gives, block by block", async () => {
    const shown = await run(all);
    all.forEach((step, index) => {
      expect(JSON.parse(JSON.stringify(shown[index])), `the example ending at ${step.title}`).toEqual(
        step.expected,
      );
    });
  });
});
