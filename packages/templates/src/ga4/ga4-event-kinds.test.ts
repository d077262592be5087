import { describe, expect, it } from "vitest";
import { ga4EventKinds } from "./ga4-event-kinds";
import {
  GA4_AUTOMATICALLY_COLLECTED_EVENTS,
  GA4_ENHANCED_MEASUREMENT_EVENTS,
  GA4_EVENT_SOURCES,
  GA4_RECOMMENDED_EVENTS,
} from "./ga4-event-names";

const lists = {
  recommended: GA4_RECOMMENDED_EVENTS,
  automaticallyCollected: GA4_AUTOMATICALLY_COLLECTED_EVENTS,
  enhancedMeasurement: GA4_ENHANCED_MEASUREMENT_EVENTS,
};

describe("GA4 event names", () => {
  it.each(Object.entries(lists))("lists %s once each, sorted, under GA4's naming rule", (_, names) => {
    // GA4's rule for event names: a letter first, then letters, digits or underscores, at most
    // 40 characters (Analytics Help, "Event naming rules", answer 13316687).
    for (const name of names) expect(name).toMatch(/^[a-z][a-z0-9_]{0,39}$/);
    expect(new Set(names).size).toBe(names.length);
    expect([...names]).toEqual([...names].sort());
  });

  it("keeps enhanced measurement inside the automatically collected list, as Google's page does", () => {
    for (const name of GA4_ENHANCED_MEASUREMENT_EVENTS)
      expect(GA4_AUTOMATICALLY_COLLECTED_EVENTS).toContain(name);
  });

  it("names its sources on Google's documentation sites", () => {
    for (const url of Object.values(GA4_EVENT_SOURCES)) {
      expect(new URL(url).hostname).toMatch(/^(support|developers)\.google\.com$/);
    }
  });

  it("classifies recommended, automatic, enhanced and custom names", () => {
    expect(ga4EventKinds("purchase")).toEqual(["recommended"]);
    expect(ga4EventKinds("close_unconvert_lead")).toEqual(["recommended"]);
    expect(ga4EventKinds("session_start")).toEqual(["automatically-collected"]);
    expect(ga4EventKinds("form_submit")).toEqual(["automatically-collected", "enhanced-measurement"]);
    // ad_impression is both: logged by the Mobile Ads SDK, and recommended for other ad networks.
    expect(ga4EventKinds("ad_impression")).toEqual(["recommended", "automatically-collected"]);
    expect(ga4EventKinds("support_chat_start")).toEqual([]);
    expect(ga4EventKinds("Purchase")).toEqual([]);
  });
});
