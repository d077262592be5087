import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./chromium";

/** What Mermaid's own journey database holds after parsing, with entity codes decoded. */
export interface ParsedJourney {
  readonly error?: string;
  readonly title?: string;
  readonly tasks?: readonly { section: string; task: string; score: number; people: string[] }[];
  /** Whether Mermaid also drew it to SVG without an error. */
  readonly rendered?: boolean;
}

declare const mermaid: {
  initialize(config: object): void;
  parse(text: string): Promise<unknown>;
  render(id: string, text: string): Promise<{ svg: string }>;
  mermaidAPI: {
    getDiagramFromText(text: string): Promise<{
      db: {
        getDiagramTitle(): string;
        getTasks(): { section: string; task: string; score: number; people: string[] }[];
      };
    }>;
  };
};

const mermaidScript = fileURLToPath(
  new URL("../../../node_modules/mermaid/dist/mermaid.min.js", import.meta.url),
);

/**
 * The real Mermaid (the package's browser bundle) in headless Chromium: Mermaid's sanitiser needs a
 * DOM, so its parser cannot run in plain Node. No network: the bundle is loaded from disk.
 */
export class MermaidInBrowser {
  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
    readonly requests: string[],
  ) {}

  static async start(): Promise<MermaidInBrowser> {
    const browser = await launchChromium();
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.setContent("<!doctype html><html><body></body></html>");
    await page.addScriptTag({ path: mermaidScript });
    await page.evaluate(() => mermaid.initialize({ startOnLoad: false }));
    return new MermaidInBrowser(browser, page, requests);
  }

  /** Parses each text with `mermaid.parse`, reads the journey database, and optionally draws it. */
  parse(texts: readonly string[], { render = false } = {}): Promise<ParsedJourney[]> {
    return this.page.evaluate(
      async ({ texts, render }) => {
        const decode = (text: string) =>
          text.replace(/\uFB02\u00B0\u00B0(\d+)\u00B6\u00DF/g, (_, code: string) =>
            String.fromCodePoint(Number(code)),
          );
        const results: ParsedJourney[] = [];
        for (const [index, text] of texts.entries()) {
          try {
            await mermaid.parse(text);
            const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
            const tasks = diagram.db.getTasks().map((task) => ({
              section: decode(task.section),
              task: decode(task.task),
              score: task.score,
              people: task.people.map(decode),
            }));
            const title = decode(diagram.db.getDiagramTitle());
            if (render) {
              const rendered = (await mermaid.render(`diagram-${index}`, text)).svg.includes("<svg");
              results.push({ title, tasks, rendered });
            } else {
              results.push({ title, tasks });
            }
          } catch (error) {
            results.push({ error: String(error) });
          }
        }
        return results;
      },
      { texts, render },
    );
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}
