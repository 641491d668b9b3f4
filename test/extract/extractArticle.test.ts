import { describe, expect, it } from "vitest";
import { BriefError } from "../../src/domain/errors";
import { decodePage } from "../../src/extract/decodePage";
import { extractArticle } from "../../src/extract/extractArticle";
import { latin1Page, type NewsPage, paywallPage, utf16Page, wirePage } from "../support/newsPages";

const pageUrl = (page: NewsPage) => `https://news.example${page.path}`;

function extract(page: NewsPage) {
  const headerCharset = /charset=([^;]+)/i.exec(page.contentType)?.[1];
  return extractArticle(decodePage(page.body, headerCharset), pageUrl(page));
}

describe("extractArticle on pages laid out like real news sites", () => {
  for (const page of [wirePage(), latin1Page(), utf16Page()]) {
    it(`${page.path}: every paragraph in order, none of the clutter, title, outlet, date and byline`, () => {
      const article = extract(page);
      expect(article.paragraphs).toEqual(page.expected.paragraphs);
      const allText = article.paragraphs.map((paragraph) => paragraph.text).join("\n");
      for (const clutter of page.expected.clutter) expect(allText).not.toContain(clutter);
      expect(article.title).toBe(page.expected.title);
      expect(article.outlet).toBe(page.expected.outlet);
      expect(article.date).toBe(page.expected.date);
      expect(article.byline).toBe(page.expected.byline);
      expect(allText).not.toMatch(/[\u0080-\u009f\ufffd]/);
    });
  }

  it("keeps the page's canonical URL, resolved and without tracking parameters, on the page's own site only", () => {
    expect(extract(wirePage("/world/china-envoy-ceasefire-amp")).canonicalUrl).toBe(
      "https://news.example/world/china-envoy-ceasefire",
    );
    const claiming = (canonical: string) =>
      wirePage().body.toString("utf8").replace('href="/world/china-envoy-ceasefire"', `href="${canonical}"`);
    // Another site's URL would let this page replace that site's stored article: the page's own URL is kept.
    expect(
      extractArticle(claiming("https://other-outlet.example/story"), "https://news.example/a").canonicalUrl,
    ).toBe("https://news.example/a");
    expect(
      extractArticle(claiming("https://www.news.example/story"), "https://news.example/a").canonicalUrl,
    ).toBe("https://www.news.example/story");
    expect(extract(latin1Page()).canonicalUrl).toBe("https://news.example/europe/ukraine-loan");
    expect(extract(utf16Page()).canonicalUrl).toBe(pageUrl(utf16Page()));
  });

  it("refuses a paywall stub with a clear message", () => {
    let caught: unknown;
    try {
      extract(paywallPage());
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(BriefError);
    expect((caught as BriefError).code).toBe("not_an_article");
    expect((caught as BriefError).message).toBe(
      "https://news.example/premium/eu-defence-fund is behind a paywall: I can read only 32 words of it.",
    );
  });

  it("refuses a page that is not an article (an index of links)", () => {
    const links = Array.from(
      { length: 40 },
      (_, index) => `<li><a href="/s${index}">Story ${index}</a></li>`,
    );
    const html = `<html><head><title>World news</title></head><body><nav>Home</nav><ul>${links.join("")}</ul></body></html>`;
    expect(() => extractArticle(html, "https://news.example/world")).toThrow(
      /has too little article text to brief/,
    );
  });
});

describe("decodePage", () => {
  it("reads the charset from the header, else the meta tag or XML declaration", () => {
    const latin = Buffer.from([0x3c, 0x70, 0x3e, 0xe9, 0x93, 0x3c, 0x2f, 0x70, 0x3e]); // <p>é“</p>
    expect(decodePage(latin, "iso-8859-1")).toBe("<p>é“</p>");
    const withMeta = Buffer.concat([Buffer.from('<meta charset="windows-1252">'), latin]);
    expect(decodePage(withMeta, undefined)).toBe('<meta charset="windows-1252"><p>é“</p>');
    const xml = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><t>'),
      Buffer.from([0xe9]),
    ]);
    expect(decodePage(xml, undefined)).toContain("<t>é");
    // The header wins over the page.
    expect(
      decodePage(Buffer.concat([Buffer.from('<meta charset="utf-8">'), latin]), "windows-1252"),
    ).toContain("é“");
    // A meta tag that claims UTF-16 on ASCII-compatible bytes means UTF-8.
    expect(decodePage(Buffer.from('<meta charset="utf-16"><p>Brüssel</p>'), undefined)).toContain("Brüssel");
  });
});
