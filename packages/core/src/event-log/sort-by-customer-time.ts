/**
 * Orders events by customer, then timestamp, ties kept in input order. A counting sort puts each
 * customer's events together (stable, linear); each customer's run is then sorted by time, which
 * is usually already in order or short, so the common case costs one pass.
 *
 * @returns `order` (input index of each output position) and `customerStart` (offsets of each
 * customer's run, length customers + 1).
 */
export function sortByCustomerThenTime(
  customer: Uint32Array,
  timestamp: Float64Array,
  size: number,
  customerCount: number,
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
    sortRunByTime(order, timestamp, customerStart[c] as number, customerStart[c + 1] as number);
  }
  return { order, customerStart };
}

function sortRunByTime(order: Uint32Array, timestamp: Float64Array, start: number, end: number): void {
  // Insertion sort moves an element only past strictly later times, so ties keep input order.
  // Runs are nearly sorted (rows arrive roughly in time order), so this is usually one pass with a
  // few moves; a run that needs many moves is handed to a comparison sort instead.
  let budget = 8 * (end - start) + 64;
  for (let i = start + 1; i < end; i += 1) {
    const index = order[i] as number;
    const time = timestamp[index] as number;
    if ((timestamp[order[i - 1] as number] as number) <= time) continue;
    let j = i - 1;
    while (j >= start && (timestamp[order[j] as number] as number) > time) {
      order[j + 1] = order[j] as number;
      j -= 1;
    }
    order[j + 1] = index;
    budget -= i - 1 - j;
    if (budget < 0) {
      // Input index breaks ties: the customer's events were placed in input order.
      const run = Array.from(order.subarray(start, end));
      run.sort((a, b) => (timestamp[a] as number) - (timestamp[b] as number) || a - b);
      order.set(run, start);
      return;
    }
  }
}
