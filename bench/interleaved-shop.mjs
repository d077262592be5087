// The made-up shop behind bench/interleaved-generator.mjs: its catalogue, the channels visitors
// arrive from (as GA4 names them in session_traffic_source_last_click), devices and places. Only
// data and weighted picks; the behaviour lives in the generator.

/** One of `choices` by their `weight` (weights need not sum to 1). */
export function pickWeighted(next, choices) {
  let total = 0;
  for (const choice of choices) total += choice.weight;
  let roll = next() * total;
  for (const choice of choices) {
    roll -= choice.weight;
    if (roll < 0) return choice;
  }
  return choices[choices.length - 1];
}

const CATEGORIES = [
  { name: "Running", slug: "running", brands: ["Stride", "Fjellsko"], price: [499, 1899] },
  { name: "Outdoor", slug: "outdoor", brands: ["Nordtind", "Fjellsko"], price: [299, 3499] },
  { name: "Kids", slug: "kids", brands: ["Lille Venn", "Stride"], price: [149, 799] },
  { name: "Bags", slug: "bags", brands: ["Bære", "Nordtind"], price: [199, 1499] },
  { name: "Accessories", slug: "accessories", brands: ["Bære", "Lille Venn"], price: [49, 399] },
];
const VARIANTS = ["black", "blue", "green", "grey", "red", "one size"];

/** 600 products over five categories; `price` in NOK, `priceInUsd` as GA4 converts it. */
export const PRODUCTS = Array.from({ length: 600 }, (_, k) => {
  const category = CATEGORIES[k % CATEGORIES.length];
  const [low, high] = category.price;
  const price = low + ((k * 7919) % (high - low)) + 0.9;
  return {
    id: `SKU_${20_000 + k}`,
    name: `${category.brands[k % 2]} ${category.name} ${Math.floor(k / CATEGORIES.length) + 1}`,
    brand: category.brands[k % 2],
    category: category.name,
    category2: `${category.name} ${k % 3 === 0 ? "Sale" : "New"}`,
    variant: VARIANTS[k % VARIANTS.length],
    slug: category.slug,
    price: Math.round(price * 100) / 100,
    priceInUsd: Math.round(price * 9.3) / 100,
  };
});

/** The categories' list pages, as view_item_list names them. */
export const CATEGORY_LISTS = CATEGORIES.map((category, index) => ({
  name: category.name,
  slug: category.slug,
  products: PRODUCTS.filter((_, k) => k % CATEGORIES.length === index),
}));

/**
 * How sessions arrive: source, medium, campaign, GA4's default channel group, the referrer the
 * landing page sees, and whether the landing URL carries a gclid. Weights as a mid-size shop's
 * acquisition report.
 */
export const CHANNELS = [
  ["google", "organic", "(organic)", "Organic Search", 30, "https://www.google.com/"],
  ["(direct)", "(none)", "(direct)", "Direct", 22],
  ["google", "cpc", "brand_search", "Paid Search", 10, "https://www.google.com/", true],
  ["google", "cpc", "spring_running", "Paid Search", 6, "https://www.google.com/", true],
  ["facebook", "paid_social", "retargeting_q2", "Paid Social", 8, "https://m.facebook.com/"],
  ["instagram", "social", "(referral)", "Organic Social", 5, "https://l.instagram.com/"],
  ["newsletter", "email", "weekly_2024_w10", "Email", 8],
  ["bing", "organic", "(organic)", "Organic Search", 4, "https://www.bing.com/"],
  ["prisjakt.no", "referral", "(referral)", "Referral", 4, "https://www.prisjakt.no/"],
  ["adtraction", "affiliate", "spring_deals", "Affiliates", 3, "https://track.adtraction.com/"],
].map(([source, medium, campaign, group, weight, referrer, gclid = false]) => ({
  source,
  medium,
  campaign,
  group,
  weight,
  referrer,
  gclid,
}));

/** Devices as GA4 describes them (web: browser in web_info). */
export const DEVICES = [
  {
    category: "mobile",
    mobile_brand_name: "Apple",
    mobile_model_name: "iPhone",
    operating_system: "iOS",
    operating_system_version: "iOS 17.3.1",
    browser: "Safari",
    browser_version: "17.3",
    weight: 34,
  },
  {
    category: "mobile",
    mobile_brand_name: "Samsung",
    mobile_model_name: "SM-S911B",
    mobile_marketing_name: "Galaxy S23",
    operating_system: "Android",
    operating_system_version: "Android 14",
    browser: "Chrome",
    browser_version: "122.0.6261.64",
    weight: 22,
  },
  {
    category: "desktop",
    mobile_brand_name: "Microsoft",
    operating_system: "Windows",
    operating_system_version: "Windows 10",
    browser: "Chrome",
    browser_version: "122.0.6261.69",
    weight: 24,
  },
  {
    category: "desktop",
    mobile_brand_name: "Apple",
    operating_system: "Macintosh",
    operating_system_version: "Macintosh Intel 10.15",
    browser: "Safari",
    browser_version: "17.2.1",
    weight: 12,
  },
  {
    category: "tablet",
    mobile_brand_name: "Apple",
    mobile_model_name: "iPad",
    operating_system: "iOS",
    operating_system_version: "iOS 16.7.5",
    browser: "Safari",
    browser_version: "16.6",
    weight: 8,
  },
];

/** Where visitors are, with the language their browser reports. */
export const PLACES = [
  { city: "Oslo", region: "Oslo", country: "Norway", language: "nb-no", weight: 30 },
  { city: "Bergen", region: "Vestland", country: "Norway", language: "nb-no", weight: 14 },
  { city: "Trondheim", region: "Trondelag", country: "Norway", language: "nb-no", weight: 10 },
  { city: "Tromsø", region: "Troms og Finnmark", country: "Norway", language: "nb-no", weight: 4 },
  { city: "Stockholm", region: "Stockholm County", country: "Sweden", language: "sv-se", weight: 12 },
  { city: "Gothenburg", region: "Vastra Gotaland County", country: "Sweden", language: "sv-se", weight: 6 },
  {
    city: "Copenhagen",
    region: "Capital Region of Denmark",
    country: "Denmark",
    language: "da-dk",
    weight: 10,
  },
  { city: "Aarhus", region: "Central Denmark Region", country: "Denmark", language: "da-dk", weight: 4 },
  { city: "(not set)", region: "(not set)", country: "Norway", language: "en-us", weight: 10 },
].map((place) => ({
  ...place,
  continent: "Europe",
  sub_continent: "Northern Europe",
  metro: "(not set)",
}));

export const HOST = "www.fjellsko.example";
