/** A node of a Sankey diagram before layout: which column it sits in and how much flows through it. */
export interface SankeyNodeInput {
  /** Unique across the diagram. */
  readonly key: string;
  readonly column: number;
  readonly label: string;
  readonly value: number;
}

/** A flow between two nodes in neighbouring columns (source column + 1 = target column). */
export interface SankeyLinkInput {
  readonly source: string;
  readonly target: string;
  readonly value: number;
}

/** A node placed: its box. */
export interface SankeyNode extends SankeyNodeInput {
  readonly x: number;
  readonly y: number;
  readonly height: number;
}

/** A link placed: where its band leaves the source and enters the target, and its thickness. */
export interface SankeyLink extends SankeyLinkInput {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  readonly thickness: number;
}

/** The area and spacing to lay out in. */
export interface SankeyFrame {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly nodeWidth: number;
  /** Vertical space between nodes of a column. */
  readonly gap: number;
}

const MIN_NODE_HEIGHT = 2;

const byValueThenLabel = (a: SankeyNodeInput, b: SankeyNodeInput) =>
  b.value - a.value || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0) || (a.key < b.key ? -1 : 1);

/**
 * Lays out a Sankey diagram, deterministically: the same input (in any order) gives the same
 * boxes. Column 0 is ordered by value (largest on top); each later column by the weighted mean
 * position of the nodes that flow into it (fewer crossings), then by value and label. Heights are
 * proportional to value on one scale for all columns, each column centred; links leave a node in
 * the order of their targets and enter in the order of their sources, so bands never cross at a
 * node.
 */
export function layoutSankey(
  nodeInputs: readonly SankeyNodeInput[],
  linkInputs: readonly SankeyLinkInput[],
  frame: SankeyFrame,
): { nodes: SankeyNode[]; links: SankeyLink[] } {
  const columnCount = Math.max(0, ...nodeInputs.map((node) => node.column + 1));
  const columns: SankeyNodeInput[][] = Array.from({ length: columnCount }, () => []);
  for (const node of nodeInputs) columns[node.column]?.push(node);
  const incoming = new Map<string, SankeyLinkInput[]>();
  for (const link of linkInputs) incoming.set(link.target, [...(incoming.get(link.target) ?? []), link]);

  const rank = new Map<string, number>();
  columns.forEach((column, index) => {
    if (index === 0) {
      column.sort(byValueThenLabel);
    } else {
      const barycentre = (node: SankeyNodeInput) => {
        const links = incoming.get(node.key) ?? [];
        const weight = links.reduce((sum, link) => sum + link.value, 0);
        if (weight === 0) return Number.POSITIVE_INFINITY;
        return links.reduce((sum, link) => sum + (rank.get(link.source) ?? 0) * link.value, 0) / weight;
      };
      const centres = new Map(column.map((node) => [node.key, barycentre(node)]));
      column.sort((a, b) => (centres.get(a.key) ?? 0) - (centres.get(b.key) ?? 0) || byValueThenLabel(a, b));
    }
    column.forEach((node, position) => {
      rank.set(node.key, position);
    });
  });

  const scale = Math.min(
    ...columns.map((column) => {
      const total = column.reduce((sum, node) => sum + node.value, 0);
      const room = frame.height - frame.gap * (column.length - 1) - MIN_NODE_HEIGHT * column.length;
      return total > 0 ? Math.max(0, room) / total : Number.POSITIVE_INFINITY;
    }),
  );
  const unit = Number.isFinite(scale) ? scale : 0;
  const step = columnCount > 1 ? (frame.width - frame.nodeWidth) / (columnCount - 1) : 0;
  const nodes: SankeyNode[] = [];
  const placed = new Map<string, SankeyNode>();
  columns.forEach((column, index) => {
    const heights = column.map((node) => MIN_NODE_HEIGHT + node.value * unit);
    const used = heights.reduce((sum, height) => sum + height, 0) + frame.gap * (column.length - 1);
    let y = frame.top + (frame.height - used) / 2;
    column.forEach((node, position) => {
      const height = heights[position] ?? MIN_NODE_HEIGHT;
      const box = { ...node, x: frame.left + index * step, y, height };
      nodes.push(box);
      placed.set(node.key, box);
      y += height + frame.gap;
    });
  });

  // Bands stack inside a node from its top, ordered by the node at the other end (then by key,
  // so equal positions cannot depend on input order).
  const position = (key: string) => placed.get(key)?.y ?? 0;
  const compare =
    (first: "source" | "target", second: "source" | "target") => (a: SankeyLinkInput, b: SankeyLinkInput) =>
      position(a[first]) - position(b[first]) ||
      position(a[second]) - position(b[second]) ||
      (`${a[first]}\u0000${a[second]}` < `${b[first]}\u0000${b[second]}` ? -1 : 1);
  const stackIn = (sorted: readonly SankeyLinkInput[], end: "source" | "target") => {
    const filled = new Map<string, number>();
    const start = new Map<SankeyLinkInput, number>();
    for (const link of sorted) {
      const offset = filled.get(link[end]) ?? 0;
      start.set(link, offset);
      filled.set(link[end], offset + link.value * unit);
    }
    return start;
  };
  const leaveAt = stackIn([...linkInputs].sort(compare("source", "target")), "source");
  const enterAt = stackIn([...linkInputs].sort(compare("target", "source")), "target");
  const links: SankeyLink[] = [];
  for (const link of [...linkInputs].sort(compare("source", "target"))) {
    const source = placed.get(link.source);
    const target = placed.get(link.target);
    if (source === undefined || target === undefined) continue;
    links.push({
      ...link,
      x0: source.x + frame.nodeWidth,
      y0: source.y + (leaveAt.get(link) ?? 0),
      x1: target.x,
      y1: target.y + (enterAt.get(link) ?? 0),
      thickness: link.value * unit,
    });
  }
  return { nodes, links };
}
