// Types for the parts of xmpp.js (and its ltx elements) that Pepper uses.
// The packages ship plain JavaScript without declarations.

declare module "@xmpp/xml" {
  export type Node = Element | string;

  export class Element {
    constructor(name: string, attrs?: Record<string, string>);
    name: string;
    attrs: Record<string, string | undefined>;
    children: Node[];
    parent: Element | null;
    is(name: string, xmlns?: string): boolean;
    getName(): string;
    getNS(): string | undefined;
    getAttr(name: string, xmlns?: string): string | undefined;
    getChild(name: string, xmlns?: string): Element | undefined;
    getChildren(name: string, xmlns?: string): Element[];
    getChildElements(): Element[];
    getChildText(name: string, xmlns?: string): string | null;
    getText(): string;
    text(): string;
    attr(name: string): string | undefined;
    append(...nodes: Node[]): Element;
    c(name: string, attrs?: Record<string, string>): Element;
    t(text: string): Element;
    up(): Element;
    root(): Element;
    toString(): string;
  }

  export type Child = Node | null | undefined | false | Child[];

  export function xml(
    name: string,
    attrs?: Record<string, string | undefined> | null,
    ...children: Child[]
  ): Element;

  /** Streaming parser: "start" at the root's start tag, "end" at its end. */
  export class Parser {
    on(event: "start" | "end" | "element", fn: (el: Element) => void): void;
    on(event: "error", fn: (error: Error) => void): void;
    write(data: string): void;
  }

  export function escapeXML(s: string): string;
  export function escapeXMLText(s: string): string;

  export default xml;
}

declare module "@xmpp/xml/lib/parse.js" {
  import type { Element } from "@xmpp/xml";
  export default function parse(data: string): Element;
}

declare module "@xmpp/client" {
  import type { Element } from "@xmpp/xml";

  export { xml } from "@xmpp/xml";

  export interface JID {
    local: string;
    domain: string;
    resource: string;
    bare(): JID;
    toString(): string;
  }

  /** Extra credential fields reach the mechanism's response() as given. */
  export type Authenticate = (
    credentials: { username: string; password: string; keys?: unknown },
    mechanism: string,
  ) => Promise<void>;

  export interface ClientOptions {
    service: string;
    domain?: string;
    resource?: string;
    username?: string;
    password?: string;
    credentials?: (
      authenticate: Authenticate,
      mechanisms: string[],
    ) => Promise<void>;
    timeout?: number;
  }

  export interface SaslMechanismClass {
    new (): unknown;
    prototype: { name: string };
  }

  export interface SaslFactory {
    _mechs: { name: string; mech: SaslMechanismClass }[];
    use(mech: SaslMechanismClass): SaslFactory;
    use(name: string, mech: SaslMechanismClass): SaslFactory;
  }

  export interface IqHandlerContext {
    stanza: Element;
    element: Element;
    from: JID;
  }

  export interface Client {
    jid: JID | null;
    status: string;
    timeout: number;
    options: { service: string; domain: string };
    /** Where the socket's frames go to be parsed (bound at connect). */
    _onData(data: unknown): void;
    /** xmpp.js's wrapper of the current WebSocket; null between sockets. */
    socket: {
      socket: { protocol: string; readyState: number } | null;
      once(event: "data", fn: (data: unknown) => void): void;
      write(data: string, fn?: (error?: Error) => void): void;
      end(): void;
    } | null;
    start(): Promise<JID>;
    connect(service: string): Promise<void>;
    open(options: { domain: string; lang?: string }): Promise<void>;
    stop(): Promise<void>;
    disconnect(timeout?: number): Promise<void>;
    send(element: Element): Promise<void>;
    on(
      event: "stanza" | "nonza" | "element" | "send",
      fn: (el: Element) => void,
    ): void;
    on(event: "error", fn: (err: Error) => void): void;
    on(event: "status", fn: (status: string, value?: unknown) => void): void;
    on(
      event: "offline" | "disconnect" | "online",
      fn: (...args: unknown[]) => void,
    ): void;
    removeListener(event: string, fn: (...args: never[]) => void): void;
    isSecure(): boolean;
    saslFactory: {
      use(mech: SaslMechanismClass): void;
      use(name: string, mech: SaslMechanismClass): void;
    };
    iqCaller: {
      request(element: Element, timeout?: number): Promise<Element>;
    };
    iqCallee: {
      get(
        ns: string,
        name: string,
        handler: (ctx: IqHandlerContext) => Element | Promise<Element>,
      ): void;
      /** A handler that returns undefined gets service-unavailable sent. */
      set(
        ns: string,
        name: string,
        handler: (
          ctx: IqHandlerContext,
        ) => Element | Record<string, never> | Promise<Element> | undefined,
      ): void;
    };
    reconnect: { stop(): void; delay: number };
    streamManagement: {
      enabled: boolean;
      /** The XEP-0198 SM-ID of a resumable stream; "" when there is none. */
      id: string;
      on(event: "resumed", fn: () => void): void;
      removeListener(event: "resumed", fn: () => void): void;
    };
  }

  export function client(options: ClientOptions): Client;
  export function jid(s: string): JID;
}
