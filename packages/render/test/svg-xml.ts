import { XMLParser, XMLValidator } from "fast-xml-parser";

type OrderedNode = Record<string, unknown> & { ":@"?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
});

/** The validator's verdict: `true`, or the error it found (shown in a failing test). */
export function xmlProblem(xml: string): true | string {
  const result = XMLValidator.validate(xml);
  return result === true ? true : `${result.err.code} at line ${result.err.line}: ${result.err.msg}`;
}

function tagOf(node: OrderedNode): string | undefined {
  return Object.keys(node).find((key) => key !== ":@");
}

function textContent(nodes: readonly OrderedNode[], separator: string): string {
  return nodes
    .map((node) => {
      const tag = tagOf(node);
      if (tag === "#text") return String(node["#text"]);
      if (tag === undefined) return "";
      return textContent(node[tag] as OrderedNode[], separator);
    })
    .join(separator);
}

/** One element found in the document: its tag, attributes and children. */
export interface FoundElement {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly OrderedNode[];
}

function collect(nodes: readonly OrderedNode[], found: FoundElement[]): FoundElement[] {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === undefined || tag === "#text") continue;
    const children = node[tag] as OrderedNode[];
    found.push({ tag, attributes: node[":@"] ?? {}, children });
    collect(children, found);
  }
  return found;
}

/** Every element of the document, depth first. */
export function elements(xml: string): FoundElement[] {
  return collect(parser.parse(xml) as OrderedNode[], []);
}

/** Every element inside `element`, depth first. */
export function descendants(element: FoundElement): FoundElement[] {
  return collect(element.children, []);
}

/**
 * The text of every `<text>` element as a reader sees it: its lines (`<tspan>`s) joined by a
 * space. Entities are decoded, so this is what the renderer was given.
 */
export function svgTexts(svg: string): string[] {
  return elements(svg)
    .filter((element) => element.tag === "text")
    .map((element) => {
      const spans = element.children.filter((child) => tagOf(child) === "tspan");
      return spans.length > 0 ? textContent(spans, " ") : textContent(element.children, "");
    });
}

/** Text as the renderers set it: runs of breaking whitespace become one space, ends trimmed. */
export function asRendered(text: string): string {
  return text
    .split(/[^\S\u00A0\u2007\u202F]+/)
    .filter((part) => part !== "")
    .join(" ");
}

/** The text inside an element, decoded, lines joined by a space. */
export function textOf(element: FoundElement): string {
  return textContent(element.children, " ");
}
