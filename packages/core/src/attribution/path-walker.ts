import type { AttributionPaths } from "./collect-paths";

/**
 * Calls `visit` with each path's touches copied into scratch arrays (reused between calls, so
 * `visit` must not keep them). A converting path without touches is given one touch labelled
 * `noTouch` at the conversion's time; with `collapseRepeats`, consecutive touches with the same
 * label count once (the first of them is kept).
 */
export function walkPaths(
  paths: AttributionPaths,
  collapseRepeats: boolean,
  noTouch: number,
  visit: (labels: Int32Array, times: Float64Array, length: number, path: number) => void,
): void {
  const { start, end, touchLabel, touchTime } = paths;
  const longest = Math.max(1, longestPath(paths));
  const labels = new Int32Array(longest);
  const times = new Float64Array(longest);
  for (let path = 0; path < paths.count; path += 1) {
    let length = 0;
    for (let touch = start[path] as number; touch < (end[path] as number); touch += 1) {
      const label = touchLabel[touch] as number;
      if (collapseRepeats && length > 0 && labels[length - 1] === label) continue;
      labels[length] = label;
      times[length] = touchTime[touch] as number;
      length += 1;
    }
    if (length === 0) {
      labels[0] = noTouch;
      times[0] = paths.time[path] as number;
      length = 1;
    }
    visit(labels, times, length, path);
  }
}

/** The number of touches on the longest path. */
export function longestPath(paths: AttributionPaths): number {
  let longest = 0;
  for (let path = 0; path < paths.count; path += 1) {
    longest = Math.max(longest, (paths.end[path] as number) - (paths.start[path] as number));
  }
  return longest;
}
