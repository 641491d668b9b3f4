import { evaluateCommand } from "./evaluateCommand";
import { runCliInThisProcess } from "./runCli";

await runCliInThisProcess(evaluateCommand);
