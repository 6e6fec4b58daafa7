// XML namespaces and node names Pepper speaks. Elements are always matched
// by namespace URI, never by prefix (Namespaces in XML 1.0 §6).

export const NS_CLIENT = "jabber:client";
export const NS_STANZAS = "urn:ietf:params:xml:ns:xmpp-stanzas";
export const NS_SASL = "urn:ietf:params:xml:ns:xmpp-sasl";

/** RFC 4287: the Atom Syndication Format. */
export const NS_ATOM = "http://www.w3.org/2005/Atom";
export const NS_XHTML = "http://www.w3.org/1999/xhtml";

/** XEP-0060: Publish-Subscribe, and its event, owner and error parts. */
export const NS_PUBSUB = "http://jabber.org/protocol/pubsub";
export const NS_PUBSUB_EVENT = "http://jabber.org/protocol/pubsub#event";
export const NS_PUBSUB_OWNER = "http://jabber.org/protocol/pubsub#owner";
export const NS_PUBSUB_ERRORS = "http://jabber.org/protocol/pubsub#errors";
export const FORM_PUBLISH_OPTIONS =
  "http://jabber.org/protocol/pubsub#publish-options";
export const FORM_NODE_CONFIG = "http://jabber.org/protocol/pubsub#node_config";

/** RFC 6121 §2: the roster. */
export const NS_ROSTER = "jabber:iq:roster";
/** XEP-0237 §2.1: the stream feature of a server that keeps versions. */
export const NS_ROSTER_VER = "urn:xmpp:features:rosterver";

/** XEP-0115: entity capabilities; XEP-0030: service discovery. */
export const NS_CAPS = "http://jabber.org/protocol/caps";
export const NS_DISCO_INFO = "http://jabber.org/protocol/disco#info";
export const NS_DISCO_ITEMS = "http://jabber.org/protocol/disco#items";

/** XEP-0363: HTTP File Upload. */
export const NS_UPLOAD = "urn:xmpp:http:upload:0";

/** XEP-0004: data forms; XEP-0059: result set management. */
export const NS_DATA_FORMS = "jabber:x:data";
export const NS_RSM = "http://jabber.org/protocol/rsm";

/** XEP-0199: the client answers pings (xmpp.js does it for us). */
export const NS_PING = "urn:xmpp:ping";

/** XEP-0277 §2: the PEP node that holds a user's microblog. */
export const NODE_MICROBLOG = "urn:xmpp:microblog:0";

/**
 * XEP-0330: the PEP node that lists the pubsub nodes we follow, and the
 * namespace of each item's payload. Movim and Converse share this list.
 */
export const NODE_SUBSCRIPTIONS = "urn:xmpp:pubsub:subscription";
export const NS_SUBSCRIPTION = "urn:xmpp:pubsub:subscription:0";
