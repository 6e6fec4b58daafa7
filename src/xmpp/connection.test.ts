import { describe, expect, it } from "vitest";
import { keysMechanism } from "./connection";
import type { ScramKeys } from "./scram";

const keys: ScramKeys = {
  hash: "SHA-256",
  salt: "c2FsdA==",
  iterations: 4096,
  clientKey: "",
  serverKey: "",
};

describe("keysMechanism", () => {
  it("picks the SCRAM variant the remembered keys were made with", () => {
    expect(keysMechanism(["SCRAM-SHA-1", "SCRAM-SHA-256"], keys)).toBe(
      "SCRAM-SHA-256",
    );
  });

  it("asks for the password on a server offering only PLAIN", () => {
    expect(() => keysMechanism(["PLAIN"], keys)).toThrow(
      expect.objectContaining({ code: "password-needed" }),
    );
  });

  it("asks for the password when there are no keys", () => {
    expect(() => keysMechanism(["SCRAM-SHA-1"])).toThrow(
      expect.objectContaining({ code: "password-needed" }),
    );
  });
});
