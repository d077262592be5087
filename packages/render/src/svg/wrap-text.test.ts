import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asRendered } from "../../test/svg-xml";
import { wrapText } from "./wrap-text";

const codePoints = (text: string) => Array.from(text).length;

describe("wrapText", () => {
  it("breaks at spaces, fills lines greedily and keeps words whole when they fit", () => {
    expect(wrapText("Shipping cost appears only at the last step", 20)).toEqual([
      "Shipping cost",
      "appears only at the",
      "last step",
    ]);
    expect(wrapText("  many   spaces\tand\ttabs  ", 40)).toEqual(["many spaces and tabs"]);
    expect(wrapText("first\nsecond", 40)).toEqual(["first", "second"]);
    expect(wrapText("", 10)).toEqual([]);
  });

  it("never breaks at a no-break space, so numbers stay with their units", () => {
    expect(wrapText("n\u00A0=\u00A01\u00A0500 customers", 9)).toEqual([
      "n\u00A0=\u00A01\u00A0500",
      "customers",
    ]);
  });

  it("splits words longer than a line, but never inside an emoji sequence or before a combining mark", () => {
    expect(wrapText("Supercalifragilistic", 8)).toEqual(["Supercal", "ifragili", "stic"]);
    const family = "👩‍👩‍👧";
    const lines = wrapText(`${family}${family}`, 3);
    expect(lines.join("")).toBe(`${family}${family}`);
    for (const line of lines) expect(line.startsWith("\u200D")).toBe(false);
    expect(wrapText("e\u0301e\u0301e\u0301", 1)).toEqual(["e\u0301", "e\u0301", "e\u0301"]);
  });

  it("breaks long words after a hyphen or slash before it splits them", () => {
    expect(wrapText("Oppfølgings-e-post", 14)).toEqual(["Oppfølgings-e-", "post"]);
    expect(wrapText("Send an e-mail", 10)).toEqual(["Send an e-", "mail"]);
    expect(wrapText("and/or", 4)).toEqual(["and/", "or"]);
    expect(wrapText("--", 1)).toEqual(["-", "-"]);
  });

  it("cuts to maxLines with an ellipsis on the last line kept", () => {
    expect(wrapText("one two three four five", 9, 2)).toEqual(["one two", "three…"]);
    expect(wrapText("abcdefghi jklm", 9, 1)).toEqual(["abcdefgh…"]);
    expect(wrapText("one two", 9, 2)).toEqual(["one two"]);
  });

  it("keeps every word, in order, within the width, for any text", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme-ascii", maxLength: 200 }),
        fc.integer({ min: 1, max: 40 }),
        (text, width) => {
          const lines = wrapText(text, width);
          for (const line of lines) expect(codePoints(line)).toBeLessThanOrEqual(width);
          expect(lines.join("").replace(/ /g, "")).toBe(asRendered(text).replace(/ /g, ""));
          // Words that fit and have no break after a hyphen or slash are never split, so the
          // lines joined with spaces give the text back ("e-mail" may break as "e-" / "mail",
          // as a browser breaks it: fast-check found "! -!" at width 3).
          if (
            asRendered(text)
              .split(" ")
              .every((word) => codePoints(word) <= width && !/[-\u2010/][^-\u2010/]/u.test(word))
          ) {
            expect(lines.join(" ")).toBe(asRendered(text));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
