// XEP-0004 data forms, as far as pubsub options need them.
import xml, { type Element } from "@xmpp/xml";
import { NS_DATA_FORMS } from "./ns";

/**
 * A form of type "submit" (XEP-0004 §3.1) with the hidden FORM_TYPE field
 * first (XEP-0068 §3) and one single-valued field per entry, in order.
 */
export function submitForm(
  formType: string,
  fields: Readonly<Record<string, string>>,
): Element {
  return xml(
    "x",
    { xmlns: NS_DATA_FORMS, type: "submit" },
    xml(
      "field",
      { var: "FORM_TYPE", type: "hidden" },
      xml("value", {}, formType),
    ),
    ...Object.entries(fields).map(([name, value]) =>
      xml("field", { var: name }, xml("value", {}, value)),
    ),
  );
}
