// defaultChannelGroup against the rules table of Google's "[GA4] Default channel group" article,
// https://support.google.com/analytics/answer/9756891 ("Channels for manual traffic"), one block
// per row of the table, in the table's order, each with traffic that the row must claim and
// traffic that an earlier row must claim first.
import { describe, expect, it } from "vitest";
import { defaultChannelGroup } from "./default-channel-group";
import { GA4_CHANNEL_GROUPS } from "./ga4-channel-groups";

type Case = readonly [source: string | undefined, medium: string | undefined, campaign: string | undefined];

function groupsOf(cases: readonly Case[]) {
  return cases.map(([source, medium, campaign]) => defaultChannelGroup({ source, medium, campaign }));
}

describe("defaultChannelGroup, row by row of Google's table", () => {
  it('Direct: Source exactly matches "(direct)" AND Medium is one of ("(not set)", "(none)")', () => {
    expect(
      groupsOf([
        ["(direct)", "(none)", undefined],
        ["(direct)", "(not set)", undefined],
        ["(direct)", undefined, undefined],
      ]),
    ).toEqual(["Direct", "Direct", "Direct"]);
    // A real medium is not direct traffic.
    expect(defaultChannelGroup({ source: "(direct)", medium: "email" })).toBe("Email");
  });

  it('Cross-network: Campaign Name contains "cross-network"', () => {
    expect(
      groupsOf([
        ["google", "cpc", "pmax-cross-network-2024"],
        ["anything", "organic", "Cross-Network"],
      ]),
    ).toEqual(["Cross-network", "Cross-network"]);
  });

  it("Paid Shopping: (shopping site OR campaign matches ^(.*(([^a-df-z]|^)shop|shopping).*)$) AND paid medium", () => {
    expect(
      groupsOf([
        ["amazon", "cpc", undefined],
        ["www.ebay.com", "paid_social", undefined],
        ["google", "cpc", "summer shopping"],
        ["newsletter", "ppc", "shop-now"],
        ["newsletter", "retargeting", "eshop"],
      ]),
    ).toEqual(["Paid Shopping", "Paid Shopping", "Paid Shopping", "Paid Shopping", "Paid Shopping"]);
    // "workshop": a letter other than e before "shop" is not a shopping campaign.
    expect(defaultChannelGroup({ source: "newsletter", medium: "cpc", campaign: "workshop" })).toBe(
      "Paid Other",
    );
  });

  it("Paid Search: search site AND medium matches ^(.*cp.*|ppc|retargeting|paid.*)$", () => {
    expect(
      groupsOf([
        ["google", "cpc", undefined],
        ["bing", "ppc", undefined],
        ["duckduckgo", "paidsearch", undefined],
        ["google.co.uk", "cpm", undefined], // "cpm" contains "cp", so it is paid before it is Display
        ["yahoo", "retargeting", undefined],
      ]),
    ).toEqual(["Paid Search", "Paid Search", "Paid Search", "Paid Search", "Paid Search"]);
  });

  it("Paid Social: social site AND paid medium", () => {
    expect(
      groupsOf([
        ["facebook", "cpc", undefined],
        ["l.instagram.com", "paid", undefined],
        ["linkedin", "paid_social", undefined],
      ]),
    ).toEqual(["Paid Social", "Paid Social", "Paid Social"]);
  });

  it("Paid Video: video site AND paid medium", () => {
    expect(
      groupsOf([
        ["youtube", "cpv", undefined],
        ["m.youtube.com", "paid", undefined],
      ]),
    ).toEqual(["Paid Video", "Paid Video"]);
  });

  it('Display: Medium is one of ("display", "banner", "expandable", "interstitial", "cpm")', () => {
    expect(
      groupsOf([
        ["adnetwork", "display", undefined],
        ["adnetwork", "banner", undefined],
        ["adnetwork", "expandable", undefined],
        ["adnetwork", "interstitial", undefined],
      ]),
    ).toEqual(["Display", "Display", "Display", "Display"]);
    // "cpm" also matches the paid pattern (".*cp.*"), but Display comes before Paid Other, so only
    // a shopping, search, social or video source makes it paid.
    expect(defaultChannelGroup({ source: "adnetwork", medium: "cpm" })).toBe("Display");
  });

  it("Paid Other: medium matches the paid pattern, any other source", () => {
    expect(
      groupsOf([
        ["partner.example", "cpc", undefined],
        ["newsletter", "paid-partner", undefined],
        ["x-network", "ppc", undefined],
      ]),
    ).toEqual(["Paid Other", "Paid Other", "Paid Other"]);
  });

  it("Organic Shopping: shopping site OR campaign matches the shopping pattern", () => {
    expect(
      groupsOf([
        ["amazon", "referral", undefined],
        ["etsy.com", "(none)", undefined],
        ["partner", "referral", "shopping-week"],
      ]),
    ).toEqual(["Organic Shopping", "Organic Shopping", "Organic Shopping"]);
  });

  it('Organic Social: social site OR Medium is one of ("social", "social-network", "social-media", "sm", "social network", "social media")', () => {
    expect(
      groupsOf([
        ["l.facebook.com", "referral", undefined],
        ["t.co", "referral", undefined],
        ["lnkd.in", "(none)", undefined],
        ["newsletter", "social", undefined],
        ["x", "social-network", undefined],
        ["forum", "social-media", undefined],
        ["forum", "sm", undefined],
        ["forum", "social network", undefined],
        ["forum", "Social Media", undefined],
      ]),
    ).toEqual(Array(9).fill("Organic Social"));
  });

  it("Organic Video: video site OR medium matches ^(.*video.*)$", () => {
    expect(
      groupsOf([
        ["youtube.com", "referral", undefined],
        ["vimeo", "(none)", undefined],
        ["partner", "video-ad-free", undefined],
      ]),
    ).toEqual(["Organic Video", "Organic Video", "Organic Video"]);
  });

  it("Organic Search: search site OR Medium exactly matches organic", () => {
    expect(
      groupsOf([
        ["google", "organic", undefined],
        ["bing", "referral", undefined],
        ["www.google.de", "referral", undefined],
        ["de.search.yahoo.com", "referral", undefined],
        ["ecosia.org", "(none)", undefined],
        ["some-engine", "organic", undefined],
      ]),
    ).toEqual(Array(6).fill("Organic Search"));
  });

  it('Referral: Medium is one of ("referral", "app", "link")', () => {
    expect(
      groupsOf([
        ["partner.example", "referral", undefined],
        ["partner.example", "app", undefined],
        ["partner.example", "link", undefined],
      ]),
    ).toEqual(["Referral", "Referral", "Referral"]);
    // Referral is checked before Email: a referral from a source called "email" stays Referral.
    expect(defaultChannelGroup({ source: "email", medium: "referral" })).toBe("Referral");
    // A mail host is not the search engine of the same company.
    expect(defaultChannelGroup({ source: "mail.google.com", medium: "referral" })).toBe("Referral");
  });

  it("Email: Source or Medium = email|e-mail|e_mail|e mail", () => {
    expect(
      groupsOf([
        ["newsletter", "email", undefined],
        ["newsletter", "e-mail", undefined],
        ["newsletter", "e_mail", undefined],
        ["newsletter", "e mail", undefined],
        ["email", "(none)", undefined],
        ["E-Mail", "newsletter", undefined],
      ]),
    ).toEqual(Array(6).fill("Email"));
  });

  it('Affiliates: Medium = "affiliate"', () => {
    expect(defaultChannelGroup({ source: "partner.example", medium: "affiliate" })).toBe("Affiliates");
  });

  it("Audio: Medium exactly matches audio", () => {
    expect(defaultChannelGroup({ source: "podcast", medium: "audio" })).toBe("Audio");
  });

  it("SMS: Source exactly matches sms OR Medium exactly matches sms", () => {
    expect(
      groupsOf([
        ["sms", "(none)", undefined],
        ["operator", "sms", undefined],
        ["operator", "SMS", undefined],
      ]),
    ).toEqual(["SMS", "SMS", "SMS"]);
  });

  it('Mobile Push Notifications: Medium ends with "push" OR contains "mobile" or "notification" OR Source exactly matches "firebase"', () => {
    expect(
      groupsOf([
        ["app", "web-push", undefined],
        ["app", "mobile", undefined],
        ["app", "in-app-notification", undefined],
        ["firebase", "(none)", undefined],
      ]),
    ).toEqual(Array(4).fill("Mobile Push Notifications"));
  });

  it("Unassigned: traffic no rule claims", () => {
    expect(
      groupsOf([
        ["partner.example", "qr-code", undefined],
        [undefined, undefined, undefined],
        ["(not set)", "(not set)", "(not set)"],
      ]),
    ).toEqual(["Unassigned", "Unassigned", "Unassigned"]);
  });

  it("ignores case and surrounding spaces, as GA4 does", () => {
    expect(defaultChannelGroup({ source: " Google ", medium: "CPC" })).toBe("Paid Search");
    expect(defaultChannelGroup({ source: "(DIRECT)", medium: "(None)" })).toBe("Direct");
  });

  it("only ever returns one of the documented groups", () => {
    const groups = new Set<string>(GA4_CHANNEL_GROUPS);
    for (const source of ["google", "facebook", "youtube", "amazon", "(direct)", "x.example", ""]) {
      for (const medium of ["organic", "cpc", "referral", "email", "(none)", "display", "push", ""]) {
        expect(groups.has(defaultChannelGroup({ source, medium }))).toBe(true);
      }
    }
  });
});
