// Gzipped JavaScript: what Pepper's index.html loads before the first
// paint, all of Pepper's chunks, and Converse.js 14's main bundle from its
// npm package (fetched with `npm pack` into a temporary directory).
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const gzipped = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * Resolves with { initial, total } gzipped bytes of the build in `dir`.
 * Initial is what the first paint needs: index.html's script, which at
 * once imports the app (src/main.tsx), and the chunks both import
 * statically, read from Vite's manifest (stage.buildApp writes it).
 */
export async function pepperSizes(dir) {
  const manifest = JSON.parse(
    await readFile(join(dir, ".vite", "manifest.json"), "utf8"),
  );
  const initial = new Set();
  const add = (key) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`bench: no ${key} in the build's manifest`);
    if (initial.has(chunk.file)) return;
    initial.add(chunk.file);
    for (const imported of chunk.imports ?? []) add(imported);
  };
  add("index.html");
  add("src/main.tsx");
  let total = 0;
  let first = 0;
  for (const name of await readdir(join(dir, "assets"))) {
    if (!name.endsWith(".js")) continue;
    const size = gzipped(await readFile(join(dir, "assets", name)));
    total += size;
    if (initial.has(`assets/${name}`)) first += size;
  }
  return { initial: first, total };
}

/**
 * Resolves with the gzipped size of converse.js@14's dist/converse.min.js,
 * or null (with a warning) when the registry cannot be reached.
 */
export async function converseSize() {
  const dir = await mkdtemp(join(tmpdir(), "pepper-bench-converse-"));
  try {
    const tarball = execFileSync(
      "npm",
      ["pack", "converse.js@14", "--silent", "--pack-destination", dir],
      { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
    ).trim();
    execFileSync("tar", ["-xzf", join(dir, tarball), "-C", dir]);
    return gzipped(await readFile(join(dir, "package/dist/converse.min.js")));
  } catch (error) {
    console.warn(`bench: no Converse.js size: ${error.message}`);
    return null;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
