import { afterEach, describe, expect, it } from "vitest";
import { ingestCommand } from "../../src/cli/ingestCommand";
import { type NewsServer, newsPages, startNewsServer } from "../support/newsPages";
import { runCliInProcess } from "../support/runCommand";
import { temporaryDatabasePath } from "../support/tempDatabase";

const servers: NewsServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function serveNews() {
  let origin = "";
  const feed =
    () => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><id>d</id>
    <updated>2025-06-14T00:00:00Z</updated>
    <entry><title>Envoy</title><id>1</id><link href="${origin}/world/china-envoy-ceasefire"/><published>2025-06-12T01:41:00Z</published><updated>2025-06-12T01:41:00Z</updated></entry>
    <entry><title>Analysis</title><id>2</id><link rel="alternate" href="${origin}/analysis/drone-strikes-talks"/><updated>2025-06-14T00:00:00Z</updated></entry>
    <entry><title>Loan</title><id>3</id><link href="${origin}/europe/ukraine-loan"/><updated>2025-05-20T00:00:00Z</updated></entry>
  </feed>`;
  const server = await startNewsServer(newsPages(), {
    routes: {
      "/atom.xml": (_request, response) => {
        response.writeHead(200, { "content-type": "application/atom+xml; charset=utf-8" });
        response.end(feed());
      },
    },
  });
  origin = server.origin;
  servers.push(server);
  return {
    server,
    environment: { BRIEF_DB: temporaryDatabasePath(), BRIEF_FETCH_ALLOW_HOSTS: `127.0.0.1:${server.port}` },
  };
}

describe("npm run ingest -- <url> | --feed", () => {
  it("fetches, extracts and stores a URL", async () => {
    const { server, environment } = await serveNews();
    const url = `${server.origin}/europe/ukraine-loan`;
    const first = await runCliInProcess(ingestCommand, [url], environment);
    expect(first.stderr).toBe("");
    expect(first.stdout.trim()).toBe(
      "added: eu-ministers-back-45bn-loan-for-ukraine-from-russian-assets — EU ministers back €45bn loan for Ukraine from Russian assets (9 sentences)",
    );
    expect(first.code).toBe(0);
  });

  it("exits 2 with one line for a refused address or a paywalled page", async () => {
    const { server, environment } = await serveNews();
    const refused = await runCliInProcess(ingestCommand, ["http://169.254.169.254/latest/"], {
      BRIEF_DB: environment.BRIEF_DB,
    });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      "I won't fetch http://169.254.169.254/latest/: it points at a link-local address (such as the cloud metadata service).\n",
    );
    const paywalled = await runCliInProcess(
      ingestCommand,
      [`${server.origin}/premium/eu-defence-fund`],
      environment,
    );
    expect(paywalled.code).toBe(2);
    expect(paywalled.stderr).toBe(
      `${server.origin}/premium/eu-defence-fund is behind a paywall: I can read only 32 words of it. Save the article's text to a file and run \`npm run ingest -- <file>\`.\n`,
    );
  });

  it("ingests a feed's items since a date and prints a line for each", async () => {
    const { server, environment } = await serveNews();
    const result = await runCliInProcess(
      ingestCommand,
      ["--feed", `${server.origin}/atom.xml`, "--since", "2025-06-01"],
      environment,
    );
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split("\n")).toEqual([
      "added: chinas-envoy-says-beijing-ready-to-help-broker-ukraine-ceasefire — China's envoy says Beijing ready to help broker Ukraine ceasefire (9 sentences)",
      "added: analysis-drone-strikes-on-russian-oil-leave-talks-further-away — Analysis: Drone strikes on Russian oil leave talks further away (9 sentences)",
      "2 ingested, 0 stored already, 0 failed, 1 older than --since",
    ]);
    const badDate = await runCliInProcess(
      ingestCommand,
      ["--feed", `${server.origin}/atom.xml`, "--since", "soon"],
      environment,
    );
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toMatch(/^--since must be a date like 2025-06-01, not 'soon'\./);
  });
});
