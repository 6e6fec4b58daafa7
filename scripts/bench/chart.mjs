// Draws the run's medians as one SVG of grouped bar panels, with each
// target as a dashed mark, so the README can show it without any library.
import { box, document, rule, target, text } from "./svg.mjs";

const W = 300;
const H = 220;
const PAD = { top: 34, right: 10, bottom: 40, left: 52 };
const COLOURS = ["#8a8f98", "#d9480f", "#1c7ed6"];

/**
 * One panel: `groups` of bars ({ label, values: number[] }), a series
 * name per bar, and optional targets (one per group, or null).
 */
function panel(x, { title, unit, series, groups, targets = [] }) {
  const top = Math.max(
    1,
    ...groups.flatMap((g) => g.values.filter(Number.isFinite)),
    ...targets.filter(Number.isFinite),
  );
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const y = (v) => PAD.top + plotH - (v / top) * plotH;
  const slot = plotW / groups.length;
  const bar = (slot * 0.7) / series.length;
  const out = [`<g transform="translate(${x},0)">`];

  out.push(text(W / 2, 16, title, "middle", 13, "bold"));
  out.push(text(PAD.left - 6, y(top) + 4, `${fmt(top)} ${unit}`, "end", 10));
  out.push(text(PAD.left - 6, y(0) + 4, "0", "end", 10));
  out.push(rule(PAD.left, y(0), W - PAD.right, y(0), "#333"));
  groups.forEach((group, gi) => {
    const gx = PAD.left + gi * slot + slot * 0.15;
    group.values.forEach((v, si) => {
      if (!Number.isFinite(v)) return;
      const bx = gx + si * bar;
      out.push(box(bx, y(v), bar - 2, y(0) - y(v), COLOURS[si]));
      out.push(text(bx + bar / 2, y(v) - 3, fmt(v), "middle", 9));
    });
    const t = targets[gi];
    if (Number.isFinite(t)) {
      out.push(target(gx - 4, y(t), gx + slot * 0.7 + 4, y(t)));
    }
    out.push(
      text(gx + slot * 0.35, H - PAD.bottom + 14, group.label, "middle", 10),
    );
  });
  series.forEach((name, si) => {
    const lx = PAD.left + si * 82;
    out.push(box(lx, H - 16, 9, 9, COLOURS[si]));
    out.push(text(lx + 12, H - 8, name, "start", 10));
  });
  out.push("</g>");
  return out.join("\n");
}

const fmt = (v) => (v >= 100 ? Math.round(v) : Number(v.toFixed(1)));

/** The whole chart from the results' medians. */
export function chart({ cold, warm, sizes }) {
  const sizesC = Object.keys(cold);
  const panels = [
    {
      title: "First friend's post (ms)",
      unit: "ms",
      series: ["floor", "Pepper"],
      groups: sizesC.map((c) => ({
        label: `${c} contacts`,
        values: [cold[c].floorFirst, cold[c].pepperFirst],
      })),
      targets: sizesC.map((c) => 1.25 * cold[c].floorFirst + 10),
    },
    {
      title: "All feeds loaded (ms)",
      unit: "ms",
      series: ["floor", "Pepper"],
      groups: sizesC.map((c) => ({
        label: `${c} contacts`,
        values: [cold[c].floorAll, cold[c].pepperAll],
      })),
    },
    {
      title: "Warm start painted (ms)",
      unit: "ms",
      series: ["Pepper"],
      groups: Object.keys(warm).map((n) => ({
        label: `${Number(n) / 1000}k cached`,
        values: [warm[n].painted],
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
