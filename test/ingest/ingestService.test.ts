import { afterEach, describe, expect, it } from "vitest";
import { loadCoreConfig } from "../../src/config";
import { createLogger } from "../../src/log";
import { createServices, type Services } from "../../src/services";
import { bodyToParagraphs } from "../../src/store/articleText";
import { briefErrorOf } from "../support/briefErrorOf";
import {
  latin1Page,
  type NewsPage,
  type NewsServer,
  newsPages,
  startNewsServer,
  utf16Page,
  wirePage,
} from "../support/newsPages";
import { temporaryDatabasePath } from "../support/tempDatabase";

const open: Array<{ services: Services; server: NewsServer }> = [];
afterEach(async () => {
  for (const { services, server } of open.splice(0)) {
    await services.close();
    await server.close();
  }
});

/** The SQLite file behind the services (these tests run on the default storage). */
function sqliteOf(services: Services) {
  if (services.storage.kind !== "sqlite") throw new Error("expected SQLite storage");
  return services.storage.database;
}

async function setUp(pages: NewsPage[] = newsPages(), routes: Parameters<typeof startNewsServer>[1] = {}) {
  const server = await startNewsServer(pages, routes);
  const services = await createServices(
    loadCoreConfig({
      BRIEF_DB: temporaryDatabasePath(),
      BRIEF_ARTICLES_DIR: "/nonexistent",
      BRIEF_FETCH_ALLOW_HOSTS: `127.0.0.1:${server.port}`,
    }),
    createLogger({ write: () => {} }),
  );
  open.push({ services, server });
  return { services, server };
}

describe("ingest from a URL", () => {
  it("stores each page's title as the first paragraph, then every paragraph, with outlet, byline and date", async () => {
    const { services, server } = await setUp();
    for (const page of [wirePage(), latin1Page(), utf16Page()]) {
      const { article, status } = await services.ingest.ingestFromUrl(`${server.origin}${page.path}`);
      expect(status).toBe("added");
      const stored = await services.store.require(article.slug);
      expect(bodyToParagraphs(stored.body)).toEqual([
        { text: page.expected.title, bullet: false },
        ...page.expected.paragraphs,
      ]);
      expect(stored).toMatchObject({
        title: page.expected.title,
        outlet: page.expected.outlet,
        byline: page.expected.byline,
        date: page.expected.date,
      });
    }
    expect(await services.store.slugs()).toEqual([
      "analysis-drone-strikes-on-russian-oil-leave-talks-further-away",
      "chinas-envoy-says-beijing-ready-to-help-broker-ukraine-ceasefire",
      "eu-ministers-back-45bn-loan-for-ukraine-from-russian-assets",
    ]);
  });

  it("reuses the article stored for the same canonical URL, and replaces it (dropping its cache) when the text changed", async () => {
    let page = wirePage("/a");
    const { services, server } = await setUp([], {
      routes: {
        "/a": (_request, response) => {
          response.writeHead(200, { "content-type": page.contentType });
          response.end(page.body);
        },
        // Another address for the same article: its canonical link points at the same URL.
        "/a-shared": (_request, response) => {
          response.writeHead(200, { "content-type": page.contentType });
          response.end(page.body);
        },
      },
    });
    const first = await services.ingest.ingestFromUrl(`${server.origin}/a`);
    const again = await services.ingest.ingestFromUrl(`${server.origin}/a-shared?utm_source=slack`);
    expect(again.status).toBe("unchanged");
    expect(again.article.slug).toBe(first.article.slug);
    expect(again.article.hash).toBe(first.article.hash);

    sqliteOf(services)
      .prepare(
        "INSERT INTO briefing_cache (key, slug, article_hash, actors, engine, model, prompt_version, briefing) VALUES ('k', ?, ?, '[]', 'openai', 'm', 'v', '{}')",
      )
      .run(first.article.slug, first.article.hash);
    page = { ...page, body: Buffer.from(page.body.toString("utf8").replace("on Thursday", "on Friday")) };
    const changed = await services.ingest.ingestFromUrl(`${server.origin}/a`);
    expect(changed.status).toBe("replaced");
    expect(changed.article.slug).toBe(first.article.slug);
    expect(changed.article.hash).not.toBe(first.article.hash);
    expect(changed.article.body).toContain("said on Friday");
    const cached = sqliteOf(services).prepare("SELECT count(*) FROM briefing_cache WHERE slug = ?").pluck();
    expect(cached.get(first.article.slug)).toBe(0);
    expect(await services.store.slugs()).toEqual([first.article.slug]);
  });

  it("gives a different article with the same title a slug of its own", async () => {
    // Two pages without canonical links: two URLs, so two articles, whose titles are the same.
    const withoutCanonical = (path: string) => {
      const page = wirePage(path);
      return {
        ...page,
        body: Buffer.from(page.body.toString("utf8").replace(/<link rel="canonical"[^>]*>/, "")),
      };
    };
    const { services, server } = await setUp([withoutCanonical("/one"), withoutCanonical("/two")]);
    const one = await services.ingest.ingestFromUrl(`${server.origin}/one`);
    const two = await services.ingest.ingestFromUrl(`${server.origin}/two`);
    expect(one.article.slug).toBe("chinas-envoy-says-beijing-ready-to-help-broker-ukraine-ceasefire");
    expect(two.article.slug).toBe("chinas-envoy-says-beijing-ready-to-help-broker-ukraine-2");
    expect(two.status).toBe("added");
    expect((await services.ingest.ingestFromUrl(`${server.origin}/two`)).article.slug).toBe(two.article.slug);
  });

  it("stores nothing for a paywall stub, and says why", async () => {
    const { services, server } = await setUp();
    const error = await briefErrorOf(
      services.ingest.ingestFromUrl(`${server.origin}/premium/eu-defence-fund`),
    );
    expect(error.code).toBe("not_an_article");
    expect(error.message).toBe(
      `${server.origin}/premium/eu-defence-fund is behind a paywall: I can read only 32 words of it.`,
    );
    expect(await services.store.slugs()).toEqual([]);
  });
});

describe("ingest pasted text", () => {
  const text = [
    "China's foreign ministry said on Monday that Beijing would send its special envoy to Kyiv and Moscow next week.",
    "",
    "- The envoy will also visit Brussels.",
    "• Talks are expected to focus on grain exports.",
    "Ukraine's foreign ministry said it welcomed the visit but that its peace formula was not up for negotiation.",
  ].join("\n");

  it("stores the title first, then one paragraph a line, bullets kept; the link is kept, never fetched", async () => {
    const { services, server } = await setUp();
    const { article } = await services.ingest.ingestPastedText({
      title: "  China to send envoy to Kyiv and Moscow ",
      url: "https://news.example/china-envoy",
      text,
    });
    expect(article.slug).toBe("china-to-send-envoy-to-kyiv-and-moscow");
    expect(article.url).toBe("https://news.example/china-envoy");
    expect(bodyToParagraphs(article.body)).toEqual([
      { text: "China to send envoy to Kyiv and Moscow", bullet: false },
      { text: text.split("\n")[0] ?? "", bullet: false },
      { text: "The envoy will also visit Brussels.", bullet: true },
      { text: "Talks are expected to focus on grain exports.", bullet: true },
      { text: text.split("\n")[4] ?? "", bullet: false },
    ]);
    expect(server.connections()).toBe(0);
  });

  it("refuses a missing title, too little text and a link that is not http(s)", async () => {
    const { services } = await setUp();
    await expect(services.ingest.ingestPastedText({ title: " ", text })).rejects.toThrow(
      "The article needs a title.",
    );
    await expect(
      services.ingest.ingestPastedText({ title: "T", text: "Only a few words here." }),
    ).rejects.toThrow("That is too little text to brief (5 words). Paste the whole article.");
    await expect(
      services.ingest.ingestPastedText({ title: "T", url: "javascript:alert(1)", text }),
    ).rejects.toThrow("The link javascript:alert(1) is not an http(s) URL.");
    expect(await services.store.slugs()).toEqual([]);
  });
});

describe("ingest a feed", () => {
  const rss = (origin: string) => `<?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0"><channel><title>Meridian Wire: World</title><link>${origin}/</link>
      <item><title>Envoy</title><link>${origin}/world/china-envoy-ceasefire</link><pubDate>Thu, 12 Jun 2025 01:41:00 GMT</pubDate></item>
      <item><title>Loan</title><link>${origin}/europe/ukraine-loan</link><pubDate>Tue, 20 May 2025 16:05:00 GMT</pubDate></item>
      <item><title>Premium</title><link>/premium/eu-defence-fund</link><pubDate>Sun, 01 Jun 2025 08:00:00 GMT</pubDate></item>
      <item><title>Undated analysis</title><link>${origin}/analysis/drone-strikes-talks</link></item>
    </channel></rss>`;

  it("ingests the items published since a date, reports each, and skips stored ones on the next run", async () => {
    let feedText = "";
    const { services, server } = await setUp(newsPages(), {
      routes: {
        "/feed.xml": (_request, response) => {
          response.writeHead(200, { "content-type": "application/rss+xml" });
          response.end(feedText);
        },
      },
    });
    feedText = rss(server.origin);
    const seen: string[] = [];
    let total = -1;
    const report = await services.ingest.ingestFeed(`${server.origin}/feed.xml`, {
      since: new Date("2025-06-01"),
      onStart: (count) => {
        total = count;
      },
      onItem: (outcome) => seen.push(`${outcome.kind} ${new URL(outcome.item.url).pathname}`),
    });
    expect(total).toBe(3);
    expect(seen).toEqual([
      "ingested /world/china-envoy-ceasefire",
      "failed /premium/eu-defence-fund",
      "ingested /analysis/drone-strikes-talks",
    ]);
    expect(report.skippedAsOlder).toBe(1);
    const failed = report.outcomes.find((outcome) => outcome.kind === "failed");
    expect(failed?.kind === "failed" && failed.message).toContain("is behind a paywall");

    const secondRun = await services.ingest.ingestFeed(`${server.origin}/feed.xml`);
    expect(secondRun.outcomes.map((outcome) => outcome.kind)).toEqual([
      "already_stored",
      "ingested",
      "failed",
      "already_stored",
    ]);
    // Stored items are known by their canonical URL, here the feed's link itself: not fetched again.
    expect(server.requests.filter((path) => path === "/world/china-envoy-ceasefire")).toHaveLength(1);
  });

  it("refuses a feed URL that is not public, and a page that is no feed", async () => {
    const { services, server } = await setUp();
    const refused = await briefErrorOf(services.ingest.ingestFeed("http://10.0.0.1/feed.xml"));
    expect(refused.message).toBe(
      "I won't fetch http://10.0.0.1/feed.xml: it points at a private network address.",
    );
    const notAFeed = await briefErrorOf(
      services.ingest.ingestFeed(`${server.origin}/world/china-envoy-ceasefire`),
    );
    expect(notAFeed.message).toBe(
      `${server.origin}/world/china-envoy-ceasefire is not an RSS, Atom or JSON feed I can read.`,
    );
  });
});
