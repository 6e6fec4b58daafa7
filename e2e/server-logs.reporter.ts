// When a run fails, the servers' side of the story is usually the missing
// half: print the end of each test server's log after the results. Then,
// last of all, name the failed tests again in a few lines, so that the end
// of a long CI log still says what failed, and the tests that passed only
// when tried again (CI retries once), so that a flaky test is not hidden.
import { readFileSync, statSync } from "node:fs";
import { relative } from "node:path";

import type {
  FullResult,
  Reporter,
  TestCase,
  TestResult,
} from "@playwright/test/reporter";

import { setups } from "./servers";

const TAIL_LINES = 60;
const ERROR_LINES = 3;

export default class ServerLogsReporter implements Reporter {
  // Reporters are made before any server starts.
  private readonly createdAt = Date.now();
  private readonly failures = new Map<TestCase, string[]>();

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status === test.expectedStatus) return;
    const where = `${relative(process.cwd(), test.location.file)}:${test.location.line}`;
    const title = test.titlePath().filter(Boolean).join(" › ");
    const message = (result.error?.message ?? result.status)
      // eslint-disable-next-line no-control-regex -- colour codes from expect
      .replace(/\u001b\[[0-9;]*m/g, "")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .slice(0, ERROR_LINES)
      .map((line) => `    ${line}`);
    const attempt = result.retry > 0 ? ` (retry ${result.retry})` : "";
    const lines = this.failures.get(test) ?? [];
    lines.push(`  ${title}${attempt}`, `    at ${where}`, ...message);
    this.failures.set(test, lines);
  }

  onEnd(result: FullResult): void {
    const tried = [...this.failures];
    const flaky = tried.filter(([test]) => test.outcome() === "flaky");
    const failed = tried.filter(([test]) => test.outcome() === "unexpected");
    if (flaky.length > 0) {
      console.log(`\n${flaky.length} passed only when tried again:`);
      console.log(flaky.flatMap(([, lines]) => lines).join("\n"));
    }
    if (result.status === "passed") return;
    const logs = Object.values(setups).flatMap((setup) =>
      setup.servers.map((server) => server.log),
    );
    for (const log of logs.filter((path) => this.isFromThisRun(path))) {
      const lines = readFileSync(log, "utf8").trimEnd().split("\n");
      const tail = lines.slice(-TAIL_LINES).join("\n");
      console.log(`\n--- end of ${log}\n${tail}\n---`);
    }
    if (failed.length > 0) {
      console.log(`\n${failed.length} failed:`);
      console.log(failed.flatMap(([, lines]) => lines).join("\n"));
    } else {
      console.log(`\nThe run ended ${result.status} with no test failed.`);
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
