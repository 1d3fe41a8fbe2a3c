// Headless Debian chromium for kgviz's HTML tests and bench/html.mjs: one place for its flags,
// the request and console watch, and a PNG decoder for screenshots.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const CHROMIUM = process.env.KGVIZ_CHROMIUM || "/usr/bin/chromium";
export const SKIP = 77;  // ctest's SKIP_RETURN_CODE

// Software WebGL (no GPU in CI): ANGLE on SwiftShader. The rest keeps Chromium from calling home
// (this machine has no network; no test may depend on one) and from sharing state between runs.
// --disable-gpu is left out on purpose: with it Chromium logs "GPU stall due to ReadPixels"
// warnings on every sigma picking pass. (puppeteer adds --headless itself: `headless: true`.)
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--disable-extensions",
  "--no-first-run",
  "--no-default-browser-check",
  "--mute-audio",
];

/// puppeteer-core from tests/html/node_modules (npm ci --prefix tests/html), or null when it or
/// chromium is missing: the caller then skips.
export async function loadPuppeteer() {
  const entry = path.join(HERE, "node_modules", "puppeteer-core", "lib", "esm", "puppeteer", "puppeteer-core.js");
  if (!fs.existsSync(CHROMIUM)) return { skip: `no chromium at ${CHROMIUM} (apt-get install chromium)` };
  if (!fs.existsSync(entry)) return { skip: "no puppeteer-core (npm ci --prefix tests/html)" };
  return { puppeteer: (await import(entry)).default };
}

/// Starts chromium with a fresh profile (and `extraArgs`); `close()` stops it and removes the profile.
export async function launch(puppeteer, extraArgs = []) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "kgviz-chromium-"));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: profile,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    protocolTimeout: 300000,
  });
  return {
    browser,
    async close() {
      await browser.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/// Opens `url` in a new tab that records every request but the page's own document (and aborts
/// it) and every console error or uncaught exception. Returns {page, requests, problems}.
export async function openPage(browser, url, { width = 1280, height = 800 } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  const requests = [];
  const problems = [];
  const documentUrl = url.split("#")[0];
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    if (request.url().split("#")[0] === documentUrl && request.isNavigationRequest()) {
      request.continue();
    } else {
      requests.push(request.url());
      request.abort();
    }
  });
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "assert") problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  await page.goto(url, { waitUntil: "load", timeout: 300000 });
  return { page, requests, problems };
}

/// Decodes an 8-bit, non-interlaced PNG (what Chromium's screenshots are) into RGBA pixels.
export function decodePNG(buffer) {
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  if (!buffer.subarray(0, 8).equals(signature)) throw new Error("not a PNG");
  let width = 0, height = 0, colorType = 0, bitDepth = 0, interlace = 0;
  const chunks = [];
  for (let at = 8; at < buffer.length;) {
    const length = buffer.readUInt32BE(at);
    const type = buffer.toString("latin1", at + 4, at + 8);
    const body = buffer.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      bitDepth = body[8];
      colorType = body[9];
      interlace = body[12];
    } else if (type === "IDAT") {
      chunks.push(body);
    }
    at += 12 + length;
  }
  const channels = { 2: 3, 6: 4, 0: 1, 4: 2 }[colorType];
  if (bitDepth !== 8 || interlace !== 0 || !channels) {
    throw new Error(`unsupported PNG (bit depth ${bitDepth}, colour type ${colorType}, interlace ${interlace})`);
  }
  const raw = zlib.inflateSync(Buffer.concat(chunks));
  const stride = width * channels;
  const pixels = Buffer.alloc(width * height * 4);
  let previous = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? line[x - channels] : 0;
      const up = previous[x];
      const upLeft = x >= channels ? previous[x - channels] : 0;
      let add = 0;
      if (filter === 1) add = left;
      else if (filter === 2) add = up;
      else if (filter === 3) add = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left), pb = Math.abs(p - up), pc = Math.abs(p - upLeft);
        add = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      line[x] = (line[x] + add) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const source = x * channels, target = (y * width + x) * 4;
      if (channels >= 3) {
        pixels[target] = line[source];
        pixels[target + 1] = line[source + 1];
        pixels[target + 2] = line[source + 2];
        pixels[target + 3] = channels === 4 ? line[source + 3] : 255;
      } else {
        pixels[target] = pixels[target + 1] = pixels[target + 2] = line[source];
        pixels[target + 3] = channels === 2 ? line[source + 1] : 255;
      }
    }
    previous = line;
  }
  return { width, height, pixels };
}
