import fs from "node:fs";
import path from "node:path";
import { loadCoreConfig, projectRoot } from "../../src/config";
import { silentLogger } from "../../src/log";
import { createServices, type Services } from "../../src/services";
import { temporaryDatabasePath } from "./tempDatabase";

/** Offline services on a fresh database holding every committed article (the fixtures and xi-putin), by slug. */
export async function servicesWithFixtureArticles(): Promise<{ services: Services; slugs: string[] }> {
  const services = await createServices(
    loadCoreConfig({ BRIEF_DB: temporaryDatabasePath(), BRIEF_ENGINE: "offline" }),
    silentLogger,
  );
  const slugs: string[] = [];
  for (const folder of ["test/fixtures/articles", "data/articles"])
    for (const file of fs
      .readdirSync(path.join(projectRoot, folder))
      .filter((name) => name.endsWith(".txt"))) {
      const slug = file.replace(/\.txt$/, "");
      await services.store.ingestFile(path.join(projectRoot, folder, file), { slug });
      slugs.push(slug);
    }
  return { services, slugs };
}
