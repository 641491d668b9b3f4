import { describe, expect, it } from "vitest";
import { createSlackState } from "../../src/slack/slackState";
import { slackMarkupToPlainText } from "../../src/slack/slackText";
import {
  closeTestStorage,
  freshTestStorage,
  openTestStorage,
  storageBackends,
} from "../support/storageBackends";

describe.each(storageBackends)("Slack state on $name", (backend) => {
  it("claims a delivery once by any of its keys", async () => {
    const state = createSlackState(await freshTestStorage(backend));
    expect(await state.claimDelivery(["message:C1:1.1", "event:Ev1"])).toBe(true);
    expect(await state.claimDelivery(["message:C1:1.1", "event:Ev2"])).toBe(false);
    expect(await state.claimDelivery(["message:C1:1.2", "event:Ev1"])).toBe(false);
    expect(await state.claimDelivery(["message:C1:1.3", "event:Ev3"])).toBe(true);
  });

  it("gives each delivery to exactly one of two instances claiming it at once", async () => {
    const location = await backend.freshLocation();
    const instances = [await openTestStorage(location), await openTestStorage(location)].map((storage) =>
      createSlackState(storage),
    );
    // An @mention arrives as app_mention and as message: other event ids, the same message key.
    const claims = Array.from({ length: 100 }, (_, index) =>
      instances.map((state, instance) =>
        state.claimDelivery([`message:C1:${index}.1`, `event:Ev${index}-${instance}`]),
      ),
    );
    const won = await Promise.all(claims.map((pair) => Promise.all(pair)));
    expect(won.filter(([first, second]) => first === second)).toEqual([]);
  });

  it("forgets old deliveries when pruned", async () => {
    let now = 1_000_000;
    const state = createSlackState(await freshTestStorage(backend), () => now);
    await state.claimDelivery(["event:Ev1"]);
    now += 60_000;
    expect(await state.pruneDeliveries(30_000)).toBe(1);
    expect(await state.claimDelivery(["event:Ev1"])).toBe(true);
  });

  it("keeps briefing threads and one vote per person across a restart", async () => {
    const location = await backend.freshLocation();
    const first = await openTestStorage(location);
    const state = createSlackState(first);
    await state.rememberBriefingThread({
      channel: "C1",
      ts: "1.1",
      slug: "xi-putin",
      articleHash: "h",
      requestedBy: "U1",
    });
    await state.recordFeedback({ channel: "C1", messageTs: "1.1", user: "U1", vote: "up", slug: "xi-putin" });
    await state.recordFeedback({
      channel: "C1",
      messageTs: "1.1",
      user: "U1",
      vote: "down",
      slug: "xi-putin",
    });
    await state.recordFeedback({
      channel: "C1",
      messageTs: "1.1",
      user: "U2",
      vote: "down",
      slug: "xi-putin",
    });
    await closeTestStorage(first);
    const reopened = createSlackState(await openTestStorage(location));
    expect(await reopened.findBriefingThread("C1", "1.1")).toEqual({
      channel: "C1",
      ts: "1.1",
      slug: "xi-putin",
      articleHash: "h",
      requestedBy: "U1",
    });
    expect(await reopened.findBriefingThread("C1", "9.9")).toBeUndefined();
    expect(await reopened.feedbackFor("C1", "1.1")).toEqual({ up: 0, down: 2 });
    expect(await reopened.feedbackFor("C1", "2.2")).toEqual({ up: 0, down: 0 });
  });
});

describe("slackMarkupToPlainText", () => {
  it("turns Slack markup back into what the person typed, dropping the bot's own mention", () => {
    expect(slackMarkupToPlainText("<@UBOT> what did <@U123|ana> say?", "UBOT")).toBe("what did @ana say?");
    expect(slackMarkupToPlainText("<!channel> see <https://x.example|the truce> &lt;b&gt; &amp;")).toBe(
      "@channel see the truce (https://x.example) <b> &",
    );
    expect(slackMarkupToPlainText("<!subteam^S1|@desk> hi")).toBe("@desk hi");
  });
});
