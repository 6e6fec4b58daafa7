// Reading the recorded cases in test/fixtures/cases (see its README in
// ../shared/fixtures): each <step> holds stanzas in wire order.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Element } from "@xmpp/xml";
import parse from "@xmpp/xml/lib/parse.js";

// import.meta.dirname, not a file: URL, which jsdom's URL would not give
// back to node:fs under a jsdom test environment.
const CASES = join(import.meta.dirname, "fixtures", "cases");

/** Parses an XML literal, as a stanza would arrive on the wire. */
export function stanza(text: string): Element {
  return parse(text.trim());
}

/**
 * The stanzas of one step of a case, e.g. `caseStep("case-01", "1")`.
 * Throws when the case or the step is missing, so a test cannot pass on
 * nothing.
 */
export function caseStep(id: string, step: string): Element[] {
  const text = readFileSync(join(CASES, `${id}.xml`), "utf8");
  const found = parse(text)
    .getChildren("step")
    .find((el) => el.attrs.n === step);
  if (!found) throw new Error(`${id} has no step ${step}`);
  return found.getChildElements();
}

/** The single stanza of a step. */
export function caseStanza(id: string, step: string): Element {
  const [first] = caseStep(id, step);
  if (!first) throw new Error(`${id} step ${step} is empty`);
  return first;
}

interface Canonical {
  name: string;
  ns: string | undefined;
  attrs: Record<string, string>;
  children: (Canonical | string)[];
}

/**
 * An element as a plain object for `toEqual`: namespaces resolved,
 * attributes sorted and without xmlns declarations, whitespace-only text
 * dropped, so that a built stanza compares with an indented literal. An
 * element with no namespace is in the stream's, jabber:client.
 */
export function canonical(el: Element): Canonical {
  const attrs = Object.entries(el.attrs)
    .filter(([name, value]) => value !== undefined && !/^xmlns/.test(name))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return {
    name: el.getName(),
    ns: el.getNS() ?? "jabber:client",
    attrs: Object.fromEntries(attrs) as Record<string, string>,
    children: el.children
      .map((child) => (typeof child === "string" ? child.trim() : child))
      .filter((child) => child !== "")
      .map((child) => (typeof child === "string" ? child : canonical(child))),
  };
}

/** The single values of a data form (XEP-0004), by field var. */
export function formValues(x: Element | undefined): Record<string, string> {
  return Object.fromEntries(
    (x?.getChildren("field") ?? []).map((f) => [
      f.attrs.var,
      f.getChildText("value") ?? "",
    ]),
  );
}

/** User n's bare JID in case-26: u00001@example.test … */
export function case26Jid(n: number): string {
  return `u${String(n).padStart(5, "0")}@example.test`;
}

/**
 * case-26's roster result, generated as its "Condition" says: `count`
 * items (8,000 in the case) named "User n", every tenth also in a second
 * group, every hundredth with subscription "from", every thousandth a
 * pending request of ours.
 */
export function case26Roster(count = 8000): Element {
  const items = Array.from({ length: count }, (_, i) => case26Item(i + 1));
  return stanza(`<iq xmlns="jabber:client" type="result" id="roster-2601"
      to="bob@example.test/web">
    <query xmlns="jabber:iq:roster" ver="big-1">${items.join("")}</query>
  </iq>`);
}

function case26Item(n: number): string {
  const jid = case26Jid(n);
  if (n % 1000 === 0) {
    return `<item jid="${jid}" name="User ${n}" subscription="none" ask="subscribe"/>`;
  }
  const groups =
    "<group>Staff</group>" + (n % 10 === 0 ? "<group>Team A</group>" : "");
  const subscription = n % 100 === 0 ? "from" : "both";
  return `<item jid="${jid}" name="User ${n}" subscription="${subscription}">${groups}</item>`;
}

/** case-26's presence template, from contact n's phone. */
export function case26Presence(n: number): Element {
  return stanza(`<presence xmlns="jabber:client"
      from="${case26Jid(n)}/phone" to="bob@example.test/web">
    <c xmlns="http://jabber.org/protocol/caps" hash="sha-1"
      node="https://client.example.test" ver="B52OAULvA34goM9ouqQT/KBDHSw="/>
  </presence>`);
}
