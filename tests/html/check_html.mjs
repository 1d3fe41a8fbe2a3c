// End-to-end check of kgviz's interactive HTML page in headless chromium (docs/html.md).
//
//   node tests/html/check_html.mjs KGVIZ WORKDIR [INPUT] [--nodes N --edges M] [--hostile]
//                                  [--source-title TITLE] [--without-webgl]
//
// --without-webgl also opens the page in a chromium with WebGL turned off: the page must say why
// it cannot draw (not stay blank) and keep search, filters and the panel working.
//
// Exports INPUT (none = the bundled graph; a .gz is decompressed first) as HTML, node-link JSON
// and GraphML in one run, then opens the page from file:// and checks, against the node-link
// export (the expected values are computed here, independently of the page's script):
// no request leaves the page and nothing is logged as an error; node and edge counts; search;
// select and the side panel (every evidence quote verbatim); depth 1-3; each filter (type,
// confidence, community, metric range), through the API and through the legend; the time slider
// when relations carry dates; the URL fragment restoring a view in a new tab; hostile text staying
// inert; a screenshot that is not blank; the 2x PNG; and that a second export is byte-identical.
// Exit 0 when all pass, 1 on a failure, 77 (skip) without chromium or puppeteer-core.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { pathToFileURL } from "node:url";
import { SKIP, decodePNG, launch, loadPuppeteer, openPage } from "./browser.mjs";

const args = process.argv.slice(2);
function option(name) {
  const at = args.indexOf(name);
  if (at < 0) return null;
  const value = args[at + 1];
  args.splice(at, 2);
  return value;
}
const expectNodes = option("--nodes");
const expectEdges = option("--edges");
const sourceTitle = option("--source-title");
const noWebglAt = args.indexOf("--without-webgl");
const withoutWebgl = noWebglAt >= 0;
if (withoutWebgl) args.splice(noWebglAt, 1);
const hostileAt = args.indexOf("--hostile");
const hostile = hostileAt >= 0;
if (hostile) args.splice(hostileAt, 1);
const [kgviz, work, inputArg] = args;
if (!kgviz || !work) {
  console.error("usage: check_html.mjs KGVIZ WORKDIR [INPUT] [--nodes N --edges M] [--hostile] [--source-title T]");
  process.exit(2);
}

const loaded = await loadPuppeteer();
if (loaded.skip) {
  console.log(`skipped: ${loaded.skip}`);
  process.exit(SKIP);
}

fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(work, { recursive: true });
let input = inputArg;
if (input && input.endsWith(".gz")) {
  input = path.join(work, path.basename(input, ".gz"));
  fs.writeFileSync(input, zlib.gunzipSync(fs.readFileSync(inputArg)));
}
const inputs = input ? [input] : [];
const pagePath = path.join(work, "page.html");
function exportTo(...outputs) {
  const argv = ["export", ...inputs, "--quiet"];
  for (const output of outputs) argv.push("-o", output);
  execFileSync(kgviz, argv, { stdio: ["ignore", "inherit", "inherit"] });
}

let failures = 0;
let checks = 0;
async function check(name, body) {
  try {
    await body();
    checks++;
    console.log(`ok   ${name}`);
  } catch (error) {
    failures++;
    console.log(`FAIL ${name}: ${error && error.stack ? error.stack : error}`);
  }
}

// ---- the export and what the page must show (from the node-link export of the same run) ----------

exportTo(pagePath, path.join(work, "page.nodelink.json"), path.join(work, "page.graphml"));
exportTo(path.join(work, "again.html"));
const nodelink = JSON.parse(fs.readFileSync(path.join(work, "page.nodelink.json"), "utf8"));
const graphml = fs.readFileSync(path.join(work, "page.graphml"), "utf8");
const nodes = nodelink.nodes;
const edges = nodelink.edges;
const nodeById = new Map(nodes.map((node) => [node.id, node]));
const edgeId = (e) => edges[e].key;  // "e<index>", the ids of GraphML and of the page

const sorted = (list) => [...list].sort();
function sameSet(actual, expected, what) {
  assert.deepEqual(sorted(actual), sorted(expected), what);
}
function expectedView(keepNode, keepEdge) {
  const shown = new Set(nodes.filter(keepNode).map((node) => node.id));
  return {
    nodes: [...shown],
    edges: edges.map((edge, e) => e).filter((e) => keepEdge(edges[e]) && shown.has(edges[e].source) && shown.has(edges[e].target)).map(edgeId),
  };
}
function sameView(actual, expected, what) {
  sameSet(actual.nodes, expected.nodes, `${what}: entities`);
  sameSet(actual.edges, expected.edges, `${what}: relations`);
}
/// Entities within `depth` hops of `id`, relations in either direction.
function neighbourhood(id, depth, keepEdge = () => true) {
  const reached = new Set([id]);
  let frontier = [id];
  for (let d = 0; d < depth; d++) {
    const next = [];
    for (const edge of edges) {
      if (!keepEdge(edge)) continue;
      for (const [from, to] of [[edge.source, edge.target], [edge.target, edge.source]]) {
        if (frontier.includes(from) && !reached.has(to)) {
          reached.add(to);
          next.push(to);
        }
      }
    }
    frontier = next;
  }
  return reached;
}
const normalDate = (value) => {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T ])/.exec(String(value ?? "").trim());
  return value === undefined || value === null || !match ? null : `${match[1]}-${match[2] || "01"}-${match[3] || "01"}`;
};
const degree = new Map(nodes.map((node) => [node.id, 0]));
for (const edge of edges) {
  degree.set(edge.source, degree.get(edge.source) + 1);
  if (edge.target !== edge.source) degree.set(edge.target, degree.get(edge.target) + 1);
}

console.log(`input ${input || "(bundled graph)"}: ${nodes.length} entities, ${edges.length} relations`);
await check("export: same input, options and seed give byte-identical pages", () => {
  assert.ok(fs.readFileSync(pagePath).equals(fs.readFileSync(path.join(work, "again.html"))), "two exports differ");
});
await check("export: the GraphML of the same run has the same counts", () => {
  assert.equal((graphml.match(/<node id=/g) || []).length, nodes.length);
  assert.equal((graphml.match(/<edge id=/g) || []).length, edges.length);
  if (expectNodes !== null) assert.equal(nodes.length, Number(expectNodes), "entities");
  if (expectEdges !== null) assert.equal(edges.length, Number(expectEdges), "relations");
});

// ---- the page -----------------------------------------------------------------------------------

const chromium = await launch(loaded.puppeteer);
const url = pathToFileURL(pagePath).href;
const { page, requests, problems } = await openPage(chromium.browser, url);
const run = (body, ...values) => page.evaluate(body, ...values);
const view = () => run(() => window.kgviz.visible());
/// Runs `body(tab)` in a new tab of the same browser, then closes the tab.
async function browserPage(body) {
  const tab = await chromium.browser.newPage();
  try {
    await tab.setViewport({ width: 1280, height: 800 });
    return await body(tab);
  } finally {
    await tab.close();
  }
}
let ready = false;
await check("page: kgviz.ready resolves (first frame drawn)", async () => {
  const outcome = await run(() => window.kgviz.ready.then(() => "ready", (error) => "failed: " + error.message));
  assert.equal(outcome, "ready");
  ready = true;
});
if (!ready) {
  console.log(`problems: ${problems.join("\n")}`);
  await chromium.close();
  process.exit(1);
}

const everything = expectedView(() => true, () => true);
await check("page: counts equal the export's, everything is shown", async () => {
  const counts = await run(() => [window.kgviz.graph.order, window.kgviz.graph.size]);
  assert.deepEqual(counts, [nodes.length, edges.length]);
  sameView(await view(), everything, "initial view");
});
await check("page: graphology holds the export's relations, by id", async () => {
  const pairs = await run(() => {
    const graph = window.kgviz.graph;
    return graph.mapEdges((key, attributes, source, target) => [key, graph.getNodeAttribute(source, "id"), graph.getNodeAttribute(target, "id")]);
  });
  const expected = edges.map((edge, e) => [edgeId(e), edge.source, edge.target]);
  assert.deepEqual(pairs.sort(), expected.sort());
});

// The entity the checks look at: the most connected one whose label no other entity shares.
const labelCount = new Map();
for (const node of nodes) labelCount.set(node.label ?? node.id, (labelCount.get(node.label ?? node.id) || 0) + 1);
const focus = [...nodes]
  .filter((node) => labelCount.get(node.label ?? node.id) === 1 && (degree.get(node.id) > 0))
  .sort((a, b) => degree.get(b.id) - degree.get(a.id) || nodes.indexOf(a) - nodes.indexOf(b))[0];
const focusLabel = focus.label ?? focus.id;

await check("search: label, id, alias and case-insensitive matches come first", async () => {
  assert.equal((await run((q) => window.kgviz.search(q), focusLabel))[0], focus.id, "by label");
  assert.equal((await run((q) => window.kgviz.search(q), focus.id))[0], focus.id, "by id");
  assert.equal((await run((q) => window.kgviz.search(q), focusLabel.toUpperCase()))[0], focus.id, "upper case");
  const aliases = Array.isArray(focus.aliases) ? focus.aliases : [];
  for (const alias of aliases) {
    const others = nodes.filter((node) => node.id === alias || node.label === alias ||
      (Array.isArray(node.aliases) && node.aliases.includes(alias)));
    if (others.length === 1) assert.equal((await run((q) => window.kgviz.search(q), alias))[0], focus.id, `alias ${alias}`);
  }
  assert.deepEqual(await run(() => window.kgviz.search("")), []);
  const partial = focusLabel.slice(0, Math.max(2, Math.floor(focusLabel.length / 2)));
  const found = await run((q) => window.kgviz.search(q), partial);
  const expected = nodes.filter((node) => [node.id, node.label ?? node.id, ...(Array.isArray(node.aliases) ? node.aliases : [])]
    .some((key) => String(key).normalize("NFKC").toLowerCase().includes(partial.normalize("NFKC").toLowerCase().trim())));
  sameSet(found, expected.map((node) => node.id), `every match of "${partial}"`);
});

await check("search box: suggestions, Enter pins the best match", async () => {
  await page.click("#kgviz-search");
  await page.type("#kgviz-search", focusLabel);
  const suggested = await run(() => Array.from(document.querySelectorAll("#kgviz-suggestions li")).map((li) => li.firstChild.textContent));
  assert.ok(suggested.includes(focusLabel), `suggestions ${JSON.stringify(suggested)}`);
  await page.keyboard.press("Enter");
  assert.equal(await run(() => window.kgviz.state().selected), focus.id);
  await run(() => window.kgviz.select(null));
});

await check("hover: the entity's neighbours are highlighted, the others dimmed", async () => {
  // Zoom onto the entity so that the pointer, at the centre of the view, is on it.
  const centre = await run(async (id) => {
    // Unpinning animates the camera home; wait for it to end before moving it.
    while (window.kgviz.sigma.getCamera().isAnimated()) await new Promise((resolve) => setTimeout(resolve, 50));
    const graph = window.kgviz.graph;
    const key = graph.findNode((k, attributes) => attributes.id === id);
    const point = window.kgviz.sigma.getNodeDisplayData(key);
    window.kgviz.sigma.getCamera().setState({ x: point.x, y: point.y, ratio: 0.02, angle: 0 });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const box = document.getElementById("kgviz-graph").getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, focus.id);
  await page.mouse.move(centre.x - 40, centre.y - 40);
  await page.mouse.move(centre.x, centre.y, { steps: 4 });
  await new Promise((resolve) => setTimeout(resolve, 300));
  // Entries, not an object: an entity may be called __proto__.
  const seen = new Map(await run(() => window.kgviz.graph.mapNodes((key, attributes) => {
    const shown = window.kgviz.sigma.getNodeDisplayData(key);
    return [attributes.id, { color: shown.color, forceLabel: shown.forceLabel, own: attributes.color }];
  })));
  const near = neighbourhood(focus.id, 1);
  const dims = nodes.length + edges.length <= 30000;
  for (const node of nodes) {
    if (near.has(node.id)) {
      assert.equal(seen.get(node.id).forceLabel, true, `neighbour ${node.id} labelled`);
      assert.equal(seen.get(node.id).color, seen.get(node.id).own, `neighbour ${node.id} keeps its colour`);
    } else if (dims) {
      assert.equal(seen.get(node.id).color, "#e4e4e4", `${node.id} dimmed`);
    }
  }
  await page.mouse.move(1, 1);
  await run(() => window.kgviz.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }));
});

await check("select: the panel shows the entity and every relation's evidence verbatim", async () => {
  await run((id) => window.kgviz.select(id), focus.id);
  const panel = await run(() => {
    const element = document.getElementById("kgviz-panel");
    return {
      hidden: element.hidden,
      title: element.querySelector("h2").textContent,
      text: element.textContent,
      quotes: Array.from(element.querySelectorAll(".kgviz-evidence")).map((quote) => quote.textContent),
      cells: Array.from(element.querySelectorAll(".kgviz-attrs tr")).map((row) => [row.cells[0].textContent, row.cells[1].textContent]),
    };
  });
  assert.equal(panel.hidden, false);
  assert.equal(panel.title, focusLabel);
  const mine = edges.filter((edge) => edge.source === focus.id || edge.target === focus.id).slice(0, 200);
  const quotes = mine.map((edge) => edge.evidence).filter((quote) => typeof quote === "string" && quote !== "");
  assert.deepEqual(sorted(panel.quotes), sorted(quotes), "evidence quotes");
  for (const edge of mine) {
    if (edge.according_to && nodeById.has(edge.according_to)) {
      const who = nodeById.get(edge.according_to);
      assert.ok(panel.text.includes(who.label ?? who.id), `according_to ${edge.according_to}`);
    }
    if (edge.date) assert.ok(panel.text.includes(String(edge.date)), `date ${edge.date}`);
    if (edge.confidence) assert.ok(panel.text.includes(edge.confidence), `confidence ${edge.confidence}`);
    assert.ok(panel.text.includes(edge.relation ?? edge.label ?? ""), `relation ${edge.relation}`);
  }
  const names = panel.cells.map((cell) => cell[0]);
  for (const [name, value] of Object.entries(focus)) {
    if (name === "id" || value === null || (Array.isArray(value) && value.length === 0)) continue;
    assert.ok(names.includes(name), `attribute ${name} in the panel`);
  }
  if (sourceTitle !== null && mine.some((edge) => edge.source_doc)) {
    assert.ok(panel.text.includes(sourceTitle), `source title ${sourceTitle}`);
  }
});

await check("right after ready: search, the panel and a metric filter need not wait for the page to be idle", async () => {
  // The page reads its details block (evidence, aliases, metrics) lazily or when idle: calls made
  // in the very task that resolves `ready` must read it themselves.
  const early = await browserPage(async (tab) => {
    await tab.evaluateOnNewDocument((id, label) => {
      document.addEventListener("DOMContentLoaded", () => {
        window.kgviz.ready.then((kgviz) => {
          const found = kgviz.search(label);
          kgviz.select(id);
          const quotes = Array.from(document.querySelectorAll("#kgviz-panel .kgviz-evidence")).map((quote) => quote.textContent);
          kgviz.setFilter({ metric: { name: "degree", min: 1 } });
          window.earlyLook = { found: found[0], quotes, shown: kgviz.visible().nodes.length };
        });
      });
    }, focus.id, focusLabel);
    await tab.goto(url, { waitUntil: "load" });
    await tab.evaluate(() => window.kgviz.ready);
    return tab.evaluate(() => window.earlyLook);
  });
  assert.equal(early.found, focus.id);
  const quotes = edges.filter((edge) => edge.source === focus.id || edge.target === focus.id).slice(0, 200)
    .map((edge) => edge.evidence).filter((quote) => typeof quote === "string" && quote !== "");
  assert.deepEqual(sorted(early.quotes), sorted(quotes), "evidence quotes");
  // Every neighbour has a relation, so degree >= 1 hides none of them.
  assert.equal(early.shown, neighbourhood(focus.id, 1).size);
});

await check("depth: 1, 2 and 3 hops around the pinned entity", async () => {
  let previous = 0;
  for (const depth of [1, 2, 3]) {
    await run((d) => window.kgviz.setDepth(d), depth);
    const reach = neighbourhood(focus.id, depth);
    const actual = await view();
    sameView(actual, expectedView((node) => reach.has(node.id), () => true), `depth ${depth}`);
    assert.ok(actual.nodes.length >= previous);
    previous = actual.nodes.length;
  }
  await page.select("#kgviz-depth", "1");
  sameView(await view(), expectedView((node) => neighbourhood(focus.id, 1).has(node.id), () => true), "depth 1 from the select");
  await assert.rejects(run(() => window.kgviz.setDepth(4)));
  await run(() => window.kgviz.select(null));
  sameView(await view(), everything, "deselected");
});

// Filters: the commonest type, a confidence value, community 0, a degree range.
const typeCount = new Map();
for (const node of nodes) typeCount.set(node.type ?? "", (typeCount.get(node.type ?? "") || 0) + 1);
const someType = [...typeCount.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
const confidences = [...new Set(edges.map((edge) => edge.confidence ?? ""))];

await check("filter: entity type", async () => {
  await run((t) => window.kgviz.setFilter({ types: [t] }), someType);
  sameView(await view(), expectedView((node) => (node.type ?? "") === someType, () => true), `type ${someType}`);
});
if (confidences.length > 1) {
  await check("filter: confidence", async () => {
    const level = confidences.includes("confirmed") ? "confirmed" : confidences[0];
    await run((c) => window.kgviz.setFilter({ confidence: [c] }), level);
    sameView(await view(), expectedView(() => true, (edge) => (edge.confidence ?? "") === level), `confidence ${level}`);
  });
}
if (nodes.some((node) => typeof node.community === "number")) {
  await check("filter: community", async () => {
    await run(() => window.kgviz.setFilter({ communities: [0, 2] }));
    sameView(await view(), expectedView((node) => node.community === 0 || node.community === 2, () => true), "communities 0, 2");
  });
}
await check("filter: metric range", async () => {
  const degrees = nodes.map((node) => node.degree).sort((a, b) => a - b);
  const low = degrees[Math.floor(degrees.length / 2)];
  const high = degrees[degrees.length - 1];
  await run((min, max) => window.kgviz.setFilter({ metric: { name: "degree", min, max } }), low, high);
  sameView(await view(), expectedView((node) => node.degree >= low && node.degree <= high, () => true), `degree ${low}..${high}`);
  await run((min) => window.kgviz.setFilter({ metric: { name: "degree", min } }), low + 1);
  sameView(await view(), expectedView((node) => node.degree >= low + 1, () => true), `degree >= ${low + 1}`);
  await assert.rejects(run(() => window.kgviz.setFilter({ metric: { name: "no-such-metric" } })));
});
await check("filter: combined with a pinned entity and depth 2", async () => {
  await run((id, t) => {
    window.kgviz.select(id);
    window.kgviz.setDepth(2);
    window.kgviz.setFilter({ types: [t] });
  }, focus.id, someType);
  const keep = (node) => (node.type ?? "") === someType || node.id === focus.id;
  const shown = new Set(nodes.filter(keep).map((node) => node.id));
  const reach = neighbourhood(focus.id, 2, (edge) => shown.has(edge.source) && shown.has(edge.target));
  sameView(await view(), expectedView((node) => reach.has(node.id), () => true), "pinned, depth 2, one type");
  await run(() => {
    window.kgviz.setFilter({});
    window.kgviz.setDepth(1);
    window.kgviz.select(null);
  });
  sameView(await view(), everything, "setFilter({}) clears");
});

// The legend's rows are the filter: entity types, or communities when every entity has one type.
const legendByType = typeCount.size > 1;
const legendSection = legendByType ? "Entity types" : "Communities";
const legendKey = legendByType ? someType : "0";
const legendKeep = legendByType ? (node) => (node.type ?? "") === someType : (node) => node.community === 0;
await check(`legend: the ${legendSection.toLowerCase()} rows filter (none, then one row)`, async () => {
  await run((title) => {
    const section = Array.from(document.querySelectorAll("#kgviz-legend h2")).find((h) => h.textContent.startsWith(title));
    if (!section) throw new Error(`no legend section ${title}`);
    section.nextElementSibling.querySelectorAll("button")[1].click();  // "none"
  }, legendSection);
  assert.deepEqual((await view()).nodes, []);
  await run((key) => {
    const box = Array.from(document.querySelectorAll("#kgviz-legend input[type=checkbox]")).find((b) => b.dataset.key === key);
    box.click();
  }, legendKey);
  sameView(await view(), expectedView(legendKeep, () => true), `legend: ${legendSection} ${legendKey}`);
  await page.click("#kgviz-reset");
  sameView(await view(), everything, "reset");
});

// ---- time ---------------------------------------------------------------------------------------

const dates = [...new Set(edges.map((edge) => normalDate(edge.date)).filter((date) => date !== null))].sort();
function asOf(date) {
  const inTime = (edge) => normalDate(edge.date) === null || normalDate(edge.date) <= date;
  const active = new Set();
  const hasRelation = new Set();
  for (const edge of edges) {
    hasRelation.add(edge.source).add(edge.target);
    if (inTime(edge)) active.add(edge.source).add(edge.target);
  }
  return expectedView((node) => !hasRelation.has(node.id) || active.has(node.id), inTime);
}
if (dates.length > 0) {
  await check("time: setDate shows the relations as of the date", async () => {
    for (const date of [dates[0], dates[Math.floor(dates.length / 2)], dates[dates.length - 1]]) {
      await run((d) => window.kgviz.setDate(d), date);
      sameView(await view(), asOf(date), `as of ${date}`);
    }
    const before = `${Number(dates[0].slice(0, 4)) - 1}-06-30`;
    await run((d) => window.kgviz.setDate(d), before);
    sameView(await view(), asOf(before), `as of ${before}`);
    await assert.rejects(run(() => window.kgviz.setDate("yesterday")));
    await run(() => window.kgviz.setDate(null));
    sameView(await view(), everything, "no date");
  });
  await check("time: the slider", async () => {
    await run(() => {
      const slider = document.getElementById("kgviz-date");
      slider.value = "0";
      slider.dispatchEvent(new Event("input"));
    });
    assert.equal(await run(() => window.kgviz.state().date), dates[0]);
    sameView(await view(), asOf(dates[0]), "slider at the first date");
    await run(() => {
      const slider = document.getElementById("kgviz-date");
      slider.value = slider.max;
      slider.dispatchEvent(new Event("input"));
    });
    sameView(await view(), everything, "slider at the end: all dates");
  });
} else {
  await check("time: no slider without dated relations", async () => {
    assert.equal(await run(() => document.getElementById("kgviz-date")), null);
  });
}

// ---- the URL fragment ---------------------------------------------------------------------------

await check("fragment: a link restores the view in a new tab", async () => {
  const saved = await run(async (id, t, date) => {
    // Reset animates the camera home; an animation in progress would override the state set here.
    while (window.kgviz.sigma.getCamera().isAnimated()) await new Promise((resolve) => setTimeout(resolve, 50));
    window.kgviz.select(id);
    window.kgviz.setDepth(2);
    window.kgviz.setFilter({ types: [t, ""], metric: { name: "degree", min: 1 } });
    if (date) window.kgviz.setDate(date);
    // Selecting frames the neighbourhood (an animation); the camera set below comes after it.
    while (window.kgviz.sigma.getCamera().isAnimated()) await new Promise((resolve) => setTimeout(resolve, 50));
    window.kgviz.sigma.getCamera().setState({ x: 0.4, y: 0.6, ratio: 0.5, angle: 0 });
    return new Promise((resolve) => setTimeout(() => resolve({ hash: location.hash, state: window.kgviz.state(), visible: window.kgviz.visible() }), 600));
  }, focus.id, someType, dates.length ? dates[Math.floor(dates.length / 2)] : null);
  assert.ok(saved.hash.includes("cam="), `camera in ${saved.hash}`);
  const second = await openPage(chromium.browser, url + saved.hash);
  try {
    await second.page.evaluate(() => window.kgviz.ready);
    const restored = await second.page.evaluate(() => ({ state: window.kgviz.state(), visible: window.kgviz.visible(), camera: window.kgviz.sigma.getCamera().getState() }));
    assert.deepEqual(restored.state, saved.state);
    sameView(restored.visible, saved.visible, "restored");
    assert.ok(Math.abs(restored.camera.ratio - 0.5) < 1e-6 && Math.abs(restored.camera.x - 0.4) < 1e-6, "camera");
    assert.deepEqual(second.requests, [], "requests of the second tab");
    assert.deepEqual(second.problems, [], "console of the second tab");
    // A hand-edited or foreign fragment: unknown ids and broken escapes are ignored, not errors.
    await second.page.evaluate(() => { location.hash = "#sel=%E0%A4%A&types=*,%ZZ&depth=9&cam=x"; });
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(second.problems, [], "a malformed fragment logs no error");
  } finally {
    await second.page.close();
  }
  await run(() => window.kgviz.reset());
});

// ---- safety -------------------------------------------------------------------------------------

await check("hostile text: nothing injected runs or becomes markup", async () => {
  // Hover, select and search every entity with markup-like text, then look for any effect.
  const risky = nodes.filter((node) => /[<>&"'`{}]|javascript:|\u2028|\u2029/.test(JSON.stringify(node)));
  for (const node of risky.slice(0, 50)) {
    await run((id) => window.kgviz.select(id), node.id);
    const title = await run(() => document.querySelector("#kgviz-panel h2").textContent);
    assert.equal(title, node.label ?? node.id, `label of ${node.id} shown as text`);
    await run((q) => window.kgviz.search(q), node.label ?? node.id);
  }
  await page.type("#kgviz-search", "<img src=x onerror=window.pwned=1>");
  await run(() => window.kgviz.reset());
  const effects = await run(() => ({
    pwned: typeof window.pwned,
    scripts: document.scripts.length,
    foreign: document.querySelectorAll("img, svg, iframe, object, embed, link, style:not(head style), base, form, a[href]").length,
    handlers: Array.from(document.querySelectorAll("*")).filter((el) => Array.from(el.attributes).some((a) => a.name.startsWith("on"))).length,
  }));
  assert.deepEqual(effects, { pwned: "undefined", scripts: 5, foreign: 0, handlers: 0 });
  if (hostile) assert.ok(risky.length >= 5, `the hostile input has hostile entities (${risky.length})`);
});
await check("hostile text: the data islands are script-safe JSON", () => {
  const html = fs.readFileSync(pagePath, "utf8");
  for (const id of ["kgviz-data", "kgviz-details"]) {
    const open = `<script type="application/json" id="${id}">`;
    const start = html.indexOf(open);
    assert.ok(start >= 0, `no ${id}`);
    const body = html.slice(start + open.length, html.indexOf("</script>", start));
    assert.ok(!/[<>&\u2028\u2029]/.test(body), `raw < > & U+2028 U+2029 in ${id}`);
    JSON.parse(body);
  }
  // The two data islands, graphology, sigma.js and the page's own script.
  assert.equal((html.match(/<script/g) || []).length, 5, "script elements in the file");
  assert.ok(/<meta name="kgviz-record" content="\{[^"<>]*\}">/.test(html), "record in a <meta>");
  assert.ok(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/.test(html), "CSP");
});

// ---- pictures -----------------------------------------------------------------------------------

await check("screenshot: the graph is drawn (many pixels, several colours)", async () => {
  const box = await (await page.$("#kgviz-graph")).boundingBox();
  const shot = decodePNG(Buffer.from(await page.screenshot({ clip: box, type: "png" })));
  const colours = new Set();
  let drawn = 0;
  for (let at = 0; at < shot.pixels.length; at += 4) {
    const [r, g, b] = [shot.pixels[at], shot.pixels[at + 1], shot.pixels[at + 2]];
    if (r < 245 || g < 245 || b < 245) drawn++;
    colours.add((r << 16) | (g << 8) | b);
  }
  const share = drawn / (shot.width * shot.height);
  assert.ok(share > 0.002, `drawn share ${share}`);
  assert.ok(colours.size >= 8, `${colours.size} colours`);
  console.log(`     ${(100 * share).toFixed(2)}% of the view drawn, ${colours.size} colours`);
});
await check("save PNG: twice the screen resolution, not blank", async () => {
  const png = await run(async () => {
    const blob = await window.kgviz.exportPNG(2);
    const bitmap = await createImageBitmap(blob);
    const canvas = document.createElement("canvas");
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const context = canvas.getContext("2d");
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let drawn = 0;
    for (let at = 0; at < pixels.length; at += 4) if (pixels[at] < 245 || pixels[at + 1] < 245 || pixels[at + 2] < 245) drawn++;
    const element = document.getElementById("kgviz-graph");
    return { width: bitmap.width, height: bitmap.height, cssWidth: element.clientWidth, cssHeight: element.clientHeight, drawn, type: blob.type };
  });
  assert.equal(png.type, "image/png");
  assert.equal(png.width, 2 * png.cssWidth);
  assert.equal(png.height, 2 * png.cssHeight);
  assert.ok(png.drawn > 0.002 * png.width * png.height, `drawn ${png.drawn}`);
  sameView(await view(), everything, "the view after saving");
});

await check("narrow or hidden window: the graph keeps room or waits for it, and nothing throws", async () => {
  const graphWidth = () => run(() => document.getElementById("kgviz-graph").offsetWidth);
  await page.setViewport({ width: 240, height: 600 });
  await run(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  assert.ok(await graphWidth() > 200, "a 240-pixel window puts the legend above the graph");
  await page.setViewport({ width: 1280, height: 800 });
  // A hidden stage (a hidden frame, a collapsed layout) leaves sigma a zero-width container.
  await run(() => {
    document.getElementById("kgviz-stage").style.display = "none";
    window.kgviz.sigma.refresh();
    document.getElementById("kgviz-stage").style.display = "";
    window.kgviz.sigma.refresh();
  });
  assert.ok(await graphWidth() > 800);
  sameView(await view(), everything, "the view after the window changed size");
});

await check("no request left the page and nothing was logged as an error", () => {
  assert.deepEqual(requests, []);
  assert.deepEqual(problems, []);
});

await chromium.close();

if (withoutWebgl) {
  await check("without WebGL: the page says so, and search, filters and the panel still work", async () => {
    const blind = await launch(loaded.puppeteer, ["--disable-webgl", "--disable-3d-apis"]);
    try {
      const opened = await openPage(blind.browser, url);
      const outcome = await opened.page.evaluate(() => window.kgviz.ready.then(() => "ready", (error) => "rejected: " + error.message));
      assert.match(outcome, /^rejected: WebGL/);
      const shown = await opened.page.evaluate((id) => {
        const message = document.getElementById("kgviz-message");
        window.kgviz.select(id);
        return { hidden: message.hidden, message: message.textContent, panel: document.querySelector("#kgviz-panel h2").textContent,
          found: window.kgviz.search(id)[0], visible: window.kgviz.visible() };
      }, focus.id);
      assert.equal(shown.hidden, false);
      assert.match(shown.message, /WebGL/);
      assert.equal(shown.panel, focusLabel);
      assert.equal(shown.found, focus.id);
      sameView(shown.visible, expectedView((node) => neighbourhood(focus.id, 1).has(node.id), () => true), "without WebGL");
      // sigma.js itself fails on load without WebGL; nothing else may.
      assert.deepEqual(opened.problems.filter((problem) => !/getParameter/.test(problem)), []);
      assert.deepEqual(opened.requests, []);
    } finally {
      await blind.close();
    }
  });
}
console.log(`${checks} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
