import { type OpenLoopOptions, runOpenLoop } from "./openLoop";

/**
 * The load generator's own process: it receives open-loop plans over IPC and answers with the results. Apart
 * from the parent, whose event loop also runs the fake Slack API and the fake model, so that their work
 * (parsing every chat.postMessage the app sends) cannot delay a scheduled send.
 */
process.on("message", (plan: OpenLoopOptions) => {
  void runOpenLoop(plan).then((result) => process.send?.(result));
});
