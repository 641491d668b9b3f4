import { describe, expect, it } from "vitest";
import {
  botTokenOf,
  jobIdOf,
  postBriefing,
  repliesIn,
  sendAll,
  signingSecret,
  startInstances,
  threadQuestion,
  unanswered,
} from "../support/appInstances";
import type { AppProcess } from "../support/appProcess";
import { sendSlackRequest } from "../support/signedSlackRequests";
import { countRows, openTestStorage, storageBackends } from "../support/storageBackends";

/**
 * Two app processes on one database, as `npm start` runs them: two workers on one SQLite file (one host), or
 * two instances on one Postgres database (two hosts behind a load balancer). Every delivery goes to one of
 * them and every redelivery to the other; each question is answered exactly once, by whichever process's
 * worker claims its job. (An instance killed with work in flight: killedInstance.e2e.test.ts.)
 */

describe.each(storageBackends)("several app processes on one $name database", (backend) => {
  it("answers 400 distinct questions once each despite 200 redeliveries spread over two processes, with no error", async () => {
    const { api, location, instances } = await startInstances(backend, 2, {
      BRIEF_JOB_POLL_MS: "200",
    });
    const [first] = instances as [AppProcess];
    const threadTs = await postBriefing(api, first);

    const distinct = 400;
    const deliveries: Array<() => Promise<{ status: number }>> = [];
    for (let index = 0; index < distinct; index += 1) {
      const target = instances[index % instances.length] as AppProcess;
      const other = instances[(index + 1) % instances.length] as AppProcess;
      deliveries.push(() =>
        sendSlackRequest(target.baseUrl, threadQuestion(threadTs, index), { signingSecret }),
      );
      // Every other question is redelivered, to another process.
      if (index % 2 === 0)
        deliveries.push(() =>
          sendSlackRequest(other.baseUrl, threadQuestion(threadTs, index), { signingSecret, retryNum: 1 }),
        );
    }
    const statuses = await sendAll(deliveries, 16);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    expect(statuses).toHaveLength(distinct + distinct / 2);

    // Each question: a "Reading the article…" placeholder, then the answer in its place (chat.update). The
    // waits are generous because they only bound a loaded machine's slowness; what is checked is the count.
    await api.waitForCalls("chat.postMessage", 1 + distinct, 240_000);
    await api.waitForCalls("chat.update", distinct, 120_000);
    // A late duplicate would show up after the last expected reply.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const replies = repliesIn(api, threadTs);
    expect(replies).toHaveLength(distinct);
    expect(new Set(replies.map(jobIdOf)).size).toBe(distinct);
    expect(unanswered(api, replies)).toEqual([]);
    // The work was shared: every process answered some.
    for (const index of instances.keys())
      expect(replies.filter((call) => call.token === botTokenOf(index)).length).toBeGreaterThan(0);
    for (const instance of instances)
      expect(instance.logs.filter((line) => line.level === "error")).toEqual([]);
    const storage = await openTestStorage(location);
    expect(await countRows(storage, "jobs")).toBe(distinct + 1);
    expect(await countRows(storage, "jobs WHERE state = 'done'")).toBe(distinct + 1);
  }, 420_000);
});
