// The hand-written baselines the funnel and EventLog benchmarks compare with: the plainest
// typed-array loops that do the same work, with nothing else (no validation, no options, no times,
// no sessions). If journeykit is within 2x of these, the abstraction costs little.

/**
 * Groups events by customer, then time (ties in input order): a counting sort by customer, then an
 * insertion sort of each customer's run by time (runs are short and nearly sorted), then the
 * timestamp and name columns permuted into that order.
 */
export function groupByCustomer(customer, timestamp, name, customerCount) {
  const size = customer.length;
  const customerStart = new Uint32Array(customerCount + 1);
  for (let i = 0; i < size; i += 1) customerStart[customer[i] + 1] += 1;
  for (let c = 0; c < customerCount; c += 1) customerStart[c + 1] += customerStart[c];
  const next = customerStart.slice(0, customerCount);
  const order = new Uint32Array(size);
  for (let i = 0; i < size; i += 1) order[next[customer[i]]++] = i;
  for (let c = 0; c < customerCount; c += 1) {
    for (let i = customerStart[c] + 1; i < customerStart[c + 1]; i += 1) {
      const index = order[i];
      const time = timestamp[index];
      let j = i - 1;
      while (j >= customerStart[c] && timestamp[order[j]] > time) {
        order[j + 1] = order[j];
        j -= 1;
      }
      order[j + 1] = index;
    }
  }
  const sortedTimestamp = new Float64Array(size);
  const sortedName = new Uint16Array(size);
  for (let i = 0; i < size; i += 1) {
    sortedTimestamp[i] = timestamp[order[i]];
    sortedName[i] = name[order[i]];
  }
  return { customerStart, timestamp: sortedTimestamp, name: sortedName };
}

/**
 * An ordered funnel (entry any, window from step 1, inclusive) over sorted columns: per customer,
 * the latest start of a chain that reached each step. `stepOfName[nameIndex]` is the step an
 * event name is (-1 for none; one step per name). Returns the customers reaching each step.
 */
export function funnelLoop(customerStart, name, timestamp, stepOfName, stepCount, window) {
  const counts = new Array(stepCount).fill(0);
  const latestStart = new Float64Array(stepCount);
  for (let c = 0; c < customerStart.length - 1; c += 1) {
    latestStart.fill(Number.NEGATIVE_INFINITY);
    let reached = 0;
    for (let i = customerStart[c]; i < customerStart[c + 1]; i += 1) {
      const step = stepOfName[name[i]];
      if (step < 0) continue;
      const time = timestamp[i];
      if (step === 0) {
        latestStart[0] = time;
        reached |= 1;
      } else {
        const start = latestStart[step - 1];
        if (time - start <= window && start > latestStart[step]) {
          latestStart[step] = start;
          reached |= 1 << step;
        }
      }
    }
    for (let k = 0; k < stepCount; k += 1) if (reached & (1 << k)) counts[k] += 1;
  }
  return counts;
}

/**
 * Directly-follows over sorted columns: every pair of consecutive events of a customer counted in
 * flat typed arrays indexed by `from * nameCount + to`, as events and as distinct customers.
 */
export function directlyFollowsLoop(customerStart, name, nameCount) {
  const events = new Uint32Array(nameCount * nameCount);
  const customers = new Uint32Array(nameCount * nameCount);
  const lastCustomer = new Uint32Array(nameCount * nameCount);
  for (let c = 0; c < customerStart.length - 1; c += 1) {
    const end = customerStart[c + 1];
    for (let i = customerStart[c] + 1; i < end; i += 1) {
      const pair = name[i - 1] * nameCount + name[i];
      events[pair] += 1;
      if (lastCustomer[pair] !== c + 1) {
        lastCustomer[pair] = c + 1;
        customers[pair] += 1;
      }
    }
  }
  return { events, customers };
}
