import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDatabase, startEmbeddedPostgres } from "../test/support/embeddedPostgres";
import { FigureBook, formatTable } from "./figures";
import { describeMachine } from "./machine";
import type { BenchPostgres, Section } from "./section";
import { ackLatencySection } from "./sections/ackLatency";
import { crashRecoverySection } from "./sections/crashRecovery";
import { followUpCostSection } from "./sections/followUpCost";
import { longArticleSection } from "./sections/longArticle";
import { offlineBriefingSection } from "./sections/offlineBriefing";
import { progressiveBriefingSection } from "./sections/progressiveBriefing";
import { promptTokensSection } from "./sections/promptTokens";
import { storeScaleSection } from "./sections/storeScale";
import { threadFollowUpsSection } from "./sections/threadFollowUps";

/**
 * `npm run bench [-- --quick] [--runs N] [--only id,id]`: runs each section, prints the table and writes
 * bench/results.json with the machine, the Node version, and each figure's median and spread over runs.
 */

const sections: Section[] = [
  ackLatencySection,
  threadFollowUpsSection,
  offlineBriefingSection,
  followUpCostSection,
  promptTokensSection,
  storeScaleSection,
  longArticleSection,
  crashRecoverySection,
  progressiveBriefingSection,
];

const usage = `Usage: npm run bench -- [--quick] [--runs N] [--only ${sections.map((section) => section.id).join(",")}] [--profile DIR] [--pg]
  --profile DIR   the app and bare Bolt processes write V8 CPU profiles (.cpuprofile) into DIR
  --pg            also measure on Postgres (an embedded server the bench starts), beside SQLite`;

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    runs: { type: "string" },
    only: { type: "string" },
    profile: { type: "string" },
    pg: { type: "boolean", default: false },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const quick = values.quick === true;
const runs = values.runs === undefined ? (quick ? 1 : 3) : Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs must be a positive integer.\n${usage}`);
  process.exit(2);
}
const onlyIds = values.only?.split(",").map((id) => id.trim());
const unknownIds = onlyIds?.filter((id) => !sections.some((section) => section.id === id)) ?? [];
if (unknownIds.length > 0) {
  console.error(`Unknown section: ${unknownIds.join(", ")}.\n${usage}`);
  process.exit(2);
}
const selected = sections.filter((section) => !onlyIds || onlyIds.includes(section.id));

const machine = describeMachine();
// A deployed Postgres writes to disk on every commit; the bench measures that, not the tests' fast setting.
const postgresServer = values.pg ? await startEmbeddedPostgres({ durable: true }) : undefined;
let databasesCreated = 0;
const postgres: BenchPostgres | undefined = postgresServer && {
  createDatabase: (name) => {
    databasesCreated += 1;
    return createDatabase(postgresServer.adminUrl, `${name}_${databasesCreated}`);
  },
};
console.log(
  `brief-bot bench: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, load ${machine.loadAverageAtStart}, ${runs} run(s)${quick ? ", quick" : ""}`,
);
const book = new FigureBook();
const started = Date.now();
const loadAverage = () => Math.round((os.loadavg()[0] ?? 0) * 100) / 100;
const sectionTimings: Array<{ id: string; seconds: number; loadAverageAtStart: number }> = [];
for (const section of selected) {
  const sectionStarted = Date.now();
  const loadAverageAtStart = loadAverage();
  console.log(`\n== ${section.title} (load ${loadAverageAtStart})`);
  await section.run({
    book,
    runs,
    quick,
    progress: (line) => console.log(line),
    profileDirectory: values.profile ? path.resolve(values.profile) : undefined,
    postgres,
  });
  const seconds = Math.round((Date.now() - sectionStarted) / 100) / 10;
  sectionTimings.push({ id: section.id, seconds, loadAverageAtStart });
  console.log(`   (${seconds} s)`);
}
await postgresServer?.stop();
const results = book.results();
console.log(`\n${formatTable(results)}`);
if (book.notes.length > 0) console.log(`\nNotes:\n${book.notes.map((note) => `- ${note}`).join("\n")}`);
const resultsPath = path.join(import.meta.dirname, "results.json");
fs.writeFileSync(
  resultsPath,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      machine,
      loadAverageAtEnd: loadAverage(),
      sections: sectionTimings,
      runs,
      quick,
      postgres: values.pg === true,
      durationSeconds: Math.round((Date.now() - started) / 1000),
      figures: results,
      notes: book.notes,
    },
    null,
    2,
  )}\n`,
);
console.log(
  `\nWrote ${path.relative(process.cwd(), resultsPath)} in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
);
