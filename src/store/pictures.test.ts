import { afterEach, describe, expect, it, vi } from "vitest";
import { live } from "./live";
import { uploadLimit, uploadPictures } from "./pictures";
import { fakeSession } from "./testFakes";

const file = (name: string) =>
  new File([new Uint8Array(4)], name, { type: "image/png" });

afterEach(() => {
  live.session = null;
});

describe("uploadPictures", () => {
  it("says pictures need a connection when there is no session", async () => {
    await expect(uploadPictures([file("a.png")])).resolves.toEqual({
      ok: false,
      error: "pictures-offline",
    });
  });

  it("uploads in order and gives the enclosures", async () => {
    const uploadPicture = vi.fn((f: File) =>
      Promise.resolve({ href: `https://up.test/${f.name}`, type: f.type }),
    );
    live.session = fakeSession({ uploadPicture });
    const result = await uploadPictures([file("a.png"), file("b.png")]);
    expect(result).toEqual({
      ok: true,
      images: [
        { href: "https://up.test/a.png", type: "image/png" },
        { href: "https://up.test/b.png", type: "image/png" },
      ],
    });
  });

  it("stops at the first failure and gives its code", async () => {
    const uploadPicture = vi.fn(() => Promise.reject(new Error("boom")));
    live.session = fakeSession({ uploadPicture });
    const result = await uploadPictures([file("a.png"), file("b.png")]);
    expect(result).toEqual({ ok: false, error: "unknown" });
    expect(uploadPicture).toHaveBeenCalledTimes(1);
  });
});

describe("uploadLimit", () => {
  it("rejects with no-upload-service when the server has none", async () => {
    live.session = fakeSession();
    await expect(uploadLimit()).rejects.toMatchObject({
      code: "no-upload-service",
    });
  });
});
