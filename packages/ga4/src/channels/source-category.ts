/**
 * The kinds of traffic source GA4's default channel group rules look up in Google's source
 * categories list: search engines, social networks, video sites and shopping sites.
 */
export type SourceCategory = "search" | "social" | "video" | "shopping";

// A subset of the sources Google's "source categories" list (linked from the default channel group
// article) names, by site name; a source such as "l.facebook.com" or "google.co.uk" is looked up
// by the name of its registered domain too. Sources the list does not know fall through to the
// medium-based rules, as they do in GA4.
const NAMES: Readonly<Record<SourceCategory, readonly string[]>> = {
  search: [
    "google",
    "bing",
    "yahoo",
    "baidu",
    "duckduckgo",
    "yandex",
    "ecosia",
    "naver",
    "daum",
    "seznam",
    "qwant",
    "startpage",
    "sogou",
    "so.com",
    "360.cn",
    "ask",
    "aol",
    "brave",
    "search.brave.com",
    "msn",
    "onet",
    "rambler",
    "mail.ru",
    "lycos",
    "coccoc",
    "yahoo.co.jp",
  ],
  social: [
    "facebook",
    "fb",
    "instagram",
    "ig",
    "linkedin",
    "lnkd.in",
    "twitter",
    "t.co",
    "x",
    "x.com",
    "pinterest",
    "reddit",
    "tiktok",
    "snapchat",
    "tumblr",
    "quora",
    "vk",
    "weibo",
    "threads",
    "threads.net",
    "whatsapp",
    "messenger",
    "telegram",
    "discord",
    "mastodon",
    "medium",
    "xing",
    "line",
    "naver.band",
    "meetup",
    "slack",
    "yelp",
    "tripadvisor",
    "producthunt",
    "news.ycombinator.com",
    "wechat",
    "qq",
    "ok.ru",
    "nextdoor",
    "bsky.app",
  ],
  video: [
    "youtube",
    "youtu.be",
    "vimeo",
    "twitch",
    "dailymotion",
    "wistia",
    "bilibili",
    "rutube",
    "netflix",
    "hulu",
    "ted",
    "veoh",
  ],
  shopping: [
    "amazon",
    "ebay",
    "etsy",
    "walmart",
    "shopify",
    "alibaba",
    "aliexpress",
    "rakuten",
    "mercadolibre",
    "shopping.google.com",
    "google shopping",
    "shopzilla",
    "target",
    "bestbuy",
    "zalando",
    "allegro",
    "temu",
    "shein",
    "wish",
    "igshopping",
    "shop.app",
  ],
};

const BY_NAME: ReadonlyMap<string, SourceCategory> = new Map(
  (Object.keys(NAMES) as SourceCategory[]).flatMap((category) =>
    NAMES[category].map((name) => [name, category] as const),
  ),
);

// Second-level labels that sit under a country code (google.co.uk, amazon.com.br), so the
// registered name is the label before them.
const SECOND_LEVEL = new Set(["co", "com", "net", "org", "ac", "gov", "edu", "ne", "or"]);

// Hosts whose registered name is a search engine or social network but that are mail services.
const MAIL_HOST = /^(mail|outlook|webmail|email)\./;

function registeredName(host: string): string | undefined {
  const labels = host.split(".");
  if (labels.length < 2) return undefined;
  const last = labels.length - 1;
  const beforeSuffix = labels.length >= 3 && SECOND_LEVEL.has(labels[last - 1] ?? "") ? last - 2 : last - 1;
  return labels[beforeSuffix];
}

/**
 * The category of a traffic source in GA4's default channel grouping, or `undefined` when the
 * source is none of search, social, video or shopping. Case-insensitive; `www.` and the
 * domain's subdomains are looked through (`l.facebook.com` is social, `google.co.uk` search).
 */
export function sourceCategory(source: string): SourceCategory | undefined {
  const normalised = source
    .trim()
    .toLowerCase()
    .replace(/^www\./, "");
  const exact = BY_NAME.get(normalised);
  if (exact !== undefined) return exact;
  if (!normalised.includes(".") || MAIL_HOST.test(normalised)) return undefined;
  const name = registeredName(normalised);
  return name === undefined ? undefined : BY_NAME.get(name);
}
