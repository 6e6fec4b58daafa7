// Command-line flags of `npm run bench -- …`.
import { parseArgs } from "node:util";

const HELP = `npm run bench -- [flags]
  --contacts 10,100,1000  roster sizes (default)
  --full                  adds 5000 contacts
  --posts 20              posts per contact
  --cached 10000,100000   cached posts for the warm start
  --repeats 5             runs of each case, interleaved
  --out docs/bench        where results.json and chart.svg go
Ports: PEPPER_BENCH_HTTP_PORT (5880), PEPPER_BENCH_C2S_PORT (15822),
PEPPER_BENCH_WEB_PORT (4673); all on 127.0.0.1.`;

const list = (text) =>
  text
    .split(",")
    .map(Number)
    .filter((n) => n > 0);

export function benchOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      contacts: { type: "string", default: "10,100,1000" },
      full: { type: "boolean", default: false },
      posts: { type: "string", default: "20" },
      cached: { type: "string", default: "10000,100000" },
      repeats: { type: "string", default: "5" },
      out: { type: "string", default: "docs/bench" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const contacts = list(values.contacts);
  if (values.full && !contacts.includes(5000)) contacts.push(5000);
  const env = (name, fallback) => Number(process.env[name] ?? fallback);
  return {
    contacts,
    posts: Number(values.posts),
    cached: list(values.cached),
    repeats: Number(values.repeats),
    out: values.out,
    httpPort: env("PEPPER_BENCH_HTTP_PORT", 5880),
    c2sPort: env("PEPPER_BENCH_C2S_PORT", 15822),
    webPort: env("PEPPER_BENCH_WEB_PORT", 4673),
  };
}
