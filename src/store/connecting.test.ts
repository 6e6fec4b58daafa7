import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { log } from "../log";
import type {
  LoginOptions,
  ScramKeys,
  Session,
  SessionHandlers,
} from "../xmpp";
import { PepperError } from "../xmpp";
import { loadRememberedLogin, saveRememberedLogin } from "../cache";
import { MemoryStorage } from "../cache/fixtures";
import { loginRemembered } from "./connecting";
import { live } from "./live";
import { useRosterStore } from "./roster";
import { useSessionStore } from "./session";
import { fakeSession, ME, resetAll } from "./testFakes";

const attempts = vi.hoisted(() => ({
  options: [] as LoginOptions[],
  handlers: [] as SessionHandlers[],
  next: [] as (() => Promise<Session>)[],
}));

vi.mock("../xmpp", async (importActual) => ({
  ...(await importActual<typeof import("../xmpp")>()),
  loadSession: () =>
    Promise.resolve({
      connect(options: LoginOptions, handlers: SessionHandlers) {
        attempts.options.push(options);
        attempts.handlers.push(handlers);
        const next = attempts.next.shift();
        return next ? next() : Promise.resolve(fakeSession());
      },
    }),
}));

const BOB = "bob@example.test";
const session = () => useSessionStore.getState();
const refuse = (code: string) => () => Promise.reject(new PepperError(code));

async function loseConnection(): Promise<void> {
  attempts.handlers.at(-1)?.onDisconnected(new PepperError("connection-lost"));
  await vi.advanceTimersByTimeAsync(0);
}

beforeEach(async () => {
  resetAll();
  vi.useFakeTimers();
  vi.spyOn(log, "warn").mockImplementation(() => undefined);
  vi.spyOn(log, "error").mockImplementation(() => undefined);
  attempts.options = [];
  attempts.handlers = [];
  attempts.next = [];
  await session().login({ jid: ME, password: "secret" });
});

afterEach(async () => {
  await session().logout({ forget: false });
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("reconnecting", () => {
  it("goes Offline, then connects again with the kept login", async () => {
    const fetched: string[] = [];
    attempts.next.push(() =>
      Promise.resolve(
        fakeSession({
          fetchFeed(owner) {
            fetched.push(owner);
            return Promise.resolve({ posts: [], complete: true });
          },
        }),
      ),
    );

    await loseConnection();
    expect(session().connection).toMatchObject({ status: "offline" });
    expect(live.session).toBeNull();

    await vi.advanceTimersByTimeAsync(1000);
    expect(session().connection).toEqual({ status: "online", jid: ME });
    expect(attempts.options[1]).toEqual(attempts.options[0]);
    // Our feed, and once more after presence (see loginSync.ts).
    expect(fetched).toEqual([ME, ME]);
  });

  it("resumes the lost stream without a new login where it can", async () => {
    const resumable = live.session as Session;
    resumable.resume = () => Promise.resolve(true);
    useRosterStore.getState().setAvailability([[BOB, "online"]]);

    await loseConnection();
    expect(useRosterStore.getState().presence).toEqual({});
    await vi.advanceTimersByTimeAsync(1000);

    expect(session().connection).toEqual({ status: "online", jid: ME });
    expect(live.session).toBe(resumable);
    expect(attempts.options).toHaveLength(1);
    expect(useRosterStore.getState().presence).toEqual({ [BOB]: "online" });
  });

  it("keeps trying to resume while the server is out of reach", async () => {
    const resumable = live.session as Session;
    const tries: string[] = [];
    resumable.resume = () => {
      tries.push("resume");
      return tries.length === 1
        ? Promise.reject(new PepperError("unreachable"))
        : Promise.resolve(true);
    };

    await loseConnection();
    await vi.advanceTimersByTimeAsync(1000);
    expect(session().connection).toMatchObject({ status: "offline" });
    await vi.advanceTimersByTimeAsync(2000);

    expect(tries).toEqual(["resume", "resume"]);
    expect(session().connection.status).toBe("online");
  });

  it("waits longer after each failed try", async () => {
    attempts.next.push(refuse("unreachable"), refuse("unreachable"));
    const retryAt = () => {
      const { connection } = session();
      return connection.status === "offline" ? connection.retryAt : undefined;
    };

    await loseConnection();
    const first = (retryAt() ?? 0) - Date.now();
    await vi.advanceTimersByTimeAsync(first);
    const second = (retryAt() ?? 0) - Date.now();
    await vi.advanceTimersByTimeAsync(second);
    const third = (retryAt() ?? 0) - Date.now();

    expect(first).toBeLessThanOrEqual(1000);
    expect(second).toBeGreaterThanOrEqual(1000);
    expect(third).toBeGreaterThanOrEqual(2000);
    expect(attempts.options).toHaveLength(3);
  });

  it("stops and forgets the password when the server refuses it", async () => {
    attempts.next.push(refuse("not-authorized"));

    await loseConnection();
    await vi.advanceTimersByTimeAsync(1000);

    expect(session().connection).toEqual({
      status: "offline",
      jid: ME,
      error: "not-authorized",
    });
    expect(live.login).toBeNull();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(attempts.options).toHaveLength(2);
  });

  it("tries at once when asked, not waiting for the timer", async () => {
    await loseConnection();
    await session().reconnectNow();

    expect(session().connection.status).toBe("online");
    expect(attempts.options).toHaveLength(2);
  });

  it("goes once where the server sent it, keeping the given login", async () => {
    const elsewhere = "wss://ws2.example.test/xmpp-websocket";
    const closed = new PepperError("connection-lost", "", undefined, elsewhere);
    attempts.handlers.at(-1)?.onDisconnected(closed);
    await vi.advanceTimersByTimeAsync(0);
    expect(session().connection).toMatchObject({ status: "offline" });
    await vi.advanceTimersByTimeAsync(1000);

    expect(session().connection.status).toBe("online");
    expect(attempts.options[1]).toEqual({
      ...attempts.options[0],
      service: elsewhere,
      redirects: 1,
    });
    expect(live.login).toEqual(attempts.options[0]);
    await loseConnection();
    await vi.advanceTimersByTimeAsync(1000);
    expect(attempts.options[2]).toEqual(attempts.options[0]);
  });

  it("forgets the login and any retry on logout", async () => {
    await loseConnection();
    await session().logout({ forget: false });
    await vi.advanceTimersByTimeAsync(120_000);

    expect(live.login).toBeNull();
    expect(attempts.options).toHaveLength(1);
  });
});

describe("loginRemembered", () => {
  const keys: ScramKeys = {
    hash: "SHA-1",
    salt: "c2FsdA==",
    iterations: 4096,
    clientKey: "Y2xpZW50",
    serverKey: "c2VydmVy",
  };

  beforeEach(async () => {
    await session().logout({ forget: false });
    vi.stubGlobal("localStorage", new MemoryStorage());
    saveRememberedLogin(ME, keys);
    useSessionStore.setState({
      connection: { status: "offline", jid: ME },
      account: { jid: ME },
    });
  });

  afterEach(() => vi.unstubAllGlobals());

  it("logs in with the keys, no password", async () => {
    await loginRemembered({ jid: ME }, keys);

    expect(session().connection.status).toBe("online");
    expect(attempts.options.at(-1)).toEqual({ jid: ME, password: "", keys });
  });

  it("keeps trying while the server is away", async () => {
    attempts.next.push(refuse("unreachable"));

    await loginRemembered({ jid: ME }, keys);
    expect(session().connection).toMatchObject({ status: "offline" });
    await vi.advanceTimersByTimeAsync(1000);

    expect(session().connection.status).toBe("online");
  });

  it("forgets keys that no longer work and asks for the password", async () => {
    attempts.next.push(refuse("password-needed"));

    await loginRemembered({ jid: ME }, keys);

    expect(session().connection).toEqual({
      status: "offline",
      jid: ME,
      error: "password-needed",
    });
    expect(loadRememberedLogin(ME)).toBeNull();
    expect(live.login).toBeNull();
  });
});
