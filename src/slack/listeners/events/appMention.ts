import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { ListenerDependencies } from "../../listenerDependencies";
import { answerInThread } from "./answerInThread";

/** `app_mention` events: an @mention in a briefing's thread is a question; elsewhere it gets a hint. */
export function appMention(dependencies: ListenerDependencies) {
  return async (args: SlackEventMiddlewareArgs<"app_mention"> & AllMiddlewareArgs) =>
    answerInThread(args, dependencies);
}
