import { describe, expect, it } from "vitest";
import { memoryStoragePerTest } from "./fixtures";
import type { ScramKeys } from "../xmpp";
import {
  REMEMBERED_KEY,
  forgetRememberedLogin,
  loadRememberedLogin,
  saveRememberedLogin,
} from "./rememberedLogin";

const ALICE = "alice@example.test";
const KEYS: ScramKeys = {
  hash: "SHA-1",
  salt: "QSXCR+Q6sek8bf92",
  iterations: 4096,
  clientKey: "4jTEe/bDZpbdbYUrmaqiuiZVVyg=",
  serverKey: "D+CSWLOshSulAsxiupA+qs2/fTE=",
};

memoryStoragePerTest();

describe("remembered login", () => {
  it("loads back the keys saved for the same account only", () => {
    saveRememberedLogin(ALICE, KEYS);

    expect(loadRememberedLogin(ALICE)).toEqual(KEYS);
    expect(loadRememberedLogin("bob@example.test")).toBeNull();
  });

  it("stores only the SCRAM fields, whatever else the caller holds", () => {
    saveRememberedLogin(ALICE, { ...KEYS, password: "pencil" } as ScramKeys);

    expect(localStorage.getItem(REMEMBERED_KEY)).not.toContain("pencil");
  });

  it("is gone after forgetRememberedLogin", () => {
    saveRememberedLogin(ALICE, KEYS);
    forgetRememberedLogin();

    expect(loadRememberedLogin(ALICE)).toBeNull();
  });

  it("ignores a malformed record", () => {
    localStorage.setItem(REMEMBERED_KEY, '{"jid":"alice@example.test"}');

    expect(loadRememberedLogin(ALICE)).toBeNull();
  });
});
