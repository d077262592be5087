import { readFileSync } from "node:fs";
import ts from "typescript";
import * as core from "../../src/index";

/**
 * One worked example of a guide: a ```ts block followed (before the next ```ts block) by a
 * ```json block holding the value of the ts block's last expression. The ts blocks of one
 * section (`## ` heading) run as one program, top to bottom, as a reader would read them, so an
 * example may use what an earlier block of its section defined.
 */
export interface GuideExample {
  /** The nearest heading above the example, with its line, for test names. */
  readonly title: string;
  /** The value the guide shows. */
  readonly expected: unknown;
  /** Runs the example's code against @journeykit/core and returns its last expression's value. */
  run(): Promise<unknown>;
}

const fence = /^```(\w+)\n([\s\S]*?)^```$/gm;

/**
 * Reads the worked examples of a guide, so that the guide is also a test: the code is what users
 * copy, the JSON is what they are promised. Imports from "@journeykit/core" are bound to the
 * package's sources; a block may import nothing else.
 */
export function readGuideExamples(path: URL): GuideExample[] {
  const markdown = readFileSync(path, "utf8");
  const examples: GuideExample[] = [];
  let section = "";
  let sectionCode = "";
  let pending: { code: string; title: string } | undefined;
  for (const match of markdown.matchAll(fence)) {
    const [, language, body = ""] = match;
    const before = markdown.slice(0, match.index);
    if (language === "ts") {
      const currentSection = [...before.matchAll(/^## (.+)$/gm)].at(-1)?.[1] ?? "";
      if (currentSection !== section) {
        section = currentSection;
        sectionCode = "";
      }
      sectionCode += body;
      const heading = [...before.matchAll(/^#+ (.+)$/gm)].at(-1)?.[1] ?? "(top)";
      pending = { code: sectionCode, title: `${heading} (line ${before.split("\n").length})` };
    } else if (language === "json" && pending !== undefined) {
      const { code, title } = pending;
      examples.push({ title, expected: JSON.parse(body), run: () => runExample(code) });
      pending = undefined;
    }
  }
  return examples;
}

async function runExample(code: string): Promise<unknown> {
  const source = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2022, true);
  const bindings = new Set<string>();
  let body = "";
  source.statements.forEach((statement, index) => {
    if (ts.isImportDeclaration(statement)) {
      const module = (statement.moduleSpecifier as ts.StringLiteral).text;
      const named = statement.importClause?.namedBindings;
      if (module !== "@journeykit/core" || named === undefined || !ts.isNamedImports(named)) {
        throw new Error(
          `A guide example may only import names from "@journeykit/core": ${statement.getText()}`,
        );
      }
      for (const element of named.elements) if (!element.isTypeOnly) bindings.add(element.name.text);
      return;
    }
    const last = index === source.statements.length - 1;
    body +=
      last && ts.isExpressionStatement(statement)
        ? `return (${statement.expression.getText()});\n`
        : `${statement.getText()}\n`;
  });
  const js = ts.transpileModule(
    `export async function example(core: any) { const { ${[...bindings].join(", ")} } = core;\n${body}}`,
    {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS },
    },
  ).outputText;
  const exports: { example?: (library: typeof core) => Promise<unknown> } = {};
  new Function("exports", js)(exports);
  if (exports.example === undefined) throw new Error("The example did not compile to a function.");
  // The JSON round trip is part of the promise: every result is plain, serialisable data.
  return JSON.parse(JSON.stringify(await exports.example(core)));
}
