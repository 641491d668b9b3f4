import path from "node:path";
import { slashCommandRequest } from "../../test/support/signedSlackRequests";
import { appEnvironment } from "../appEnvironment";
import { freePort, scriptsUnderTest, startChild } from "../childProcess";
import { startFakeSlack } from "../fakeSlack";
import { type Section, temporaryDirectory } from "../section";
import { signRequest } from "../slackRequests";

/**
 * 9. Crash recovery: `/brief xi-putin` acked, its post under way (the fake Slack API holds it and records
 * nothing), then kill -9. A new process on the same database finds the job in the table and posts the
 * briefing once its worker's lease has run out. Timed from the kill: the restart, and the briefing in Slack.
 * With the default lease (30 s) and a short one.
 */

const leases = [30_000, 5_000];

export const crashRecoverySection: Section = {
  id: "crash",
  title: "Crash recovery (kill -9 between ack and post, restart)",
  async run({ book, runs, progress }) {
    const fakeSlack = await startFakeSlack();
    try {
      for (const leaseMs of leases) {
        for (let run = 0; run < runs; run += 1) {
          const temporary = temporaryDirectory("crash");
          const environment = (port: number) =>
            appEnvironment({
              port,
              databasePath: path.join(temporary.directory, "brief.db"),
              slackApiUrl: fakeSlack.apiUrl,
              engine: "offline",
              extra: { BRIEF_JOB_LEASE_MS: String(leaseMs) },
            });
          try {
            fakeSlack.resetCounts();
            const firstPort = await freePort();
            const first = await startChild({
              name: "app-crash-1",
              script: scriptsUnderTest.app,
              env: environment(firstPort),
              port: firstPort,
            });
            fakeSlack.script("chat.postMessage", { kind: "hang", record: false });
            const command = signRequest(
              slashCommandRequest({ text: "xi-putin", response_url: fakeSlack.responseUrl }),
            );
            const response = await fetch(`http://127.0.0.1:${firstPort}/slack/events`, {
              method: "POST",
              headers: command.headers,
              body: command.body,
            });
            await response.text();
            await fakeSlack.waitForPostedMessages(1, 15_000);
            await first.crash();
            const killedAt = performance.now();
            const secondPort = await freePort();
            const second = await startChild({
              name: "app-crash-2",
              script: scriptsUnderTest.app,
              env: environment(secondPort),
              port: secondPort,
            });
            const restartedAt = performance.now();
            const posted = await fakeSlack.waitForPostedMessages(2, leaseMs + 30_000);
            const recoveredAt = performance.now();
            await second.stop();
            const section = "9 crash recovery";
            const lease = `lease ${leaseMs / 1000} s`;
            book.record(
              `crash.${leaseMs}.restart`,
              { section, label: `${lease}: kill -9 → new process listening`, unit: "s" },
              (restartedAt - killedAt) / 1000,
            );
            book.record(
              `crash.${leaseMs}.recovered`,
              {
                section,
                label: `${lease}: kill -9 → the acked briefing posted`,
                unit: "s",
                target: { comparison: "<", value: leaseMs / 1000 + 10 },
              },
              posted >= 2 ? (recoveredAt - killedAt) / 1000 : Number.NaN,
            );
            progress(
              `  run ${run + 1} ${lease}: restart ${((restartedAt - killedAt) / 1000).toFixed(1)} s, posted ${((recoveredAt - killedAt) / 1000).toFixed(1)} s after the kill`,
            );
          } finally {
            temporary.remove();
          }
        }
      }
    } finally {
      await fakeSlack.close();
    }
  },
};
