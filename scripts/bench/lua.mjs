// Serialises plain values the way Prosody's `internal` storage reads them:
// a Lua table constructor per record (util/serialization in Prosody 0.12).

/** A Lua string literal; Lua's "\ddd" escapes cover every control byte. */
export function luaString(text) {
  let out = "";
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (c === "\\" || c === '"') out += `\\${c}`;
    else if (code < 0x20) out += `\\${String(code).padStart(3, "0")}`;
    else out += c;
  }
  return `"${out}"`;
}

/**
 * A table constructor: array items first (positional), then keyed fields.
 * `false` as a key is how Prosody marks a roster's metadata record.
 */
export function luaTable(list, fields) {
  const parts = list.map((value) => luaValue(value));
  for (const [key, value] of fields) {
    parts.push(`[${luaKey(key)}] = ${luaValue(value)}`);
  }
  return `{${parts.join("; ")}}`;
}

function luaKey(key) {
  return typeof key === "string" ? luaString(key) : String(key);
}

function luaValue(value) {
  if (typeof value === "string") return luaString(value);
  if (typeof value === "number" || typeof value === "boolean") {
    return String(value);
  }
  if (Array.isArray(value)) return luaTable(value, []);
  return luaTable([], Object.entries(value));
}

/**
 * An XML element as Prosody stores a stanza: children by position, then
 * `name`, `attr` and any `extra` fields (an archive item's key and time).
 */
export function luaElement({ name, attrs = {}, children = [] }, extra = {}) {
  const parts = children.map((child) =>
    typeof child === "string" ? luaString(child) : luaElement(child),
  );
  const fields = { name, attr: attrs, ...extra };
  for (const [key, value] of Object.entries(fields)) {
    parts.push(`[${luaKey(key)}] = ${luaValue(value)}`);
  }
  return `{${parts.join("; ")}}`;
}
