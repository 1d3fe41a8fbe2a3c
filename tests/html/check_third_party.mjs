// Checks that the browser libraries under third_party/ (inlined into the HTML page) are exactly the
// files of the npm packages pinned in tests/html/package-lock.json, installed into
// tests/html/node_modules by `npm ci --prefix tests/html`: same bytes (SHA-256), same versions,
// same licence texts, for the libraries and for the packages bundled inside them.
// Exit 0 when all match, 1 when something differs, 77 (skip) when node_modules is absent.
import assert from "node:assert/strict";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SKIP } from "./browser.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "..", "..");
const THIRD_PARTY = path.join(ROOT, "third_party");
const MODULES = path.join(HERE, "node_modules");
const manifest = JSON.parse(fs.readFileSync(path.join(THIRD_PARTY, "packages.json"), "utf8"));
const lock = JSON.parse(fs.readFileSync(path.join(HERE, "package-lock.json"), "utf8"));
const pins = JSON.parse(fs.readFileSync(path.join(HERE, "package.json"), "utf8")).dependencies;

if (!fs.existsSync(MODULES)) {
  console.log("skipped: no tests/html/node_modules (npm ci --prefix tests/html)");
  process.exit(SKIP);
}

const sha256 = (file) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
let failures = 0;
function check(name, body) {
  try {
    body();
    console.log(`ok   ${name}`);
  } catch (error) {
    failures++;
    console.log(`FAIL ${name}: ${error.message}`);
  }
}

function checkPackage(entry, pinned) {
  const installed = path.join(MODULES, entry.name);
  const npmPackage = JSON.parse(fs.readFileSync(path.join(installed, "package.json"), "utf8"));
  check(`${entry.name}: version ${entry.version} is the one pinned and installed`, () => {
    if (pinned) assert.equal(pins[entry.name], entry.version, "tests/html/package.json");
    assert.equal(lock.packages[`node_modules/${entry.name}`].version, entry.version, "package-lock.json");
    assert.equal(npmPackage.version, entry.version, "node_modules");
    assert.equal(npmPackage.license, entry.license, "licence");
  });
  check(`${entry.name}: licence text is the package's`, () => {
    assert.ok(fs.readFileSync(path.join(THIRD_PARTY, entry.license_file)).equals(
      fs.readFileSync(path.join(installed, entry.npm_license_file))));
  });
  if (entry.file) {
    check(`${entry.name}: ${entry.file} is ${entry.npm_file} of the package (SHA-256)`, () => {
      const copy = sha256(path.join(THIRD_PARTY, entry.file));
      assert.equal(copy, entry.sha256, "third_party/packages.json");
      assert.equal(sha256(path.join(installed, entry.npm_file)), copy, "npm package");
    });
  }
}

for (const entry of manifest.packages) checkPackage(entry, true);
for (const entry of manifest.bundled) checkPackage(entry, false);
check("every file under third_party/ is listed in packages.json", () => {
  const listed = new Set(["packages.json", "README.md"]);
  for (const entry of [...manifest.packages, ...manifest.bundled]) {
    listed.add(entry.license_file);
    if (entry.file) listed.add(entry.file);
  }
  const files = fs.readdirSync(THIRD_PARTY, { recursive: true })
    .filter((name) => fs.statSync(path.join(THIRD_PARTY, name)).isFile());
  assert.deepEqual(files.filter((name) => !listed.has(name)), []);
});
process.exit(failures === 0 ? 0 : 1);
