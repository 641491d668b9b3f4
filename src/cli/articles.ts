import { articlesCommand } from "./articlesCommand";
import { runCliInThisProcess } from "./runCli";

await runCliInThisProcess(articlesCommand);
