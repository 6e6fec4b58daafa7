// When a run fails, the servers' side of the story is usually the missing
// half: print the end of each test server's log after the results.
import { readFileSync, statSync } from "node:fs";

import type { FullResult, Reporter } from "@playwright/test/reporter";

import { setups } from "./servers";

const TAIL_LINES = 60;

export default class ServerLogsReporter implements Reporter {
  // Reporters are made before any server starts.
  private readonly createdAt = Date.now();

  onEnd(result: FullResult): void {
    if (result.status === "passed") return;
    const logs = Object.values(setups).flatMap((setup) =>
      setup.servers.map((server) => server.log),
    );
    for (const log of logs.filter((path) => this.isFromThisRun(path))) {
      const lines = readFileSync(log, "utf8").trimEnd().split("\n");
      const tail = lines.slice(-TAIL_LINES).join("\n");
      console.log(`\n--- end of ${log}\n${tail}\n---`);
    }
  }

  // A server that was not started this run left an old log, which would
  // only mislead; a start that failed has already said why.
  private isFromThisRun(log: string): boolean {
    try {
      return statSync(log).mtimeMs >= this.createdAt;
    } catch {
      return false; // no log at all: that server never started
    }
  }
}
