import { SlugSchema, slugRule } from "../domain/article";
import { BriefError, quotedInput } from "../domain/errors";
import { renderAnswerForTerminal } from "../render/terminalAnswer";
import { isBlankQuestion } from "../retrieve/questionTerms";
import { type CliCommand, UsageError } from "./runCli";

const usage = `Usage: npm run ask -- <slug> "<question>" [--json] [--thread ID]
  Answers a question from one stored article only, citing its sentences (npm run articles lists them).
  --thread ID remembers the exchange, so a later question in the same thread can say "that".`;

export const askCommand: CliCommand = {
  usage,
  options: {
    json: { type: "boolean" },
    thread: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
  async run({ services, values, positionals, print }) {
    const [slug, ...questionWords] = positionals;
    // Unquoted questions arrive as several words; they are one question.
    const question = questionWords.join(" ");
    if (!slug || isBlankQuestion(question)) throw new UsageError(slug ? "Missing question." : "");
    const thread = typeof values.thread === "string" ? values.thread : undefined;
    if (thread !== undefined && thread.trim() === "") throw new UsageError("--thread needs an id.");
    if (thread !== undefined && !SlugSchema.safeParse(thread).success)
      throw new BriefError(
        "bad_input",
        `Bad --thread id '${quotedInput(thread)}': ${slugRule}, e.g. --thread t1.`,
      );
    const answer = await services.answers.ask(slug, question, {
      threadKey: thread === undefined ? undefined : `cli:${thread}`,
    });
    print(values.json ? JSON.stringify(answer, null, 2) : renderAnswerForTerminal(answer));
  },
};
