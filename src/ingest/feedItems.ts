import { parseFeed } from "feedsmith";
import { z } from "zod";
import { BriefError } from "../domain/errors";

/** The items of an RSS, Atom, RDF or JSON feed that link to an article, newest first as the feed lists them. */

export interface FeedItem {
  url: string;
  title: string | undefined;
  /** When the feed says it was published (or updated, for Atom entries without a published date). */
  published: Date | undefined;
}

// feedsmith's output, read only as far as these fields; anything else in the feed is ignored.
const textOrValue = z.union([z.string(), z.object({ value: z.string().optional() })]).optional();
const dublinCore = z.object({ dates: z.array(z.string()).optional() }).optional();
const FeedSchema = z.discriminatedUnion("format", [
  z.object({
    format: z.enum(["rss", "rdf"]),
    feed: z.object({
      items: z
        .array(
          z.object({
            link: z.string().optional(),
            title: z.string().optional(),
            pubDate: z.string().optional(),
            guid: z.object({ value: z.string().optional(), isPermaLink: z.boolean().optional() }).optional(),
            dc: dublinCore,
          }),
        )
        .default([]),
    }),
  }),
  z.object({
    format: z.literal("atom"),
    feed: z.object({
      entries: z
        .array(
          z.object({
            title: textOrValue,
            links: z.array(z.object({ href: z.string().optional(), rel: z.string().optional() })).default([]),
            published: z.string().optional(),
            updated: z.string().optional(),
          }),
        )
        .default([]),
    }),
  }),
  z.object({
    format: z.literal("json"),
    feed: z.object({
      items: z
        .array(
          z.object({
            url: z.string().optional(),
            title: z.string().optional(),
            date_published: z.string().optional(),
            date_modified: z.string().optional(),
          }),
        )
        .default([]),
    }),
  }),
]);

function dateOf(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const plain = (value: z.infer<typeof textOrValue>) =>
  (typeof value === "string" ? value : value?.value)?.trim();

/** A guid is a link only when it looks like one (RSS says isPermaLink defaults to true, but many feeds lie). */
const linkLike = (value: string | undefined) => (value && /^https?:\/\//i.test(value) ? value : undefined);

export function feedItems(text: string, feedUrl: string): FeedItem[] {
  let parsed: z.infer<typeof FeedSchema>;
  try {
    parsed = FeedSchema.parse(parseFeed(text));
  } catch (error) {
    throw new BriefError(
      "fetch_failed",
      `${feedUrl} is not an RSS, Atom or JSON feed I can read.`,
      { url: feedUrl },
      { cause: error },
    );
  }
  const raw: Array<{ link: string | undefined; title: string | undefined; published: string | undefined }> =
    parsed.format === "atom"
      ? parsed.feed.entries.map((entry) => ({
          link: (entry.links.find((link) => !link.rel || link.rel === "alternate") ?? entry.links[0])?.href,
          title: plain(entry.title),
          published: entry.published ?? entry.updated,
        }))
      : parsed.format === "json"
        ? parsed.feed.items.map((item) => ({
            link: item.url,
            title: item.title,
            published: item.date_published ?? item.date_modified,
          }))
        : parsed.feed.items.map((item) => ({
            link: item.link ?? linkLike(item.guid?.value),
            title: item.title,
            published: item.pubDate ?? item.dc?.dates?.[0],
          }));
  const items: FeedItem[] = [];
  const seen = new Set<string>();
  for (const entry of raw) {
    if (!entry.link) continue;
    let url: string;
    try {
      url = new URL(entry.link.trim(), feedUrl).href;
    } catch {
      continue;
    }
    if (seen.has(url)) continue;
    seen.add(url);
    items.push({ url, title: entry.title?.trim() || undefined, published: dateOf(entry.published) });
  }
  return items;
}
