// `npx vitest bench --run src/store/searchIndex.bench.ts`: searching
// 100,000 posts whose words follow a long-tailed (Zipf-like) vocabulary,
// as real text does. Not part of npm test: building the index alone
// takes seconds, which is why the app builds it in slices, on demand.
import { bench, describe } from "vitest";
import type { Post } from "../model";
import { createPostIndex, searchPosts, syncPostIndex } from "./searchIndex";
import { makePost } from "./testFakes";

const POSTS = 100_000;
const WORDS = 20_000;

function corpus(): Map<string, Post> {
  let seed = 1;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const word = () => `w${Math.floor(WORDS ** random()).toString(36)}x`;
  const map = new Map<string, Post>();
  for (let i = 0; i < POSTS; i++) {
    const post = makePost(`u${i % 50}@example.test`, `i${i}`, i);
    const text = Array.from({ length: 25 }, word).join(" ");
    map.set(post.key, { ...post, body: { kind: "text", text } });
  }
  return map;
}

const index = createPostIndex();
syncPostIndex(index, corpus());

describe("search over 100,000 posts", () => {
  bench("a rare word", () => void searchPosts(index, "w3kx", 50));
  bench("two words", () => void searchPosts(index, "w2x w5x", 50));
  bench("a word being typed", () => void searchPosts(index, "w1a", 50));
  bench("the commonest word", () => void searchPosts(index, "w1x", 50));
});
