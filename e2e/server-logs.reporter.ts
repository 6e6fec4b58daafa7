// When a run fails, the server's side of the story is usually the missing
// half: print the end of the test Prosody's log after the results.
import { readFileSync, statSync } from "node:fs";

import type { FullResult, Reporter } from "@playwright/test/reporter";

import { prosodyLog } from "./servers";

const TAIL_LINES = 80;

export default class ProsodyLogReporter implements Reporter {
  // Reporters are made before global setup starts Prosody.
  private readonly createdAt = Date.now();

  onEnd(result: FullResult): void {
    if (result.status === "passed" || !this.logIsFromThisRun()) return;
    const log = readFileSync(prosodyLog, "utf8").trimEnd().split("\n");
    const tail = log.slice(-TAIL_LINES).join("\n");
    console.log(`\n--- end of ${prosodyLog}\n${tail}\n---`);
  }

  // A Prosody that failed to start leaves the previous run's log, which
  // would only mislead; start.sh has already said what went wrong.
  private logIsFromThisRun(): boolean {
    try {
      return statSync(prosodyLog).mtimeMs >= this.createdAt;
    } catch {
      return false; // no log at all: Prosody never started
    }
  }
}
