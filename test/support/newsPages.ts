import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Pages modelled on real news layouts (navigation, share bars, ads, captions, newsletter boxes, related links,
 * JSON-LD), with text written for these tests, and a loopback server that serves them and counts every
 * connection it is offered, so SSRF tests can show that a refused fetch never reached it.
 */

export interface NewsPage {
  path: string;
  contentType: string;
  body: Buffer;
  expected: {
    title: string;
    outlet: string | undefined;
    date: string | undefined;
    byline: string | undefined;
    /** Every paragraph of the body, in order; bullets as list items. */
    paragraphs: Array<{ text: string; bullet: boolean }>;
    /** Text that is on the page but is no part of the article. */
    clutter: string[];
  };
}

const escapeHtml = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;");

const siteNavigation = `
  <header class="site-header"><a class="logo" href="/">Home</a>
    <nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
    <li><a href="/opinion">Opinion</a></li><li><a href="/video">Video</a></li></ul></nav>
  </header>`;

const shareBar = `<div class="share-bar"><a href="#">Share on X</a> <a href="#">Share on Facebook</a>
  <button>Copy link</button></div>`;

const advertisement = `<div class="ad-slot ad-slot--inline"><span class="ad-label">Advertisement</span>
  <div id="div-gpt-ad-1"></div></div>`;

const newsletterBox = `<div class="newsletter-signup"><h3>The Morning Dispatch</h3>
  <p>Sign up for our free morning newsletter and get the day's top stories in your inbox.</p>
  <form><input type="email" placeholder="Email"><button>Sign up</button></form></div>`;

const relatedLinks = `<section class="related-stories"><h2>Related stories</h2><ul>
  <li><a href="/x1">Markets slide as talks stall in Geneva</a></li>
  <li><a href="/x2">Five things to know about the grain corridor</a></li></ul></section>`;

const siteFooter = `<footer><p>© 2025 Test Media Group. All rights reserved.</p>
  <a href="/privacy">Privacy policy</a></footer>`;

const paragraphsHtml = (paragraphs: readonly string[]) =>
  paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join("\n");

const wireParagraphs = [
  "China's special envoy for Eurasian affairs said on Thursday that Beijing was ready to help arrange a ceasefire between Russia and Ukraine, but that any settlement had to address what he called the legitimate security concerns of all sides.",
  "Speaking to reporters in Brussels after two days of meetings with European Union officials, the envoy said China did not supply lethal weapons to either party and controlled exports of dual-use goods under its own laws.",
  "The European Union's foreign policy chief said the bloc welcomed any effort that respected Ukraine's territorial integrity, and urged Beijing to use its influence in Moscow to stop the attacks on Ukrainian cities.",
  "Ukraine's foreign ministry said in a statement that it would not accept a ceasefire that froze the front line, adding that Kyiv's peace formula remained the only basis for talks.",
  "Russia's foreign ministry spokeswoman said Moscow was open to negotiations that took account of what she called the realities on the ground, and accused Western governments of prolonging the war.",
];
const wireBullets = [
  "The envoy met officials from the European External Action Service and several member states.",
  "Diplomats said a second round of meetings could take place in July.",
];
const wireClosing =
  "Analysts in Brussels said the visit showed that Beijing wanted to be seen as a neutral party while keeping its close partnership with Moscow.";

export function wirePage(path = "/world/china-envoy-ceasefire"): NewsPage {
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: "China's envoy says Beijing ready to help broker Ukraine ceasefire",
    datePublished: "2025-06-12T09:41:00+08:00",
    dateModified: "2025-06-12T15:02:00+08:00",
    author: [{ "@type": "Person", name: "Lena Park" }],
    publisher: { "@type": "Organization", name: "Meridian Wire" },
  };
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <title>China's envoy says Beijing ready to help broker Ukraine ceasefire | Meridian Wire</title>
  <meta property="og:site_name" content="Meridian Wire">
  <meta property="og:title" content="China's envoy says Beijing ready to help broker Ukraine ceasefire">
  <link rel="canonical" href="/world/china-envoy-ceasefire">
  <script type="application/ld+json">${JSON.stringify(jsonLd)}</script>
  <script>window.dataLayer = [{ page: "article" }];</script>
  </head><body>${siteNavigation}
  <main><article class="article">
    <h1>China's envoy says Beijing ready to help broker Ukraine ceasefire</h1>
    <div class="byline">By <a rel="author" href="/authors/lena-park">Lena Park</a></div>
    <time datetime="2025-06-12T09:41:00+08:00">June 12, 2025</time>
    ${shareBar}
    <figure><img src="/envoy.jpg" alt=""><figcaption>The envoy arrives for talks at the Berlaymont building in Brussels. Photo: Test Media</figcaption></figure>
    <div class="article-body">
    ${paragraphsHtml(wireParagraphs.slice(0, 2))}
    ${advertisement}
    ${paragraphsHtml(wireParagraphs.slice(2, 4))}
    ${newsletterBox}
    <ul>${wireBullets.map((bullet) => `<li>${escapeHtml(bullet)}</li>`).join("")}</ul>
    ${paragraphsHtml([wireParagraphs[4] ?? "", wireClosing])}
    </div>
    ${shareBar}
  </article>
  ${relatedLinks}</main>${siteFooter}</body></html>`;
  return {
    path,
    contentType: "text/html; charset=utf-8",
    body: Buffer.from(html, "utf8"),
    expected: {
      title: "China's envoy says Beijing ready to help broker Ukraine ceasefire",
      outlet: "Meridian Wire",
      date: "2025-06-12",
      byline: "Lena Park",
      paragraphs: [
        ...wireParagraphs.slice(0, 4).map((text) => ({ text, bullet: false })),
        ...wireBullets.map((text) => ({ text, bullet: true })),
        { text: wireParagraphs[4] ?? "", bullet: false },
        { text: wireClosing, bullet: false },
      ],
      clutter: [
        "Share on X",
        "Copy link",
        "Advertisement",
        "Berlaymont building",
        "Sign up for our free morning newsletter",
        "Markets slide as talks stall",
        "All rights reserved",
        "Opinion",
      ],
    },
  };
}

/** Windows-1252 text (curly quotes and € sit in 0x80–0x9F), served as ISO-8859-1 as many older sites do. */
const latinParagraphs = [
  "European Union finance ministers meeting in Brüssel’s Justus Lipsius building agreed on Tuesday to prepare a €45 billion loan for Ukraine, financed by the proceeds of frozen Russian central bank assets.",
  "“This is Europe paying its debt to Ukraine’s defenders,” said Portugal’s minister, José Antunes, after the meeting. He added that the loan would be repaid only from the assets’ proceeds.",
  "Hungary’s minister said Budapest would not block the decision but wanted guarantees that national budgets would never be liable. Slovakia’s délégation asked for a review clause after one year.",
  "Russia’s foreign ministry called the plan “theft” and warned that Moscow would answer with measures against European companies still working in Russia. The Kremlin said it would take the matter to court.",
  "Ukraine’s finance minister thanked the ministers and said the first tranche would pay for air defence and the repair of power stations before the winter.",
];

export function latin1Page(path = "/europe/ukraine-loan"): NewsPage {
  const html = `<!DOCTYPE html><html lang="en"><head>
  <meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
  <title>EU ministers back €45bn loan for Ukraine from Russian assets - Courrier Européen</title>
  <meta property="og:site_name" content="Courrier Européen">
  <meta property="article:published_time" content="2025-05-20T18:05:00+02:00">
  <meta name="author" content="Marie Lefèvre">
  <link rel="canonical" href="/europe/ukraine-loan?utm_source=none">
  </head><body>${siteNavigation}
  <div id="content"><div class="story">
  <h1>EU ministers back €45bn loan for Ukraine from Russian assets</h1>
  <p class="byline">By Marie Lefèvre, Brüssel</p>
  <div class="social-share"><a href="#">Tweet</a><a href="#">Email this story</a></div>
  ${paragraphsHtml(latinParagraphs.slice(0, 3))}
  <div class="advert"><p>Advertisement</p></div>
  ${paragraphsHtml(latinParagraphs.slice(3))}
  <div class="image-caption">Ministers before the meeting. (Photo: Courrier archive)</div>
  </div>
  <aside class="most-read"><h3>Most read</h3><ol><li><a href="/y">Weekend storms close Alpine passes</a></li></ol></aside>
  </div>${siteFooter}</body></html>`;
  return {
    path,
    contentType: "text/html; charset=ISO-8859-1",
    body: Buffer.from(encodeWindows1252(html)),
    expected: {
      title: "EU ministers back €45bn loan for Ukraine from Russian assets",
      outlet: "Courrier Européen",
      date: "2025-05-20",
      byline: "Marie Lefèvre",
      paragraphs: latinParagraphs.map((text) => ({ text, bullet: false })),
      clutter: ["Tweet", "Email this story", "Advertisement", "Courrier archive", "Weekend storms"],
    },
  };
}

const analysisParagraphs = [
  "When Ukrainian drones struck an oil depot near Novorossiysk last week, the reaction in Moscow was swift: the defence ministry promised retaliation and the Kremlin said talks with Kyiv were now “meaningless”.",
  "Ukraine’s president said the strikes were a legitimate answer to months of attacks on Ukrainian energy infrastructure, and that Kyiv would keep hitting the facilities that fuel Russia’s war.",
  "What the strikes mean for talks",
  "Beijing has been careful. China’s foreign ministry said it was “deeply concerned” by the escalation and called on all parties to exercise restraint, without naming either side.",
  "The European Union said in a statement that Ukraine had the right to defend itself under international law, and that Russia bore sole responsibility for the war. «Київ не відступить», a Ukrainian official wrote on social media.",
  "A diplomat in Kyiv said the timing was no accident: the strikes came days before a planned meeting of Ukraine’s partners in Ramstein, where air defence will top the agenda.",
];

export function utf16Page(path = "/analysis/drone-strikes-talks"): NewsPage {
  const jsonLd = {
    "@context": "https://schema.org",
    "@graph": [
      { "@type": "WebSite", name: "Kyiv Ledger", url: "https://ledger.example/" },
      {
        "@type": "AnalysisNewsArticle",
        headline: "Analysis: Drone strikes on Russian oil leave talks further away",
        datePublished: "2025-06-14",
        author: { "@type": "Person", name: "Oksana Hrytsenko" },
      },
    ],
  };
  const [first = "", second = "", heading = "", ...rest] = analysisParagraphs;
  const html = `<!doctype html><html><head><meta charset="utf-16">
  <title>Analysis: Drone strikes on Russian oil leave talks further away</title>
  <meta property="og:site_name" content="Kyiv Ledger">
  <script type="application/ld+json">${JSON.stringify(jsonLd)}</script>
  </head><body>${siteNavigation}<article>
  <h1>Analysis: Drone strikes on Russian oil leave talks further away</h1>
  <div class="share-tools"><a href="#">Share</a></div>
  <p>${escapeHtml(first)}</p><p>${escapeHtml(second)}</p>
  <h2>${escapeHtml(heading)}</h2>
  <p>${escapeHtml(rest[0] ?? "")}</p>
  <blockquote><p>${escapeHtml(rest[1] ?? "")}</p></blockquote>
  <div class="promo-box">Get unlimited access for €1 a week</div>
  <p>${escapeHtml(rest[2] ?? "")}</p>
  <div class="tags"><a href="/t/russia">Russia</a> <a href="/t/drones">Drones</a></div>
  </article>${relatedLinks}${siteFooter}</body></html>`;
  return {
    path,
    contentType: "text/html",
    body: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, "utf16le")]),
    expected: {
      title: "Analysis: Drone strikes on Russian oil leave talks further away",
      outlet: "Kyiv Ledger",
      date: "2025-06-14",
      byline: "Oksana Hrytsenko",
      paragraphs: analysisParagraphs.map((text) => ({ text, bullet: false })),
      clutter: ["unlimited access", "Related stories", "Markets slide", "Privacy policy"],
    },
  };
}

export function paywallPage(path = "/premium/eu-defence-fund"): NewsPage {
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: "Inside the EU's plan for a joint defence fund",
    datePublished: "2025-06-01",
    isAccessibleForFree: false,
  };
  const html = `<!doctype html><html><head><meta charset="utf-8">
  <title>Inside the EU's plan for a joint defence fund</title>
  <meta property="og:site_name" content="The Ledger Premium">
  <script type="application/ld+json">${JSON.stringify(jsonLd)}</script></head>
  <body>${siteNavigation}<article><h1>Inside the EU's plan for a joint defence fund</h1>
  <p>European leaders are weighing a joint fund for defence, and the numbers under discussion are larger than anything the bloc has tried before.</p>
  <div class="paywall"><h2>Subscribe to continue reading</h2><p>Already a subscriber? Log in.</p></div>
  </article>${siteFooter}</body></html>`;
  return {
    path,
    contentType: "text/html; charset=utf-8",
    body: Buffer.from(html, "utf8"),
    expected: {
      title: "",
      outlet: undefined,
      date: undefined,
      byline: undefined,
      paragraphs: [],
      clutter: [],
    },
  };
}

export const newsPages = (): NewsPage[] => [wirePage(), latin1Page(), utf16Page(), paywallPage()];

/** Windows-1252 bytes for text whose characters all exist in it (the test pages' text). */
function encodeWindows1252(text: string): Uint8Array {
  const high = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
  return Uint8Array.from(
    [...text].map((character) => {
      const code = character.codePointAt(0) ?? 0;
      const highIndex = high.indexOf(character);
      if (highIndex >= 0 && (code < 0x80 || code > 0x9f)) return 0x80 + highIndex;
      if (code > 0xff) throw new Error(`'${character}' is not in Windows-1252`);
      return code;
    }),
  );
}

export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => void;

export interface NewsServer {
  /** http://127.0.0.1:PORT (or http://[::1]:PORT when listening on ::1) */
  origin: string;
  port: number;
  /** TCP connections the server was offered. */
  connections(): number;
  /** Paths requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves `pages` and any extra `routes`; every other path is a 404. */
export async function startNewsServer(
  pages: readonly NewsPage[],
  options: { routes?: Record<string, RouteHandler>; host?: string } = {},
): Promise<NewsServer> {
  let connectionCount = 0;
  const requests: string[] = [];
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    requests.push(path);
    const route = options.routes?.[path];
    if (route) return route(request, response);
    const page = byPath.get(path);
    if (!page) {
      response.writeHead(404, { "content-type": "text/html" });
      response.end("<h1>Not found</h1>");
      return;
    }
    response.writeHead(200, { "content-type": page.contentType, "content-length": page.body.length });
    response.end(page.body);
  });
  server.on("connection", () => {
    connectionCount += 1;
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: host.includes(":") ? `http://[${host}]:${port}` : `http://${host}:${port}`,
    port,
    connections: () => connectionCount,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
