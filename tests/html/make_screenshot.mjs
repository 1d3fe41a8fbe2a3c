// Writes docs/html-view.png, the README's picture of the interactive page: the bundled graph with
// Salt Typhoon pinned (its neighbourhood, the panel with relations and evidence).
//
//   node tests/html/make_screenshot.mjs build/kgviz
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { launch, loadPuppeteer, openPage } from "./browser.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const kgviz = process.argv[2] || path.join(ROOT, "build", "kgviz");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "kgviz-screenshot-"));
const pagePath = path.join(work, "salt_typhoon.html");
execFileSync(kgviz, ["export", "--quiet", "-o", pagePath]);
const loaded = await loadPuppeteer();
if (loaded.skip) throw new Error(loaded.skip);
const chromium = await launch(loaded.puppeteer);
const { page } = await openPage(chromium.browser, pathToFileURL(pagePath).href, { width: 1100, height: 640 });
await page.evaluate(async () => {
  await window.kgviz.ready;
  window.kgviz.select("salt-typhoon");
  await new Promise((resolve) => setTimeout(resolve, 1200));  // the camera frames the neighbourhood
});
const out = path.join(ROOT, "docs", "html-view.png");
await page.screenshot({ path: out, type: "png" });
await chromium.close();
fs.rmSync(work, { recursive: true, force: true });
console.log(`${out}: ${fs.statSync(out).size} bytes`);
