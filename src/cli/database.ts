import { parseArgs } from "node:util";
import { loadCoreConfig, readProcessEnvironment } from "../config";
import { isBriefError } from "../domain/errors";
import { formatBytes } from "../store/articleStore";
import { backupDatabase, checkDatabase, openExistingDatabase } from "../store/databaseCheck";

const usage = `Usage: npm run db:check            integrity check, row counts and jobs by state of BRIEF_DB
       npm run db:backup -- <file>  a consistent copy of BRIEF_DB in <file> (VACUUM INTO), safe while the app runs`;

/**
 * \`npm run db:check\` and \`npm run db:backup -- <file>\`: on the file itself, read-only, without building the
 * services (which would seed and write). Exit 0 when all is well, 1 when the file is damaged or unreadable,
 * 2 for a usage mistake.
 */
async function main(): Promise<number> {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  const [command, target, ...extra] = positionals;
  const config = loadCoreConfig(await readProcessEnvironment());
  if (config.databaseUrl) {
    process.stderr.write(
      "db:check and db:backup work on the SQLite file; on Postgres use psql and pg_dump.\n",
    );
    return 2;
  }
  if (command === "check" && target === undefined) {
    const database = openExistingDatabase(config.databasePath);
    const report = checkDatabase(database, config.databasePath);
    database.close();
    const healthy = report.integrity.length === 1 && report.integrity[0] === "ok";
    const lines = [
      `${report.databasePath}: ${formatBytes(report.bytes.database)}, write-ahead log ${formatBytes(report.bytes.wal)}`,
      `integrity: ${healthy ? "ok" : report.integrity.slice(0, 20).join("; ")}`,
      ...report.tables.map(
        (table) => `  ${table.name.padEnd(28)} ${table.rows.toLocaleString("en-US").padStart(10)}`,
      ),
    ];
    if (report.jobs)
      lines.push(
        `jobs: ${
          Object.entries(report.jobs)
            .map(([state, count]) => `${state} ${count}`)
            .join(", ") || "none"
        }`,
      );
    process.stdout.write(`${lines.join("\n")}\n`);
    return healthy ? 0 : 1;
  }
  if (command === "backup" && target !== undefined && extra.length === 0) {
    const database = openExistingDatabase(config.databasePath);
    const { bytes } = backupDatabase(database, target);
    database.close();
    process.stdout.write(`backed up ${config.databasePath} to ${target} (${formatBytes(bytes)})\n`);
    return 0;
  }
  process.stderr.write(`${usage}\n`);
  return 2;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (!isBriefError(error)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = error.code === "bad_input" ? 2 : 1;
}
