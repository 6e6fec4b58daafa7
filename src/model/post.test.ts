import { describe, expect, it } from "vitest";
import type { Post } from "./post";
import { comparePosts, postKey } from "./post";

function makePost(publisher: string, itemId: string, sortTime: number): Post {
  const time = new Date(sortTime).toISOString();
  return {
    key: postKey(publisher, itemId),
    publisher,
    itemId,
    title: itemId,
    body: { kind: "text", text: itemId },
    published: time,
    updated: time,
    approximateTime: false,
    sortTime,
  };
}

describe("comparePosts", () => {
  it("orders newest first", () => {
    const old = makePost("a@x.test", "1", 1000);
    const recent = makePost("b@x.test", "2", 2000);
    expect([old, recent].sort(comparePosts)).toEqual([recent, old]);
  });

  it("keeps posts of the same time in a stable order", () => {
    const a = makePost("a@x.test", "1", 1000);
    const b = makePost("b@x.test", "1", 1000);
    expect([b, a].sort(comparePosts)).toEqual([a, b]);
    expect([a, b].sort(comparePosts)).toEqual([a, b]);
  });
});
