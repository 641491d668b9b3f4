import { parseActorList } from "../actors/actors";
import { renderBriefingForTerminal } from "../render/terminal";
import { type CliCommand, UsageError } from "./runCli";

const usage = `Usage: npm run brief -- <slug> [--json] [--actors A,B,C] [--engine openai|offline] [--fresh]
  Prints a grounded, cited briefing of a stored article (npm run articles lists them).`;

export const briefCommand: CliCommand = {
  usage,
  options: {
    json: { type: "boolean" },
    actors: { type: "string" },
    engine: { type: "string" },
    fresh: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  },
  async run({ services, values, positionals, print }) {
    const [slug, ...extra] = positionals;
    if (!slug || extra.length > 0)
      throw new UsageError(slug ? `Unexpected arguments: ${extra.join(" ")}` : "");
    const actors = typeof values.actors === "string" ? parseActorList(values.actors) : undefined;
    const briefing = await services.briefings.brief(slug, { actors, fresh: values.fresh === true });
    print(values.json ? JSON.stringify(briefing, null, 2) : renderBriefingForTerminal(briefing));
  },
};
