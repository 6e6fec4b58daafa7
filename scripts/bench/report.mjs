// Medians, the targets, and the table printed at the end of a run.

export const TARGETS = {
  firstPost: (floor) => 1.25 * floor + 10,
  warmMs: 120,
  initialKiB: 130,
  heapMB: (contacts) => (contacts <= 1000 ? 15 : 40),
  domNodes: 2000,
  taskMs: 50,
};

export function median(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const max = (values) => Math.max(...values);

/** Per roster size: the medians (longest tasks: the worst run). */
export function summarise(runs) {
  const of = (list, key) => list.map((r) => r[key]);
  const { floor, pepper } = runs;
  return {
    floorFirst: median(of(floor, "firstPost")),
    floorAll: median(of(floor, "allPosts")),
    pepperFirst: median(of(pepper, "firstPost")),
    pepperFirstFrame: median(of(pepper, "firstPostFrame")),
    pepperAll: median(of(pepper, "allFeeds")),
    heapMB: median(of(pepper, "heapMB")),
    domNodes: median(of(pepper, "domNodes")),
    loginTask: max(of(pepper, "loginTask")),
    scrollTask: max(of(pepper, "scrollTask")),
  };
}

const ms = (n) => (Number.isFinite(n) ? `${Math.round(n)} ms` : "–");
const yes = (ok) => (ok ? "yes" : "NO");

export function coldRows(contacts, s) {
  const target = TARGETS.firstPost(s.floorFirst);
  return [
    String(contacts),
    ms(s.floorFirst),
    ms(s.pepperFirst),
    (s.pepperFirst / s.floorFirst).toFixed(2),
    `${ms(target)} ${yes(s.pepperFirst <= target)}`,
    ms(s.pepperFirstFrame),
    ms(s.floorAll),
    ms(s.pepperAll),
    (s.pepperAll / s.floorAll).toFixed(2),
    `${s.heapMB.toFixed(1)} ${yes(s.heapMB <= TARGETS.heapMB(contacts))}`,
    `${Math.round(s.domNodes)} ${yes(s.domNodes <= TARGETS.domNodes)}`,
    `${ms(s.loginTask)} / ${ms(s.scrollTask)}`,
  ];
}

export const COLD_HEAD = [
  "contacts",
  "floor 1st",
  "Pepper 1st",
  "ratio",
  "target",
  "next frame",
  "floor all",
  "Pepper all",
  "ratio",
  "heap MB",
  "DOM",
  "longest task login/scroll",
];

/** A Markdown table, padded so it also reads in a terminal. */
export function table(head, rows) {
  const all = [head, ...rows];
  const widths = head.map((_, i) => max(all.map((row) => row[i].length)));
  const line = (row) =>
    `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(" | ")} |`;
  const rule = `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`;
  return [line(head), rule, ...rows.map(line)].join("\n");
}

export function warmRows(warm) {
  return Object.entries(warm).map(([posts, w]) => {
    const painted = median(w.painted);
    const offline = w.beforeOnline.every(Boolean);
    return [
      posts,
      ms(w.fillMs),
      ms(painted),
      `${yes(painted <= TARGETS.warmMs)}`,
      ms(median(w.paintedFrame ?? [])),
      offline ? "yes" : "no",
    ];
  });
}

export const WARM_HEAD = [
  "cached posts",
  "fill time",
  "painted after navigation",
  "≤ 120 ms",
  "next frame",
  "before online",
];

const kib = (bytes) =>
  bytes === null ? "–" : `${(bytes / 1024).toFixed(1)} KiB`;

export function sizeRows(sizes) {
  return [
    ["Pepper, initial", kib(sizes.initial), yes(sizes.initial / 1024 <= 130)],
    ["Pepper, all chunks", kib(sizes.total), ""],
    ["Converse.js 14 converse.min.js", kib(sizes.converse), ""],
  ];
}

export const SIZE_HEAD = ["JavaScript, gzipped", "size", "≤ 130 KiB"];
