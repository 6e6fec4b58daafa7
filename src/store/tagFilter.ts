import { create } from "zustand";

/** The tag the timeline is narrowed to, if any (a click on a tag). */
export interface TagFilterState {
  readonly tag: string | null;
  showTag(tag: string): void;
  clearTag(): void;
}

export const useTagFilterStore = create<TagFilterState>()((set) => ({
  tag: null,
  showTag: (tag) => set({ tag }),
  clearTag: () => set({ tag: null }),
}));

/** Tags compare without case, as people type them both ways. */
export function sameTag(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: "accent" }) === 0;
}
