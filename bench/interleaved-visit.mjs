// One visit to the shop of bench/interleaved-generator.mjs, as a lazy sequence of events: the
// generator asks each open session for its next event only when that event's time comes, so that
// thousands of sessions can be open at once in little memory. Times are integer microseconds and
// never go back within a session; events that GA4 sends in one batch share a microsecond.
import { CATEGORY_LISTS, HOST } from "./interleaved-shop.mjs";

const SECOND = 1_000_000;

/** Exponentially distributed, with the given mean (microseconds). */
const wait = (next, mean) => Math.round(-Math.log(1 - next()) * mean);

const page = (path, title, referrer) => ({ location: `https://${HOST}${path}`, title, referrer });
const homePage = (referrer) => page("/", "Fjellsko - shoes and gear for the outdoors", referrer);
const listPage = (list, referrer) => page(`/c/${list.slug}`, `${list.name} | Fjellsko`, referrer);
const productPage = (product, referrer) =>
  page(`/p/${product.id.toLowerCase()}`, `${product.name} | Fjellsko`, referrer);

function landing(next, session) {
  const { channel, user } = session;
  const { referrer } = channel;
  const roll = next();
  if (channel.medium === "cpc" || channel.medium === "affiliate" || roll < 0.25) {
    const list = roll < 0.6 ? user.favouriteList : CATEGORY_LISTS[Math.floor(next() * CATEGORY_LISTS.length)];
    const product = list.products[Math.floor(next() * list.products.length)];
    return { kind: "product", list, product, page: productPage(product, referrer) };
  }
  if (roll < 0.55)
    return { kind: "list", list: user.favouriteList, page: listPage(user.favouriteList, referrer) };
  return { kind: "home", page: homePage(referrer) };
}

function listItems(next, list) {
  const first = Math.floor(next() * (list.products.length - 12));
  return list.products.slice(first, first + 12).map((product, index) => ({ product, index, list }));
}

/**
 * The events of one session, starting at `startUs`: landing, browsing lists and products, the
 * cart and checkout for some, a login, sign-up or newsletter sign-up now and then.
 */
export function* visit(next, session, startUs) {
  const { user } = session;
  let t = startUs;
  let at = landing(next, session);
  // Two thirds of account holders are still logged in from their last visit.
  session.loggedIn = user.userId !== undefined && user.loggedIn && next() < 0.66;
  if (user.sessions === 1) yield { time: t, name: "first_visit", page: at.page, landing: true };
  yield { time: t, name: "session_start", page: at.page, landing: true };
  yield { time: t, name: "page_view", page: at.page, landing: true };
  const cart = [];
  let pages = 1;
  let leadSent = false;
  for (;;) {
    if (at.kind === "list") {
      t += 200_000 + wait(next, 600_000);
      yield { time: t, name: "view_item_list", page: at.page, items: listItems(next, at.list) };
    } else if (at.kind === "product") {
      // view_item often rides in the same batch as the page view.
      if (next() > 0.3) t += 100_000 + wait(next, 500_000);
      const item = { items: [{ product: at.product }], value: at.product.price };
      yield { time: t, name: "view_item", page: at.page, ...item };
      if (next() < 0.17) {
        t += SECOND + wait(next, 20 * SECOND);
        cart.push(at.product);
        yield { time: t, name: "add_to_cart", page: at.page, ...item };
      }
    } else if (!leadSent && next() < 0.04) {
      t += 5 * SECOND + wait(next, 30 * SECOND);
      leadSent = true;
      yield { time: t, name: "generate_lead", page: at.page, params: [["form_id", "string", "newsletter"]] };
    }
    const engagedUs = 2 * SECOND + wait(next, 35 * SECOND);
    if (next() < 0.4)
      yield { time: t + Math.round(engagedUs / 2), name: "scroll", page: at.page, scroll: true };
    t += engagedUs;
    if (next() < 0.75)
      yield { time: t, name: "user_engagement", page: at.page, engagedMs: Math.round(engagedUs / 1000) };
    if (next() < 0.2 + pages * 0.015) return;
    t += 300_000 + wait(next, 3 * SECOND);
    pages += 1;
    if (user.userId !== undefined && !session.loggedIn && next() < 0.06) {
      at = { kind: "account", page: page("/account/login", "Log in | Fjellsko") };
      yield { time: t, name: "page_view", page: at.page };
      t += 8 * SECOND + wait(next, 15 * SECOND);
      session.loggedIn = true;
      user.loggedIn = true;
      yield { time: t, name: "login", page: at.page, params: [["method", "string", "email"]] };
      continue;
    }
    if (cart.length > 0 && next() < 0.4) {
      yield* checkout(next, session, t, cart);
      return;
    }
    at = browseOn(next, at, user);
    yield { time: t, name: "page_view", page: at.page };
  }
}

function browseOn(next, at, user) {
  const roll = next();
  const list = at.list ?? user.favouriteList;
  if (at.kind === "product" ? roll < 0.45 : at.kind === "list" && roll < 0.75) {
    const product = list.products[Math.floor(next() * list.products.length)];
    return { kind: "product", list, product, page: productPage(product) };
  }
  if (roll < 0.9) {
    const other = roll < 0.8 ? list : CATEGORY_LISTS[Math.floor(next() * CATEGORY_LISTS.length)];
    return { kind: "list", list: other, page: listPage(other) };
  }
  return { kind: "home", page: homePage() };
}

function* checkout(next, session, startUs, cart) {
  const { user } = session;
  let t = startUs;
  const items = cart.map((product) => ({ product }));
  const value = Math.round(cart.reduce((sum, product) => sum + product.price, 0) * 100) / 100;
  const cartPage = page("/cart", "Cart | Fjellsko");
  yield { time: t, name: "page_view", page: cartPage };
  if (next() < 0.6) yield { time: t, name: "view_cart", page: cartPage, items, value };
  if (next() < 0.3) return;
  t += 3 * SECOND + wait(next, 20 * SECOND);
  const checkoutPage = page("/checkout", "Checkout | Fjellsko");
  yield { time: t, name: "page_view", page: checkoutPage };
  yield { time: t, name: "begin_checkout", page: checkoutPage, items, value };
  if (!session.loggedIn) {
    if (user.userId === undefined && next() < 0.3) {
      t += 20 * SECOND + wait(next, 30 * SECOND);
      user.userId = `C9${String(Math.floor(next() * 1e8)).padStart(8, "0")}`;
      yield { time: t, name: "sign_up", page: checkoutPage, params: [["method", "string", "email"]] };
    } else if (user.userId !== undefined && next() < 0.6) {
      t += 10 * SECOND + wait(next, 20 * SECOND);
      yield { time: t, name: "login", page: checkoutPage, params: [["method", "string", "google"]] };
    }
    if (user.userId !== undefined) {
      session.loggedIn = true;
      user.loggedIn = true;
    }
  }
  if (next() < 0.15) return;
  t += 10 * SECOND + wait(next, 60 * SECOND);
  const shipping = ["Posten", "Helthjem", "Pick-up point"][Math.floor(next() * 3)];
  yield {
    time: t,
    name: "add_shipping_info",
    page: checkoutPage,
    items,
    value,
    params: [["shipping_tier", "string", shipping]],
  };
  if (next() < 0.18) return;
  t += 5 * SECOND + wait(next, 40 * SECOND);
  const payment = ["Vipps", "Card", "Klarna"][Math.floor(next() * 3)];
  yield {
    time: t,
    name: "add_payment_info",
    page: checkoutPage,
    items,
    value,
    params: [["payment_type", "string", payment]],
  };
  if (next() < 0.22) return;
  t += 2 * SECOND + wait(next, 15 * SECOND);
  const thanks = page("/checkout/thank-you", "Thank you | Fjellsko");
  const transactionId = `FS${t.toString(36).toUpperCase()}`;
  user.revenue = Math.round((user.revenue + value) * 100) / 100;
  yield { time: t, name: "page_view", page: thanks };
  yield { time: t, name: "purchase", page: thanks, items, value, transactionId };
}
