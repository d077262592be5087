import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { layoutSankey, type SankeyLinkInput, type SankeyNodeInput } from "./sankey-layout";

const frame = { left: 10, top: 20, width: 600, height: 300, nodeWidth: 10, gap: 12 };
const EPSILON = 1e-6;

/** Flows through columns as path variants make them: each link carries one path's customers. */
const diagramArbitrary = fc
  .array(
    fc.record({
      steps: fc.array(fc.constantFrom("a", "b", "c", "d"), { minLength: 1, maxLength: 4 }),
      customers: fc.integer({ min: 1, max: 500 }),
    }),
    { maxLength: 8 },
  )
  .map((paths) => {
    const nodes = new Map<string, SankeyNodeInput>();
    const links = new Map<string, SankeyLinkInput>();
    for (const { steps, customers } of paths) {
      steps.forEach((name, column) => {
        const key = `${column}:${name}`;
        nodes.set(key, { key, column, label: name, value: (nodes.get(key)?.value ?? 0) + customers });
        if (column > 0) {
          const source = `${column - 1}:${steps[column - 1]}`;
          const link = links.get(`${source}>${key}`);
          links.set(`${source}>${key}`, { source, target: key, value: (link?.value ?? 0) + customers });
        }
      });
    }
    return { nodes: [...nodes.values()], links: [...links.values()] };
  });

describe("layoutSankey", () => {
  it("keeps nodes inside the frame, apart within a column, and bands inside their nodes", () => {
    fc.assert(
      fc.property(diagramArbitrary, ({ nodes: nodeInputs, links: linkInputs }) => {
        const { nodes, links } = layoutSankey(nodeInputs, linkInputs, frame);
        expect(nodes).toHaveLength(nodeInputs.length);
        expect(links).toHaveLength(linkInputs.length);
        for (const node of nodes) {
          expect(node.y).toBeGreaterThanOrEqual(frame.top - EPSILON);
          expect(node.y + node.height).toBeLessThanOrEqual(frame.top + frame.height + EPSILON);
          expect(node.x).toBeGreaterThanOrEqual(frame.left);
          expect(node.x + frame.nodeWidth).toBeLessThanOrEqual(frame.left + frame.width + EPSILON);
          const column = nodes.filter((other) => other.column === node.column).sort((a, b) => a.y - b.y);
          column.slice(1).forEach((below, index) => {
            const above = column[index];
            if (above) expect(below.y).toBeGreaterThanOrEqual(above.y + above.height + frame.gap - EPSILON);
          });
          for (const end of ["source", "target"] as const) {
            for (const link of links.filter((candidate) => candidate[end] === node.key)) {
              const at = end === "source" ? link.y0 : link.y1;
              expect(at).toBeGreaterThanOrEqual(node.y - EPSILON);
              expect(at + link.thickness).toBeLessThanOrEqual(node.y + node.height + EPSILON);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("sizes every band on one scale and never lets two bands overlap where they meet a node", () => {
    fc.assert(
      fc.property(diagramArbitrary, ({ nodes: nodeInputs, links: linkInputs }) => {
        const { links } = layoutSankey(nodeInputs, linkInputs, frame);
        const scales = links.map((link) => link.thickness / link.value);
        for (const scale of scales) expect(scale).toBeCloseTo(scales[0] ?? 0, 9);
        for (const end of ["source", "target"] as const) {
          const y = end === "source" ? "y0" : "y1";
          for (const key of new Set(links.map((link) => link[end]))) {
            const group = links.filter((link) => link[end] === key);
            const sorted = [...group].sort((a, b) => a[y] - b[y]);
            sorted.slice(1).forEach((link, index) => {
              const previous = sorted[index];
              if (previous)
                expect(link[y]).toBeGreaterThanOrEqual(previous[y] + previous.thickness - EPSILON);
            });
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("gives the same layout whatever order nodes and links come in", () => {
    fc.assert(
      fc.property(diagramArbitrary, fc.integer(), ({ nodes, links }, seed) => {
        const shuffle = <T>(items: readonly T[]) =>
          items
            .map((item, index) => ({ item, key: Math.sin(seed + index * 7919) }))
            .sort((a, b) => a.key - b.key)
            .map(({ item }) => item);
        const byKey = (layout: ReturnType<typeof layoutSankey>) => ({
          nodes: [...layout.nodes].sort((a, b) => (a.key < b.key ? -1 : 1)),
          links: [...layout.links].sort((a, b) =>
            `${a.source}>${a.target}` < `${b.source}>${b.target}` ? -1 : 1,
          ),
        });
        expect(byKey(layoutSankey(shuffle(nodes), shuffle(links), frame))).toEqual(
          byKey(layoutSankey(nodes, links, frame)),
        );
      }),
      { numRuns: 200 },
    );
  });

  it("puts the largest first-column node on top and orders later columns by where their flows come from", () => {
    const { nodes } = layoutSankey(
      [
        { key: "0:small", column: 0, label: "small", value: 10 },
        { key: "0:big", column: 0, label: "big", value: 90 },
        { key: "1:from-small", column: 1, label: "from-small", value: 10 },
        { key: "1:from-big", column: 1, label: "from-big", value: 5 },
      ],
      [
        { source: "0:small", target: "1:from-small", value: 10 },
        { source: "0:big", target: "1:from-big", value: 5 },
      ],
      frame,
    );
    const yOf = (key: string) => nodes.find((node) => node.key === key)?.y ?? Number.NaN;
    expect(yOf("0:big")).toBeLessThan(yOf("0:small"));
    expect(yOf("1:from-big")).toBeLessThan(yOf("1:from-small"));
  });
});
