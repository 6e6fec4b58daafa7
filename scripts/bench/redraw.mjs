// Redraws chart.svg from a results.json, e.g. after changing the chart:
//   node scripts/bench/redraw.mjs [docs/bench]
import { readFile, writeFile } from "node:fs/promises";

import { chart } from "./chart.mjs";

const dir = process.argv[2] ?? "docs/bench";
const results = JSON.parse(await readFile(`${dir}/results.json`, "utf8"));
await writeFile(`${dir}/chart.svg`, chart(results));
