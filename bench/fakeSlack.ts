import { setTimeout as sleep } from "node:timers/promises";
import { type FakeSlackApi, type RecordedCall, startFakeSlackApi } from "../test/support/fakeSlackApi";

/**
 * The tests' fake Slack Web API (test/support/fakeSlackApi.ts), with what a load run needs on top: counts
 * that can be reset between measurements (so its call log stays small) and a cheap poll for "all replies
 * posted" instead of a waiter re-scanning the whole log on every call.
 */
export interface FakeSlack {
  apiUrl: string;
  responseUrl: string;
  postedMessages(): RecordedCall[];
  /** The ts of every message updated in place (a follow-up's placeholder replaced by its answer). */
  updatedMessages(): Set<string>;
  /** Scripted replies for the next calls to a method (a hang, an error), as the tests' fake takes them. */
  script: FakeSlackApi["script"];
  resetCounts(): void;
  /** Resolves with the chat.postMessage count once it reaches `count`, or after `timeoutMs` with what it saw. */
  waitForPostedMessages(count: number, timeoutMs: number): Promise<number>;
  close(): Promise<void>;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const fake: FakeSlackApi = await startFakeSlackApi();
  const postedMessages = () => fake.callsTo("chat.postMessage");
  return {
    apiUrl: fake.apiUrl,
    responseUrl: fake.responseUrl,
    postedMessages,
    updatedMessages: () => new Set(fake.callsTo("chat.update").map((call) => String(call.params.ts))),
    script: (method, ...replies) => fake.script(method, ...replies),
    resetCounts() {
      fake.calls.length = 0;
    },
    async waitForPostedMessages(count, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      let seen = postedMessages().length;
      while (seen < count && Date.now() < deadline) {
        await sleep(20);
        seen = postedMessages().length;
      }
      return seen;
    },
    close: () => fake.close(),
  };
}
