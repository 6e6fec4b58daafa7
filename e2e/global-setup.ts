// One fresh Prosody for the whole run. Playwright calls the returned
// function after the last test, whether tests passed, failed or were
// interrupted.
import { execFileSync } from "node:child_process";

import { c2sPort, httpPort, prosodyData, root, userNames } from "./servers";

const script = (name: string) => `${root}scripts/prosody/${name}`;

export default function globalSetup(): () => void {
  const users = userNames.map((name) => `${name}:${name}pass`).join(" ");
  // start.sh explains its own failures (busy port, Prosody's log) on stderr.
  execFileSync(
    "bash",
    [script("start.sh"), prosodyData, String(httpPort), String(c2sPort)],
    {
      env: { ...process.env, PEPPER_USERS: users },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  return () => {
    execFileSync("bash", [script("stop.sh"), prosodyData], {
      stdio: "inherit",
    });
  };
}
