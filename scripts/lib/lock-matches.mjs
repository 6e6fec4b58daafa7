// Exits 0 when node_modules holds what package-lock.json asks for: every
// locked package that is not optional is installed at the locked version.
// Content, not file times: a fresh checkout or a second work tree sharing
// node_modules has a newer lock file that still matches.
import { readFileSync } from "node:fs";

function packages(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8")).packages ?? {};
  } catch {
    return null;
  }
}

const wanted = packages("package-lock.json");
const installed = packages("node_modules/.package-lock.json");
if (!wanted || !installed) process.exit(1);

const stale = Object.entries(wanted).some(
  ([path, pkg]) =>
    path !== "" &&
    (installed[path]
      ? installed[path].version !== pkg.version
      : !pkg.optional && !pkg.peer),
);
process.exit(stale ? 1 : 0);
