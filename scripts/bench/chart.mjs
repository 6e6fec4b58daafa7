// Draws the run's medians as one SVG of grouped bar panels, with each
// target as a dashed mark, so the README can show it without any library.
import { median } from "./report.mjs";
import { box, document, rule, target, text } from "./svg.mjs";

const W = 300;
const H = 220;
const PAD = { top: 34, right: 10, bottom: 40, left: 52 };
const COLOURS = { floor: "#8a8f98", Pepper: "#d9480f", Converse: "#1c7ed6" };

/**
 * One panel: `groups` of bars ({ label, values: number[] }), a series
 * name per bar, and optional targets (one per group, or null).
 */
function panel(x, { title, unit, series, groups, targets = [] }) {
  const values = [...groups.flatMap((g) => g.values), ...targets].filter(
    (v) => Number.isFinite(v) && v > 0,
  );
  const top = Math.max(1, ...values);
  const y = yScale(top, Math.min(top, ...values));
  const slot = (W - PAD.left - PAD.right) / groups.length;
  const scale = { y, slot, bar: (slot * 0.7) / series.length, series };

  return [
    `<g transform="translate(${x},0)">`,
    text(W / 2, 16, title, "middle", 13, "bold"),
    text(PAD.left - 6, y(top) + 4, `${fmt(top)} ${unit}`, "end", 10),
    text(PAD.left - 6, y(0) + 4, y.log ? "log" : "0", "end", 10),
    rule(PAD.left, y(0), W - PAD.right, y(0), "#333"),
    ...groups.flatMap((g, i) => groupBars(g, i, targets[i], scale)),
    ...series.flatMap(legend),
    "</g>",
  ].join("\n");
}

/**
 * Linear from 0, or logarithmic when the values span more than 20 times
 * (10 to 1000 contacts), so that the small cases stay visible.
 */
function yScale(top, bottom) {
  const plotH = H - PAD.top - PAD.bottom;
  const floor = PAD.top + plotH;
  if (top / bottom <= 20) {
    return Object.assign((v) => floor - (v / top) * plotH, { log: false });
  }
  const low = Math.log10(bottom / 2);
  const span = Math.log10(top) - low;
  const y = (v) =>
    v <= 0 ? floor : floor - ((Math.log10(v) - low) / span) * plotH;
  return Object.assign(y, { log: true });
}

function groupBars(group, index, goal, { y, slot, bar, series }) {
  const gx = PAD.left + index * slot + slot * 0.15;
  const out = [];
  group.values.forEach((v, si) => {
    if (!Number.isFinite(v)) return;
    const bx = gx + si * bar;
    out.push(box(bx, y(v), bar - 2, y(0) - y(v), COLOURS[series[si]]));
    out.push(text(bx + bar / 2, y(v) - 3, fmt(v), "middle", 9));
  });
  if (Number.isFinite(goal)) {
    out.push(target(gx - 4, y(goal), gx + slot * 0.7 + 4, y(goal)));
  }
  const labelY = H - PAD.bottom + 14;
  out.push(text(gx + slot * 0.35, labelY, group.label, "middle", 10));
  return out;
}

function legend(name, index) {
  const x = PAD.left + index * 82;
  return [
    box(x, H - 16, 9, 9, COLOURS[name]),
    text(x + 12, H - 8, name, "start", 10),
  ];
}

/** Floor and Pepper side by side for each roster size. */
function versusFloor(cold, title, which, withTarget) {
  const sizes = Object.keys(cold);
  const floor = (c) => cold[c][`floor${which}`];
  return {
    title,
    unit: "ms",
    series: ["floor", "Pepper"],
    groups: sizes.map((c) => ({
      label: `${c} contacts`,
      values: [floor(c), cold[c][`pepper${which}`]],
    })),
    targets: withTarget ? sizes.map((c) => 1.25 * floor(c) + 10) : [],
  };
}

const fmt = (v) => (v >= 100 ? Math.round(v) : Number(v.toFixed(1)));

/** The whole chart from results.json's content. */
export function chart({ cold, warm, sizes }) {
  const panels = [
    versusFloor(cold, "First friend's post (ms)", "First", true),
    versusFloor(cold, "All feeds loaded (ms)", "All", false),
    {
      title: "Warm start painted (ms)",
      unit: "ms",
      series: ["Pepper"],
      groups: Object.keys(warm).map((n) => ({
        label: `${Number(n) / 1000}k cached`,
        values: [median(warm[n].painted)],
      })),
      targets: Object.keys(warm).map(() => 120),
    },
    {
      title: "JS gzipped (KiB)",
      unit: "KiB",
      series: ["Pepper", "Converse"],
      groups: [
        {
          label: "initial / main",
          values: [sizes.initial / 1024, (sizes.converse ?? NaN) / 1024],
        },
      ],
      targets: [130],
    },
  ];
  const body = panels.map((p, i) => panel(i * W, p)).join("\n");
  const note = text(6, H + 12, "dashed: target", "start", 10);
  return document(W * panels.length, H + 18, `${body}\n${note}`);
}
