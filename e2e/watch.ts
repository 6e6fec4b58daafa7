// Init scripts that let a spec watch the browser, not change the app:
// Notification is wrapped so each one shown is recorded, then really shown.
// The tab's visibility is the one thing emulated: headless Chromium keeps
// every page "visible" (another tab in front, a minimised window and CDP's
// lifecycle states all leave it so), so the spec flips the values of
// document.hidden and visibilityState and fires visibilitychange, exactly
// as the browser does when the tab goes to the background.
import type { BrowserContext, Page } from "@playwright/test";

declare global {
  interface Window {
    __shown: { title: string; body: string }[];
    __asked: number;
    __setHidden: (hidden: boolean) => void;
  }
}

function watch(): void {
  const Real = window.Notification;
  window.__shown = [];
  window.__asked = 0;
  class Watched extends Real {
    constructor(title: string, options?: NotificationOptions) {
      super(title, options);
      window.__shown.push({ title, body: options?.body ?? "" });
    }
  }
  Object.defineProperty(Watched, "permission", { get: () => Real.permission });
  Object.defineProperty(Watched, "requestPermission", {
    value: () => {
      window.__asked++;
      return Real.requestPermission();
    },
  });
  window.Notification = Watched;

  let hidden = false;
  const proto = Document.prototype;
  Object.defineProperty(proto, "hidden", { get: () => hidden });
  Object.defineProperty(proto, "visibilityState", {
    get: () => (hidden ? "hidden" : "visible"),
  });
  window.__setHidden = (value) => {
    hidden = value;
    document.dispatchEvent(new Event("visibilitychange"));
  };
}

export async function watchAttention(context: BrowserContext): Promise<void> {
  await context.addInitScript(watch);
}

export async function setHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((value) => window.__setHidden(value), hidden);
}

export function shownNotifications(page: Page) {
  return page.evaluate(() => window.__shown);
}

export function permissionRequests(page: Page) {
  return page.evaluate(() => window.__asked);
}
