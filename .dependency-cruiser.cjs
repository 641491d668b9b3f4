// Layer rules for src/, checked by dependency-cruiser in `npm test` (test/architecture/layers.test.ts).
//
// The folders of src/ in layers, lowest first. A folder imports only folders of lower layers: the shared
// types at the bottom, the pipeline store → sentences → retrieve → prompt → engine → verify → render in
// order, the orchestrators above every stage, the edges on top. A strict order leaves no room for a cycle
// between folders; the cycle rules below say so in their own words as well.
const layers = [
  ["domain"],
  ["config.ts", "log.ts", "readJsonFile.ts"],
  ["actors", "sentences"],
  ["store"],
  // Ingestion sits beside the store: fetching pages, extracting their articles, storing them.
  ["fetch", "extract"],
  ["ingest"],
  ["attribution", "retrieve", "jobs"],
  ["prompt", "cache"],
  ["threads", "engine"],
  ["verify"],
  ["render"],
  ["briefing", "answer"],
  ["eval"],
  ["cli", "slack", "services.ts", "main.ts", "jobWorker.ts"],
];

const pathOf = (entry) => (entry.endsWith(".ts") ? `^src/${entry.replace(".", "\\.")}$` : `^src/${entry}/`);
const anyOf = (entries) => `(${entries.map(pathOf).join("|")})`;

const layerRules = layers.slice(0, -1).flatMap((layer, index) =>
  layer.map((entry) => {
    const above = layers.slice(index + 1).flat();
    return {
      name: `layer-${entry.replace(/\.ts$/, "")}`,
      severity: "error",
      comment: `src/${entry} sits below ${above.join(", ")}: it imports only ${layers.slice(0, index).flat().join(", ") || "nothing of ours"}.`,
      from: { path: pathOf(entry) },
      to: { path: anyOf(above) },
    };
  }),
);

const runtimeOnly = ["type-only"];
const packageTypes = ["npm", "npm-dev", "npm-optional", "npm-peer", "npm-bundled", "npm-no-pkg", "npm-unknown"];

module.exports = {
  forbidden: [
    {
      name: "no-folder-cycles",
      severity: "error",
      comment: "No two folders of src/ import each other, directly or around a circle.",
      scope: "folder",
      from: { path: "^src/[^/]+" },
      to: { path: "^src/[^/]+", circular: true },
    },
    {
      name: "no-module-cycles",
      severity: "error",
      comment: "No module imports itself around a circle, type imports included.",
      from: { path: "^src/" },
      to: { circular: true },
    },
    ...layerRules,
    {
      name: "slack-sdk-only-in-slack",
      severity: "error",
      comment: "Only the Slack edge (src/slack/) talks to Bolt and the Web API.",
      from: { path: "^src/", pathNot: "^src/slack/" },
      to: { path: "^node_modules/@slack/(bolt|web-api)/" },
    },
    {
      name: "slack-types-only-in-render-and-slack",
      severity: "error",
      comment: "Block Kit types belong to render/ (type-only) and the Slack edge.",
      from: { path: "^src/", pathNot: "^src/(render|slack)/" },
      to: { path: "^node_modules/@slack/types/" },
    },
    {
      name: "openai-sdk-only-in-openai-engine",
      severity: "error",
      comment: "Only the OpenAI engine (src/engine/openai/) imports the openai SDK.",
      from: { path: "^src/", pathNot: "^src/engine/openai/" },
      to: { path: "^node_modules/openai/" },
    },
    {
      name: "render-is-pure",
      severity: "error",
      comment: "render/ is pure functions: no package or Node module at run time (type-only imports are fine).",
      from: { path: "^src/render/" },
      to: { dependencyTypes: [...packageTypes, "core"], dependencyTypesNot: runtimeOnly },
    },
    {
      name: "environment-only-in-config",
      severity: "error",
      comment:
        "Only src/config.ts reads the environment. This catches `import ... from 'node:process'`; Biome's noProcessEnv catches process.env (see biome.json).",
      from: { path: "^src/", pathNot: "^src/config\\.ts$" },
      to: { dependencyTypes: ["core"], path: "^(node:)?process$" },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      comment: "Every import resolves, so no dependency escapes the rules above.",
      from: { path: "^src/" },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // TypeScript 7 has no JavaScript API for dependency-cruiser to parse with; swc reads TypeScript, and
    // reports type-only imports as such (they count for cycles and layers; only render-is-pure lets them pass).
    parser: "swc",
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
  },
};
