// The few SVG shapes the bench chart draws, as strings.

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;");

// Tenths of a pixel are as fine as a screen shows.
const num = (v) => (typeof v === "number" ? Math.round(v * 10) / 10 : v);

/** One element; `content` is escaped text. */
export function tag(name, attrs, content) {
  const list = Object.entries(attrs).map(([k, v]) => ` ${k}="${esc(num(v))}"`);
  const open = `<${name}${list.join("")}`;
  return content === undefined
    ? `${open}/>`
    : `${open}>${esc(content)}</${name}>`;
}

export const text = (x, y, s, anchor, size, weight = "normal") =>
  tag(
    "text",
    {
      x,
      y,
      "text-anchor": anchor,
      "font-size": size,
      "font-weight": weight,
    },
    s,
  );

export const rule = (x1, y1, x2, y2, stroke) =>
  tag("line", { x1, y1, x2, y2, stroke });

/** The dashed green mark of a target. */
export const target = (x1, y1, x2, y2) =>
  tag("line", {
    x1,
    y1,
    x2,
    y2,
    stroke: "#2b8a3e",
    "stroke-width": 2,
    "stroke-dasharray": "4 3",
  });

export const box = (x, y, width, height, fill) =>
  tag("rect", { x, y, width, height: Math.max(0, height), fill });

/** The document around the panels. */
export function document(width, height, body) {
  const attrs = {
    xmlns: "http://www.w3.org/2000/svg",
    width,
    height,
    "font-family": "sans-serif",
  };
  const open = tag("svg", attrs).replace("/>", ">");
  const background = tag("rect", {
    width: "100%",
    height: "100%",
    fill: "#fff",
  });
  return `${open}\n${background}\n${body}\n</svg>\n`;
}
