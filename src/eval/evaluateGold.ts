import fs from "node:fs";
import path from "node:path";
import type { BriefingService } from "../briefing/briefingService";
import type { ArticleStore } from "../store/articleStore";
import { type GoldFile, loadGoldFile } from "./goldFile";
import { type BriefingScore, scoreBriefing } from "./scoreBriefing";

/** Briefs the gold file's article with the given service and scores the result. */
export async function evaluateGold(
  gold: GoldFile,
  dependencies: { store: ArticleStore; briefings: BriefingService },
): Promise<BriefingScore> {
  const briefing = await dependencies.briefings.brief(gold.slug, { actors: Object.keys(gold.actors) });
  return scoreBriefing(gold, briefing, await dependencies.store.sentences(gold.slug));
}

/** The gold files of a directory (`*.gold.json`), sorted by name. */
export function goldFilesIn(directory: string): GoldFile[] {
  return fs
    .readdirSync(directory)
    .filter((name) => name.endsWith(".gold.json"))
    .sort()
    .map((name) => loadGoldFile(path.join(directory, name)));
}

/** Ingests `<slug>.txt` articles of a directory under their file names, for gold files to refer to. */
export async function ingestArticlesIn(directory: string, store: ArticleStore): Promise<string[]> {
  const slugs: string[] = [];
  for (const name of fs
    .readdirSync(directory)
    .filter((file) => file.endsWith(".txt"))
    .sort()) {
    const slug = name.slice(0, -".txt".length);
    await store.ingestFile(path.join(directory, name), { slug });
    slugs.push(slug);
  }
  return slugs;
}
