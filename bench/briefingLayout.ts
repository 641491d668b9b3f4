import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadCoreConfig, projectRoot } from "../src/config";
import { createLogger } from "../src/log";
import { renderBriefingMessages, visibleCharacters } from "../src/render/briefingBlocks";
import { createServices } from "../src/services";
import { markupCharacters, sentencesShownMoreThanOnce } from "../test/support/messageMeasures";

/**
 * `npm run layout [-- --preview ../shared/tools/slack-preview/preview.mjs] [--out DIR] [--url]`: the channel
 * message of the offline briefing of every fixture article (test/fixtures/articles and data/articles), measured
 * as docs/briefing-layout.md reports it: characters as slack-preview counts them (markup and link URLs
 * included) and as read (a link by its label), sentences shown more than once, and, with --preview, the
 * rendered height at 900 and 390 px. --url stores each article with a URL, so every marker is a text-fragment
 * link. The messages are written to DIR (one slack-preview input per article) for looking at.
 */

const { values } = parseArgs({
  options: {
    preview: { type: "string" },
    out: { type: "string" },
    url: { type: "boolean", default: false },
  },
});

/** What one desktop and one phone screen show of a channel's messages, in px (see the doc). */
const desktopScreen = 800;
const phoneScreen = 700;

function renderedHeight(previewTool: string, input: string, width: number): number {
  const output = execFileSync(
    process.execPath,
    [previewTool, input, input.replace(/\.json$/, `-${width}`), "--width", String(width)],
    { encoding: "utf8" },
  );
  const height = /height=(\d+)px/.exec(output)?.[1];
  if (!height) throw new Error(`slack-preview printed no height for ${input}: ${output}`);
  return Number(height);
}

const outDirectory = values.out ?? fs.mkdtempSync(path.join(os.tmpdir(), "briefing-layout-"));
fs.mkdirSync(outDirectory, { recursive: true });
const databaseFolder = fs.mkdtempSync(path.join(os.tmpdir(), "briefing-layout-db-"));
const services = await createServices(
  loadCoreConfig({ BRIEF_DB: path.join(databaseFolder, "brief.db"), BRIEF_ENGINE: "offline" }),
  createLogger({ write: () => {} }),
);
try {
  const sources = [
    ...["test/fixtures/articles", "data/articles"].flatMap((folder) =>
      fs
        .readdirSync(path.join(projectRoot, folder))
        .filter((file) => file.endsWith(".txt"))
        .map((file) => path.join(projectRoot, folder, file)),
    ),
  ];
  const rows: string[][] = [];
  for (const file of sources) {
    const slug = path.basename(file, ".txt");
    await services.store.ingestFile(file, {
      slug,
      ...(values.url && { url: `https://news.example/world/${slug}` }),
    });
    const briefing = await services.briefings.brief(slug);
    const sentences = await services.store.sentences(slug);
    const [message] = renderBriefingMessages(briefing, { requestedBy: "U0FAKEUSER1" });
    if (!message) throw new Error(`no message for ${slug}`);
    const input = path.join(outDirectory, `${slug}.json`);
    fs.writeFileSync(
      input,
      JSON.stringify([{ method: "chat.postMessage", args: message, ts: "1767226000.000001" }]),
    );
    const heights = values.preview
      ? [900, 390].map((width) => renderedHeight(values.preview as string, input, width))
      : undefined;
    rows.push([
      slug,
      String(sentences.length),
      String(markupCharacters(message.blocks)),
      String(visibleCharacters(message.blocks)),
      heights ? `${heights[0]} px (${((heights[0] ?? 0) / desktopScreen).toFixed(1)})` : "-",
      heights ? `${heights[1]} px (${((heights[1] ?? 0) / phoneScreen).toFixed(1)})` : "-",
      String(sentencesShownMoreThanOnce(message.blocks, sentences).size),
    ]);
  }
  const header = [
    "article",
    "sentences",
    "chars",
    "chars read",
    "900 px (screens)",
    "390 px (screens)",
    "shown twice",
  ];
  const lines = [header, header.map(() => "---"), ...rows].map((row) => `| ${row.join(" | ")} |`);
  process.stdout.write(`${lines.join("\n")}\n\nMessages written to ${outDirectory}\n`);
} finally {
  await services.close();
  fs.rmSync(databaseFolder, { recursive: true, force: true });
}
