import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Paragraph } from "../domain/article";
import { BriefError } from "../domain/errors";

/**
 * A news page's HTML → its article: metadata from JSON-LD and meta tags, the text from Readability after the
 * page's clutter (captions, ads, share bars, newsletter boxes, related links) is removed. Block elements become
 * paragraphs and list items bullets. Pure: HTML in, article out.
 */

export interface ExtractedArticle {
  title: string;
  byline: string | undefined;
  /** The outlet's name (og:site_name, or the JSON-LD publisher). */
  outlet: string | undefined;
  /** The publication date as YYYY-MM-DD, as the page states it. */
  date: string | undefined;
  /** The page's canonical URL (without tracking parameters), else the URL it was fetched from. */
  canonicalUrl: string;
  /** The body, without the headline. */
  paragraphs: Paragraph[];
  wordCount: number;
}

/** Fewer words than this is a teaser, a paywall stub or an index page, not an article to brief. */
export const minimumArticleWords = 100;

// Minimal DOM shapes: linkedom's document, without pulling the DOM library into the whole project's types.
interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  tagName: string;
  className: string;
  id: string;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
  parentElement: DomElement | null;
}
interface DomDocument {
  title: string;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
}

const elementNode = 1;
const textNode = 3;

const all = (root: { querySelectorAll(selector: string): ArrayLike<DomElement> }, selector: string) =>
  Array.from(root.querySelectorAll(selector));

const normaliseSpace = (text: string) => text.replace(/\s+/g, " ").trim();

/** Elements that are never article text. */
const clutterSelector = [
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "svg",
  "form",
  "button",
  "nav",
  "aside",
  "footer",
  "figure",
  "figcaption",
  "picture",
  "[role=navigation]",
  "[role=complementary]",
  "[role=contentinfo]",
  "[hidden]",
  "[aria-hidden=true]",
].join(",");

/** A class or id word that marks ads, share bars, newsletter boxes, related links and captions. */
const clutterName =
  /(^|[-_\s])(ad|ads|adv|advert|advertisement|adslot|ad-slot|dfp|sponsor|sponsored|promo|share|sharing|social|newsletter|signup|subscribe|related|recirc|more-stories|read-more|outbrain|taboola|caption|credit|tags|breadcrumbs?|byline|author-bio|comments?)([-_\s]|$)/i;

/** Whole paragraphs that are labels, not text. */
const clutterText =
  /^(advertisement|ad|sponsored|story continues below( this)? (advertisement|ad)|continue reading( below)?|read more:?.*|related:.*|sign up( for)?.*newsletter.*|share this (article|story)|follow us on .*)$/i;

function isClutterElement(element: DomElement): boolean {
  const names = `${element.className} ${element.id}`;
  return clutterName.test(names);
}

function removeClutter(document: DomDocument): void {
  for (const element of all(document, clutterSelector)) element.remove();
  // The article body itself may carry a word like "share" in a long class list; never remove <article>/<main>.
  for (const element of all(document, "body *")) {
    const tag = element.tagName.toLowerCase();
    if (tag === "article" || tag === "main" || tag === "body") continue;
    if (isClutterElement(element)) element.remove();
  }
}

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function jsonLdObjects(document: DomDocument): JsonObject[] {
  const objects: JsonObject[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) {
      objects.push(value);
      if (value["@graph"]) visit(value["@graph"]);
    }
  };
  for (const script of all(document, 'script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // A page's broken JSON-LD is its problem; the meta tags still count.
    }
  }
  return objects;
}

const articleTypes =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle)$/;

function isArticleObject(object: JsonObject): boolean {
  const type = object["@type"];
  const types = Array.isArray(type) ? type : [type];
  return types.some((entry) => typeof entry === "string" && articleTypes.test(entry));
}

const text = (value: unknown): string | undefined =>
  typeof value === "string" && normaliseSpace(value) !== "" ? normaliseSpace(value) : undefined;

function names(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(names);
  if (typeof value === "string") return text(value) ? [normaliseSpace(value)] : [];
  if (isObject(value)) return text(value.name) ? [normaliseSpace(String(value.name))] : [];
  return [];
}

interface PageMetadata {
  headline: string | undefined;
  byline: string | undefined;
  outlet: string | undefined;
  date: string | undefined;
  canonical: string | undefined;
  /** JSON-LD's isAccessibleForFree: false, which outlets set on subscriber-only articles. */
  paywalled: boolean;
}

function meta(document: DomDocument, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const element =
      document.querySelector(`meta[property="${key}"]`) ??
      document.querySelector(`meta[name="${key}"]`) ??
      document.querySelector(`meta[itemprop="${key}"]`);
    const value = text(element?.getAttribute("content"));
    if (value) return value;
  }
  return undefined;
}

/** YYYY-MM-DD from an ISO date or a date-time, as written (the outlet's own day, not converted to UTC). */
function dayOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim())?.[1];
  if (iso) return iso;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString().slice(0, 10);
}

function readMetadata(document: DomDocument): PageMetadata {
  const objects = jsonLdObjects(document);
  const article = objects.find(isArticleObject);
  const publisher = article && names(article.publisher)[0];
  const website = objects.find((object) => object["@type"] === "WebSite");
  const timeElement =
    document.querySelector("article time[datetime]") ?? document.querySelector("time[datetime]");
  const authorNames = article ? names(article.author) : [];
  return {
    headline: text(article?.headline) ?? meta(document, "og:title", "twitter:title"),
    byline: authorNames.length > 0 ? authorNames.join(", ") : meta(document, "author", "article:author"),
    outlet: meta(document, "og:site_name") ?? publisher ?? text(website?.name),
    date: dayOf(
      text(article?.datePublished) ??
        meta(document, "article:published_time", "datePublished", "date", "pubdate", "dc.date") ??
        text(timeElement?.getAttribute("datetime")),
    ),
    canonical:
      text(document.querySelector('link[rel="canonical"]')?.getAttribute("href")) ?? meta(document, "og:url"),
    paywalled: article?.isAccessibleForFree === false || article?.isAccessibleForFree === "False",
  };
}

/** "Headline | Outlet" or "Headline - Outlet" → "Headline", when the suffix is the outlet's name. */
function withoutOutletSuffix(title: string, outlet: string | undefined): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return title;
  const last = parts.at(-1)?.toLowerCase() ?? "";
  const isOutlet = outlet ? last === outlet.toLowerCase() || outlet.toLowerCase().includes(last) : false;
  return isOutlet ? parts.slice(0, -1).join(" - ") : title;
}

const blockTags = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "header",
  "blockquote",
  "pre",
  "ul",
  "ol",
  "li",
  "dl",
  "dt",
  "dd",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "table",
  "tbody",
  "thead",
  "tr",
  "td",
  "th",
  "hr",
  "br",
]);

/**
 * Paragraphs from Readability's content: each run of inline text between block boundaries is one paragraph;
 * the text of a list item is a bullet. A <br> inside a paragraph is a line break, not a new paragraph.
 */
function collectParagraphs(root: DomNode): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let run = "";
  let runIsBullet = false;
  const flush = () => {
    const paragraph = normaliseSpace(run);
    if (paragraph !== "" && /[\p{L}\p{N}]/u.test(paragraph) && !clutterText.test(paragraph))
      paragraphs.push({ text: paragraph, bullet: runIsBullet });
    run = "";
  };
  const walk = (node: DomNode, inBullet: boolean) => {
    if (node.nodeType === textNode) {
      if (run === "") runIsBullet = inBullet;
      run += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== elementNode) return;
    const tag = (node as DomElement).tagName.toLowerCase();
    if (tag === "br") {
      run += " ";
      return;
    }
    if (!blockTags.has(tag)) {
      for (const child of Array.from(node.childNodes)) walk(child, inBullet);
      return;
    }
    flush();
    const bullet = tag === "li" ? true : inBullet;
    for (const child of Array.from(node.childNodes)) walk(child, bullet);
    flush();
  };
  walk(root, false);
  return paragraphs;
}

const wordsIn = (paragraphs: readonly Paragraph[]) =>
  paragraphs.reduce((count, paragraph) => count + (paragraph.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);

/** The same site: one host, or one a subdomain of the other (`www.outlet.example` and `outlet.example`). */
function sameSite(left: URL, right: URL): boolean {
  const [a, b] = [left.hostname, right.hostname];
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

/**
 * The page's canonical URL, trusted only on the page's own site: the store reuses (and replaces) the article
 * stored for a canonical URL, so a page elsewhere must not claim another outlet's article as its own.
 */
function canonicalUrlOf(candidate: string | undefined, pageUrl: string): string {
  if (!candidate) return pageUrl;
  try {
    const url = new URL(candidate, pageUrl);
    if (url.protocol !== "http:" && url.protocol !== "https:") return pageUrl;
    if (!sameSite(url, new URL(pageUrl))) return pageUrl;
    // Tracking parameters and fragments would make one article look like several.
    for (const name of [...url.searchParams.keys()])
      if (/^(utm_|fbclid$|gclid$)/i.test(name)) url.searchParams.delete(name);
    url.hash = "";
    return url.href;
  } catch {
    return pageUrl;
  }
}

function tooLittleText(pageUrl: string, wordCount: number, paywalled: boolean): BriefError {
  const reason = paywalled
    ? `is behind a paywall: I can read only ${wordCount} words of it`
    : `has too little article text to brief (${wordCount} words): it may be behind a paywall or not be an article`;
  // The edges add how to give the text another way (pasting it in Slack, a file on the command line).
  return new BriefError("not_an_article", `${pageUrl} ${reason}.`, {
    url: pageUrl,
    wordCount,
    pasteInstead: true,
  });
}

/** The article of a page fetched from `pageUrl`; a page with too little text is a BriefError, never stored. */
export function extractArticle(html: string, pageUrl: string): ExtractedArticle {
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  const metadata = readMetadata(document);
  const pageTitle = normaliseSpace(document.title ?? "");
  // The byline element goes with the clutter below; its text is kept when no metadata names the author.
  const bylineElement = document.querySelector('.byline, [rel="author"], [itemprop="author"]');
  const bylineText = text(bylineElement?.textContent);
  removeClutter(document);
  const parsed = new Readability(document as never, {
    charThreshold: 200,
    serializer: (node) => node as unknown as DomNode,
  }).parse();
  const paragraphs = parsed?.content ? collectParagraphs(parsed.content) : [];
  const outlet = metadata.outlet ?? text(parsed?.siteName);
  const rawTitle = metadata.headline ?? text(parsed?.title) ?? pageTitle;
  const title = rawTitle ? withoutOutletSuffix(rawTitle, outlet) : "";
  // Readability usually drops the <h1>; when it keeps it, the headline is not a paragraph of the body.
  if (paragraphs[0] && paragraphs[0].text === title) paragraphs.shift();
  const wordCount = wordsIn(paragraphs);
  if (wordCount < minimumArticleWords || title === "")
    throw tooLittleText(pageUrl, wordCount, metadata.paywalled);
  const byline =
    metadata.byline ??
    text(parsed?.byline) ??
    (bylineText && bylineText.length <= 120 ? bylineText : undefined);
  return {
    title,
    byline: byline?.replace(/^by\s+/i, ""),
    outlet,
    date: metadata.date ?? dayOf(text(parsed?.publishedTime)),
    canonicalUrl: canonicalUrlOf(metadata.canonical, pageUrl),
    paragraphs,
    wordCount,
  };
}
