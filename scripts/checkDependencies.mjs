// Runs dependency-cruiser over src/ with the rules in .dependency-cruiser.cjs and prints each violation.
// Through its API rather than its `depcruise` command, which refuses Node 20 (it supports Node ^22); with
// Node 22 this is `depcruise src --config .dependency-cruiser.cjs`.
import { cruise, format } from "dependency-cruiser";
import extractDepcruiseOptions from "dependency-cruiser/config-utl/extract-depcruise-options";

const options = await extractDepcruiseOptions("./.dependency-cruiser.cjs");
const result = await cruise(["src"], options);
const typescriptModules = result.output.modules.filter((module) => module.source.endsWith(".ts")).length;
// A parser that cannot read TypeScript finds no module, and then no rule can fail: that is a failure too.
if (typescriptModules < 50) {
  process.stderr.write(`dependency-cruiser read only ${typescriptModules} TypeScript modules in src/.\n`);
  process.exit(2);
}
const report = await format(result.output, { outputType: "err" });
process.stdout.write(report.output);
process.exit(report.exitCode);
