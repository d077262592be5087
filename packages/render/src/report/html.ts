import { escapeXml } from "../svg/escape-xml";

/** Markup that is already safe to insert; anything else given to these helpers is escaped. */
export interface Html {
  readonly html: string;
}

/** Escaped text, or markup passed through. */
export type Content = string | Html;

/** Marks markup as safe to insert as it is. */
export function raw(html: string): Html {
  return { html };
}

/** Escapes text; passes markup through. */
export function render(content: Content): string {
  return typeof content === "string" ? escapeXml(content) : content.html;
}

/** An element with escaped attribute values and content. */
export function tag(
  name: string,
  attributes: Readonly<Record<string, string | undefined>>,
  ...children: Content[]
): Html {
  const attributeText = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join("");
  return raw(`<${name}${attributeText}>${children.map(render).join("")}</${name}>`);
}

/** One column of a {@link table}. */
export interface Column<Row> {
  readonly heading: string;
  readonly cell: (row: Row) => Content;
  /** Right-aligned, with tabular figures. */
  readonly numeric?: boolean;
}

/** A table with a header row; `caption` names it for screen readers. */
export function table<Row>(
  caption: string,
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  className?: string,
): Html {
  const numeric = (column: Column<Row>) => (column.numeric ? "number" : undefined);
  return tag(
    "table",
    { class: className },
    tag("caption", {}, caption),
    tag(
      "thead",
      {},
      tag(
        "tr",
        {},
        ...columns.map((column) => tag("th", { scope: "col", class: numeric(column) }, column.heading)),
      ),
    ),
    tag(
      "tbody",
      {},
      ...rows.map((row) =>
        tag("tr", {}, ...columns.map((column) => tag("td", { class: numeric(column) }, column.cell(row)))),
      ),
    ),
  );
}

/** A report section with a stable id (for links, tests and print styles) and its heading. */
export function section(id: string, heading: string, ...content: Content[]): Html {
  return tag(
    "section",
    { id, "aria-labelledby": `${id}-heading` },
    tag("h2", { id: `${id}-heading` }, heading),
    ...content,
  );
}
