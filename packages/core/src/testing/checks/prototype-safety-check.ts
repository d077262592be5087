import { assert } from "vitest";
import type { JourneyEvent } from "../../model/journey-event";
import type { AdapterConformanceOptions, ConformanceCheck } from "../conformance-types";
import { onEveryPath } from "../on-every-path";
import {
  expectSafeOutcome,
  fixtureOptions,
  fixtureText,
  type ReadOutcome,
  readableFixtures,
  readOutcome,
} from "../read-outcome";

const ATTACK_KEYS = ["__proto__", "constructor", "prototype"] as const;

const GENERIC_ATTACKS = [
  '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}\n',
  '[{"__proto__":{"polluted":"yes"}}]',
  "__proto__,constructor,prototype\npolluted,polluted,polluted\n",
];

const watched = [Object.prototype, Array.prototype, Function.prototype] as const;

/** The own properties of the built-in prototypes, to compare before and after a read. */
function prototypeState(): Map<string, unknown>[] {
  return watched.map(
    (prototype) =>
      new Map(
        Object.getOwnPropertyNames(prototype).map((name) => [
          name,
          Object.getOwnPropertyDescriptor(prototype, name)?.value,
        ]),
      ),
  );
}

/** Fails (after undoing the damage) if a read changed a built-in prototype. */
function expectPrototypesUntouched(before: Map<string, unknown>[], where: string): void {
  const changed: string[] = [];
  watched.forEach((prototype, index) => {
    const previous = before[index] ?? new Map();
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const value = Object.getOwnPropertyDescriptor(prototype, name)?.value;
      if (!previous.has(name)) {
        changed.push(name);
        Reflect.deleteProperty(prototype, name);
      } else if (value !== previous.get(name)) changed.push(name);
    }
  });
  if (changed.length > 0)
    assert.fail(`${where}: the read polluted a built-in prototype (${changed.join(", ")})`);
}

function propertyKeys(events: readonly JourneyEvent[]): string[] {
  return [...new Set(events.flatMap((event) => Object.keys(event.properties ?? {})))];
}

function countProperties(events: readonly JourneyEvent[], key: string): number {
  return events.filter((event) => event.properties !== undefined && Object.hasOwn(event.properties, key))
    .length;
}

/** Reads one input while watching the built-in prototypes, and checks the outcome is safe. */
async function watchedRead(
  options: AdapterConformanceOptions,
  text: string,
  readOptions: Record<string, unknown>,
  where: string,
) {
  const before = prototypeState();
  const outcome = await readOutcome(options.adapter, text, readOptions);
  expectPrototypesUntouched(before, where);
  expectSafeOutcome(options.adapter, outcome, new TextEncoder().encode(text).length, where);
  return outcome;
}

/** When the attacked read went through cleanly, the renamed property must still be there. */
function expectKeptProperty(
  baseline: readonly JourneyEvent[],
  attacked: ReadOutcome,
  key: string,
  attack: string,
  where: string,
) {
  if (!attacked.ok || attacked.report.rowsSkipped > 0 || attacked.events.length !== baseline.length) return;
  const expected = countProperties(baseline, key);
  const kept = countProperties(attacked.events, attack);
  if (kept < expected) {
    assert.fail(
      `${where}: ${expected} events had property "${key}", but only ${kept} have "${attack}" after renaming it; ` +
        "the value was dropped silently (assign properties with Object.defineProperty or to a null-prototype object)",
    );
  }
}

/**
 * Renames every property name the fixtures produce to `__proto__`, `constructor` and `prototype`
 * in the input text, and also reads generic attack inputs, checking after each read that no
 * built-in prototype changed, that events and their `properties` keep a plain prototype, and that a
 * renamed property is kept as an own property rather than dropped silently (unless the adapter
 * skipped or rejected the record).
 *
 * @example
 * ```ts
 * await conformanceChecks.prototypeSafety.run({ adapter, fixtures }); // rejects if "__proto__" in the input reaches Object.prototype
 * ```
 */
export const prototypeSafetyCheck: ConformanceCheck = {
  title: "never lets __proto__, constructor or prototype keys in the input reach an object prototype",
  requires: [],
  run: onEveryPath(async (options) => {
    const skip = options.capabilities?.skipsBadRows === true ? { onError: "skip" } : {};
    for (const fixture of readableFixtures(options)) {
      const text = fixtureText(fixture);
      if (text === undefined) continue;
      const readOptions = { ...fixtureOptions(fixture, options), ...skip };
      const baseline = await watchedRead(options, text, readOptions, `fixture "${fixture.name}"`);
      if (!baseline.ok) continue;
      for (const key of propertyKeys(baseline.events).filter(
        (name) => name.length >= 3 && text.includes(name),
      )) {
        for (const attack of ATTACK_KEYS) {
          const where = `fixture "${fixture.name}" with property "${key}" renamed to "${attack}"`;
          const attacked = await watchedRead(options, text.split(key).join(attack), readOptions, where);
          expectKeptProperty(baseline.events, attacked, key, attack, where);
        }
      }
    }
    const adapterOptions = { ...options.fixtures[0]?.options, ...skip };
    for (const attack of GENERIC_ATTACKS) {
      await watchedRead(options, attack, adapterOptions, `attack input ${JSON.stringify(attack)}`);
    }
  }),
};
