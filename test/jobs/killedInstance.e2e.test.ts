import { describe, expect, it } from "vitest";
import type { Storage } from "../../src/store/storage";
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
import { countRows, openTestStorage, type StorageBackend, storageBackends } from "../support/storageBackends";

/**
 * Two instances on one Postgres database, one killed (-9) while it is posting a reply that Slack took but
 * never confirmed: the other claims its jobs once their leases run out, finds that reply by its metadata
 * instead of posting it again, and answers the rest. Every question gets exactly one reply.
 */

/** Resolves once no job is pending or running (the job whose ack was last may still be on its way). */
async function untilEveryJobIsDone(storage: Storage, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await countRows(storage, "jobs WHERE state <> 'done'")) > 0) {
    if (Date.now() > deadline) throw new Error(`jobs still unfinished after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("an instance killed with work in flight, on Postgres", () => {
  const postgres = storageBackends.find((backend) => backend.name === "Postgres") as StorageBackend;
  const leaseMs = 2_000;
  const pollMs = 250;

  it("has its jobs finished by the other within its lease, and what it had posted is not posted again", async () => {
    const { api, location, instances } = await startInstances(postgres, 2, {
      BRIEF_JOB_LEASE_MS: String(leaseMs),
      BRIEF_JOB_POLL_MS: String(pollMs),
    });
    const storage = await openTestStorage(location);
    const threadTs = await postBriefing(api, instances[0] as AppProcess);
    await untilEveryJobIsDone(storage);

    // The next placeholder reply reaches Slack, and then the line goes dead: its poster never hears back.
    api.script("chat.postMessage", { kind: "hang", record: true });
    const count = 12;
    const statuses = await sendAll(
      Array.from({ length: count }, (_, index) => () => {
        const target = instances[index % instances.length] as AppProcess;
        return sendSlackRequest(target.baseUrl, threadQuestion(threadTs, 1_000 + index), { signingSecret });
      }),
      4,
    );
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    const hung = (await api.waitForCalls("chat.postMessage", 2, 20_000))[1];
    const victimIndex = instances.findIndex((_, index) => hung?.token === botTokenOf(index));
    const victim = instances[victimIndex] as AppProcess;
    const survivor = instances[1 - victimIndex] as AppProcess;
    await victim.crash();
    const killedAt = Date.now();

    const hungJob = jobIdOf(hung);
    const [taken] = await survivor.waitForLog("job.done", 30_000, 1, (line) => line.job === hungJob);
    // Claimed again once the lease ran out, found already posted, finished. Issue 12's acceptance asks for
    // "within its lease", literally, so a bound stays: the lease, a few polls and 10 s for a machine running
    // several suites at once; a job left to the default 30 s lease still fails it.
    expect(Date.parse(String(taken?.time)) - killedAt).toBeLessThan(leaseMs + 4 * pollMs + 10_000);
    expect(
      survivor.logs.some((line) => line.event === "slack.resume_found_post" && line.job === hungJob),
    ).toBe(true);

    // Every question answered (the hung reply counts: Slack has it), every job done, then time for a duplicate.
    await api.waitForCalls("chat.postMessage", 1 + count, 30_000);
    await untilEveryJobIsDone(storage);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const replies = repliesIn(api, threadTs);
    expect(replies).toHaveLength(count);
    expect(new Set(replies.map(jobIdOf)).size).toBe(count);
    // Every placeholder, the one whose poster died included, was replaced by its answer.
    expect(unanswered(api, replies)).toEqual([]);
    expect(survivor.logs.filter((line) => line.level === "error")).toEqual([]);
  }, 90_000);
});
