import { parseOptions } from "@journeykit/core/adapter";
import * as z from "zod";
import { Ga4CsvError } from "../errors/ga4-csv-error";
import { setProperty } from "../export/set-property";
import { type NumberSeparators, numberSeparators, parseLocaleNumber } from "./parse-locale-number";
import { type CsvRecord, splitCsvRecords } from "./split-csv-records";

/**
 * One row of a GA4 CSV section, keyed by column header: numbers in numeric columns (`null` when
 * empty), text elsewhere.
 *
 * @example
 * ```ts
 * const row: Ga4CsvRow = { "Session primary channel group (Default channel group)": "Organic Search", Sessions: 12345 };
 * ```
 */
export type Ga4CsvRow = Readonly<Record<string, string | number | null>>;

/**
 * One table of a GA4 CSV export: the comment lines just before it, its columns and rows, and
 * a totals row when the export has one (first cell `Total` or `Grand total`).
 *
 * @example
 * ```ts
 * const section: Ga4CsvSection = csv.sections[0];
 * section.columns; // ["Nth day", "Active users"]
 * ```
 */
export interface Ga4CsvSection {
  /** The 1-based line of the section's header row. */
  readonly line: number;
  /** The comment lines right before the section (without `#`), such as a segment name. */
  readonly comments: readonly string[];
  readonly columns: readonly string[];
  /** Which columns were read as numbers. */
  readonly numericColumns: readonly string[];
  readonly rows: readonly Ga4CsvRow[];
  readonly totals: readonly Ga4CsvRow[];
}

/**
 * A GA4 UI CSV export, read: its header comment as metadata, and its sections.
 *
 * @example
 * ```ts
 * const csv: Ga4Csv = readGa4Csv(text);
 * csv.metadata.Property; // "GA4 - Google Merch Shop"
 * csv.dateRange; // { start: "2024-01-01", end: "2024-01-31" }
 * ```
 */
export interface Ga4Csv {
  /** The report's title: the first line of the `#` header, such as `"Traffic acquisition: Session primary channel group"`. */
  readonly title?: string;
  /** The header's `Key: value` lines (`Account`, `Property`, `Start date`, `End date`, ...). */
  readonly metadata: Readonly<Record<string, string>>;
  /** `Start date` and `End date` as ISO dates, when the header has them. */
  readonly dateRange?: { readonly start: string; readonly end: string };
  readonly sections: readonly Ga4CsvSection[];
}

/**
 * The options of {@link readGa4Csv} as a strict zod schema: `locale`, the locale the numbers were
 * written in (the exporting user's GA4 language), default `"en-US"`; `textColumns`, columns to
 * keep as text even when every value looks like a number (ids, postcodes).
 *
 * @example
 * ```ts
 * ReadGa4CsvOptionsSchema.safeParse({ locale: "de-DE", textColumns: ["Item ID"] }).success; // true
 * ReadGa4CsvOptionsSchema.safeParse({ textColumn: ["Item ID"] }).success; // false: a misspelt option
 * ```
 */
export const ReadGa4CsvOptionsSchema = z.strictObject({
  locale: z.string().min(1).optional(),
  textColumns: z.array(z.string()).readonly().optional(),
});

/**
 * Options of {@link readGa4Csv}, as {@link ReadGa4CsvOptionsSchema} describes them.
 *
 * @example
 * ```ts
 * const options: ReadGa4CsvOptions = { locale: "de-DE", textColumns: ["Item ID"] };
 * ```
 */
export type ReadGa4CsvOptions = z.input<typeof ReadGa4CsvOptionsSchema>;

const KEY_VALUE = /^([^:]+):\s*(.*)$/;
const RULE = /^-+$/;
const TOTAL = /^(grand )?total$/i;
const IDENTIFIER = /^0\d/;
const DATE_KEY = /^\d{8}$/;

function isoDate(value: string | undefined): string | undefined {
  return value !== undefined && DATE_KEY.test(value)
    ? `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`
    : undefined;
}

function numericColumns(
  columns: readonly string[],
  records: readonly CsvRecord[],
  separators: NumberSeparators,
  text: ReadonlySet<string>,
) {
  return columns.filter((column, index) => {
    if (text.has(column)) return false;
    const values = records.map((record) => record.cells[index] ?? "").filter((value) => value.trim() !== "");
    if (values.length === 0) return false;
    // Ids with leading zeros ("0001") and YYYYMMDD dates are names, not quantities.
    if (/date/i.test(column) && values.every((value) => DATE_KEY.test(value))) return false;
    return values.every(
      (value) => !IDENTIFIER.test(value.trim()) && parseLocaleNumber(value, separators) !== undefined,
    );
  });
}

function readSection(
  header: CsvRecord,
  records: readonly CsvRecord[],
  comments: readonly string[],
  separators: NumberSeparators,
  text: ReadonlySet<string>,
): Ga4CsvSection {
  const columns = header.cells.map((cell) => cell.trim());
  for (const record of records) {
    if (record.cells.length !== columns.length) {
      throw new Ga4CsvError({
        line: record.line,
        problem: `the row has ${record.cells.length} cells, but its header (line ${header.line}) has ${columns.length}`,
      });
    }
  }
  const numeric = numericColumns(columns, records, separators, text);
  const numericSet = new Set(numeric);
  const rows: Ga4CsvRow[] = [];
  const totals: Ga4CsvRow[] = [];
  for (const record of records) {
    const row: Record<string, string | number | null> = {};
    columns.forEach((column, index) => {
      const cell = record.cells[index] ?? "";
      setProperty(row, column, numericSet.has(column) ? (parseLocaleNumber(cell, separators) ?? null) : cell);
    });
    (TOTAL.test((record.cells[0] ?? "").trim()) ? totals : rows).push(row);
  }
  return { line: header.line, comments, columns, numericColumns: numeric, rows, totals };
}

/**
 * Reads a CSV file downloaded from the GA4 interface ("Share this report > Download file > Download
 * CSV"). The `#` comment header becomes `title`, `metadata` (its `Key: value` lines, such as
 * `Account`, `Property`, `Start date`) and `dateRange`; the body is split into sections at blank
 * lines (a report often has a chart's series and then its table), each with its header row, rows
 * keyed by column and a totals row apart. A column is numeric when every value in it is a number
 * in the export's locale (`12,345.6` in English, `12.345,6` in German, `12 345,6` in French;
 * currency symbols allowed, `%` read as a fraction); ids with leading zeros and `YYYYMMDD` date
 * columns stay text.
 *
 * @param text - The file's text (a byte order mark is dropped).
 * @param options - The export's locale, and columns to keep as text.
 * @returns The metadata and sections.
 * @throws {@link Ga4CsvError} with the line of an unclosed quote or a row whose cell count does
 * not match its header.
 *
 * @example
 * ```ts
 * import { readGa4Csv } from "@journeykit/ga4";
 *
 * const csv = readGa4Csv(
 *   [
 *     "# ----------------------------------------",
 *     "# Traffic acquisition: Session primary channel group (Default channel group)",
 *     "# Account: Demo Account",
 *     "# Property: Demo Shop",
 *     "# ----------------------------------------",
 *     "# Start date: 20240101",
 *     "# End date: 20240131",
 *     "Session primary channel group (Default channel group),Sessions,Engagement rate",
 *     'Organic Search,"12.345","0,61"',
 *     "Direct,987,\"0,5\"",
 *   ].join("\n"),
 *   { locale: "de-DE" },
 * );
 * csv.metadata.Property; // "Demo Shop"
 * csv.dateRange; // { start: "2024-01-01", end: "2024-01-31" }
 * csv.sections[0]?.rows[0]; // { "Session primary channel group (Default channel group)": "Organic Search", Sessions: 12345, "Engagement rate": 0.61 }
 * ```
 */
export function readGa4Csv(text: string, options: ReadGa4CsvOptions = {}): Ga4Csv {
  const { locale, textColumns: textColumnList } = parseOptions(ReadGa4CsvOptionsSchema, options);
  const separators = numberSeparators(locale ?? "en-US");
  const textColumns = new Set(textColumnList ?? []);
  const metadata: Record<string, string> = {};
  let title: string | undefined;
  const sections: Ga4CsvSection[] = [];
  let comments: string[] = [];
  let header: CsvRecord | undefined;
  let body: CsvRecord[] = [];
  const close = () => {
    if (header === undefined) return;
    sections.push(readSection(header, body, comments, separators, textColumns));
    header = undefined;
    body = [];
    comments = [];
  };
  for (const record of splitCsvRecords(text)) {
    if (record.text.startsWith("#")) {
      close();
      const comment = record.text.slice(1).trim();
      if (comment === "" || RULE.test(comment)) continue;
      if (title === undefined && sections.length === 0) {
        title = comment;
        continue;
      }
      const pair = KEY_VALUE.exec(comment);
      if (pair && sections.length === 0)
        setProperty(metadata, (pair[1] ?? "").trim(), (pair[2] ?? "").trim());
      else comments.push(comment);
    } else if (record.cells.length === 0) {
      close();
    } else if (header === undefined) {
      header = record;
    } else {
      body.push(record);
    }
  }
  close();
  const start = isoDate(metadata["Start date"]);
  const end = isoDate(metadata["End date"]);
  return {
    ...(title === undefined ? {} : { title }),
    metadata,
    ...(start !== undefined && end !== undefined ? { dateRange: { start, end } } : {}),
    sections,
  };
}
