import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { ListenerDependencies } from "../../listenerDependencies";
import { answerInThread } from "./answerInThread";

/** `message` events: a reply in a briefing's thread is a follow-up question. */
export function threadMessage(dependencies: ListenerDependencies) {
  return async (args: SlackEventMiddlewareArgs<"message"> & AllMiddlewareArgs) =>
    answerInThread(args, dependencies);
}
