// One fresh two-node cluster for the whole cluster run. Playwright calls
// the returned function after the last test, whether tests passed, failed
// or were interrupted, so no node outlives the run.
import { execFileSync } from "node:child_process";

import { clusterDir, root, usersEnv } from "./cluster";

const script = (name: string) => `${root}scripts/cluster/${name}`;

function stopCluster(): void {
  execFileSync("bash", [script("stop.sh"), clusterDir], { stdio: "inherit" });
}

export default function globalSetup(): () => void {
  try {
    // start.sh says on stderr what failed (busy port, the node's log).
    execFileSync("bash", [script("start.sh"), clusterDir], {
      env: { ...process.env, PEPPER_USERS: usersEnv },
      stdio: ["ignore", "ignore", "inherit"],
    });
  } catch (error) {
    stopCluster();
    throw error;
  }
  return stopCluster;
}
