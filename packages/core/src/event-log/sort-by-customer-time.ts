/**
 * Orders events by customer, then timestamp, ties by `tie` (input order when none is given). A
 * counting sort puts each customer's events together (stable, linear); each customer's run is
 * then sorted by time, which is usually already in order or short, so the common case costs one
 * pass, and `tie` is called only for events on the same timestamp.
 *
 * @param tie - Orders two input indexes of one customer with equal timestamps; it must not
 * return 0 for two different indexes (end with `a - b`), so that the result is one order.
 * @returns `order` (input index of each output position) and `customerStart` (offsets of each
 * customer's run, length customers + 1).
 */
export function sortByCustomerThenTime(
  customer: Uint32Array,
  timestamp: Float64Array,
  size: number,
  customerCount: number,
  tie: (a: number, b: number) => number = (a, b) => a - b,
): { order: Uint32Array; customerStart: Uint32Array } {
  const customerStart = new Uint32Array(customerCount + 1);
  for (let i = 0; i < size; i += 1) {
    const slot = (customer[i] as number) + 1;
    customerStart[slot] = (customerStart[slot] as number) + 1;
  }
  for (let c = 0; c < customerCount; c += 1) {
    customerStart[c + 1] = (customerStart[c + 1] as number) + (customerStart[c] as number);
  }
  const next = customerStart.slice(0, customerCount);
  const order = new Uint32Array(size);
  for (let i = 0; i < size; i += 1) {
    const c = customer[i] as number;
    order[next[c] as number] = i;
    next[c] = (next[c] as number) + 1;
  }
  for (let c = 0; c < customerCount; c += 1) {
    sortRunByTime(order, timestamp, customerStart[c] as number, customerStart[c + 1] as number, tie);
  }
  return { order, customerStart };
}

function sortRunByTime(
  order: Uint32Array,
  timestamp: Float64Array,
  start: number,
  end: number,
  tie: (a: number, b: number) => number,
): void {
  // Insertion sort moves an element only past events that sort after it. Runs are nearly sorted
  // (rows arrive roughly in time order), so this is usually one pass with a few moves; a run that
  // needs many moves is handed to a comparison sort instead.
  let budget = 8 * (end - start) + 64;
  for (let i = start + 1; i < end; i += 1) {
    const index = order[i] as number;
    const time = timestamp[index] as number;
    const before = order[i - 1] as number;
    const beforeTime = timestamp[before] as number;
    if (beforeTime < time || (beforeTime === time && tie(before, index) < 0)) continue;
    let j = i - 1;
    while (j >= start) {
      const other = order[j] as number;
      const otherTime = timestamp[other] as number;
      if (otherTime < time || (otherTime === time && tie(other, index) < 0)) break;
      order[j + 1] = other;
      j -= 1;
    }
    order[j + 1] = index;
    budget -= i - 1 - j;
    if (budget < 0) {
      const run = Array.from(order.subarray(start, end));
      run.sort((a, b) => (timestamp[a] as number) - (timestamp[b] as number) || tie(a, b));
      order.set(run, start);
      return;
    }
  }
}
