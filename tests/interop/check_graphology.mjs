#!/usr/bin/env node
// Loads a GraphML file with graphology-graphml or a GEXF file with graphology-gexf (by extension;
// the parsers of Gephi Lite) and prints a JSON summary of what graphology saw.
//
//     node tests/interop/check_graphology.mjs FILE [--nodes N] [--edges M] [--node-attrs A,B] [--edge-attrs A,B]
//
// Prints {nodes, edges, type, multi, node_attrs, edge_attrs, graph_attrs, untyped, problems}.
// `untyped` lists every value whose JavaScript type does not match its declared type (numbers as
// numbers, not NaN: graphology reads `INF` as NaN), and every metric, x, y, size, r, g, b or weight
// that is not a number. graphology-graphml folds numeric r, g, b into `color` (#rrggbb): for GraphML,
// r, g, b count as present when `color` is such a hex string. `problems` lists unmet expectations:
// counts other than --nodes and --edges, attributes of --node-attrs / --edge-attrs that no node /
// edge carries, parallel edges merged, a missing reproducibility record.
//
// Exit status: 0 when the file loads, every value is typed and every expectation holds; 1
// otherwise; 2 on usage; 77 when the packages are not installed (`npm ci --prefix tests/interop`).
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);
const CONTRACT_NUMBERS = new Set([
  'degree', 'in_degree', 'out_degree', 'betweenness', 'closeness', 'harmonic', 'pagerank',
  'eigenvector', 'core', 'component', 'strong_component', 'clustering', 'community',
  'x', 'y', 'z', 'size', 'r', 'g', 'b', 'weight',
]);
const NUMERIC_TYPES = new Set(['int', 'integer', 'long', 'float', 'double']);
const HEX_COLOR = /^#[0-9a-f]{6}$/i;

function usage() {
  console.error('usage: node check_graphology.mjs FILE [--nodes N] [--edges M] [--node-attrs A,B] [--edge-attrs A,B]');
  process.exit(2);
}

function parseArguments(argv) {
  const options = {file: null, nodes: null, edges: null, nodeAttrs: [], edgeAttrs: []};
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (!argument.startsWith('--')) {
      if (options.file !== null) usage();
      options.file = argument;
      continue;
    }
    const value = argv[++i];
    if (value === undefined) usage();
    if (argument === '--nodes') options.nodes = Number(value);
    else if (argument === '--edges') options.edges = Number(value);
    else if (argument === '--node-attrs') options.nodeAttrs = value.split(',').filter(Boolean);
    else if (argument === '--edge-attrs') options.edgeAttrs = value.split(',').filter(Boolean);
    else usage();
  }
  if (options.file === null) usage();
  return options;
}

function loadPackages() {
  try {
    return {
      Graph: require('graphology'),
      graphml: require('graphology-graphml'),
      gexf: require('graphology-gexf'),
      DOMParser: require('@xmldom/xmldom').DOMParser,
      // Read from the files: graphology's "exports" hide its package.json from require().
      versions: ['graphology', 'graphology-graphml', 'graphology-gexf']
        .map((name) => {
          const manifest = new URL(`./node_modules/${name}/package.json`, import.meta.url);
          return `${name} ${JSON.parse(readFileSync(manifest, 'utf8')).version}`;
        })
        .join(', '),
    };
  } catch (error) {
    console.error(`skipped: ${error.message.split('\n')[0]}`);
    process.exit(77);
  }
}

/// {"node" | "edge": {name: declared type}} and the number of <edge> elements, from the XML.
function declarations(document, isGexf) {
  const declared = {node: {}, edge: {}, graph: {}};
  if (isGexf) {
    for (const attributes of Array.from(document.getElementsByTagName('attributes'))) {
      const scope = attributes.getAttribute('class');
      for (const attribute of Array.from(attributes.getElementsByTagName('attribute'))) {
        declared[scope][attribute.getAttribute('title')] = attribute.getAttribute('type') || 'string';
      }
    }
  } else {
    for (const key of Array.from(document.getElementsByTagName('key'))) {
      declared[key.getAttribute('for')][key.getAttribute('attr.name')] = key.getAttribute('attr.type') || 'string';
    }
  }
  return {declared, edgeElements: document.getElementsByTagName('edge').length};
}

function wantedType(name, declaredType) {
  if (CONTRACT_NUMBERS.has(name)) return 'number';
  if (declaredType === undefined) return null;  // set by the parser itself (label, kind, color)
  if (NUMERIC_TYPES.has(declaredType)) return 'number';
  return declaredType === 'boolean' ? 'boolean' : 'string';
}

function checkValues(scope, key, attributes, declared, untyped) {
  for (const [name, value] of Object.entries(attributes)) {
    const wanted = wantedType(name, declared[name]);
    if (wanted === null) continue;
    if (typeof value !== wanted || (wanted === 'number' && Number.isNaN(value))) {
      untyped.push(`${scope} ${JSON.stringify(key)} ${name}: ${declared[name] || 'contract number'} read as ${typeof value} ${typeof value === "number" ? String(value) : JSON.stringify(value)}`);
    }
  }
}

function summarize(packages, file) {
  const text = readFileSync(file, 'utf8');
  const isGexf = file.toLowerCase().endsWith('.gexf');
  const parser = isGexf ? packages.gexf : packages.graphml;
  const graph = parser.parse(packages.Graph, text);
  const {declared, edgeElements} = declarations(new packages.DOMParser().parseFromString(text, 'application/xml'), isGexf);
  const untyped = [];
  const nodeAttrs = new Set();
  const edgeAttrs = new Set();
  graph.forEachNode((key, attributes) => {
    checkValues('node', key, attributes, declared.node, untyped);
    Object.keys(attributes).forEach((name) => nodeAttrs.add(name));
    // graphology-graphml replaces numeric r, g, b by the hex colour.
    if (!isGexf && HEX_COLOR.test(attributes.color || '') && declared.node.r !== undefined) {
      ['r', 'g', 'b'].forEach((name) => nodeAttrs.add(name));
    }
  });
  graph.forEachEdge((key, attributes) => {
    checkValues('edge', key, attributes, declared.edge, untyped);
    Object.keys(attributes).forEach((name) => edgeAttrs.add(name));
  });
  return {
    tool: packages.versions,
    format: isGexf ? 'gexf' : 'graphml',
    nodes: graph.order,
    edges: graph.size,
    edge_elements: edgeElements,
    type: graph.type,
    multi: graph.multi,
    node_attrs: [...nodeAttrs].sort(),
    edge_attrs: [...edgeAttrs].sort(),
    graph_attrs: graph.getAttributes(),
    untyped,
  };
}

function problems(summary, options) {
  const found = [];
  if (options.nodes !== null && summary.nodes !== options.nodes) found.push(`${summary.nodes} nodes, expected ${options.nodes}`);
  if (options.edges !== null && summary.edges !== options.edges) found.push(`${summary.edges} edges, expected ${options.edges}`);
  if (summary.edges !== summary.edge_elements) found.push(`${summary.edge_elements} edges in the file, ${summary.edges} loaded: parallel edges merged`);
  for (const [scope, wanted, present] of [['node', options.nodeAttrs, summary.node_attrs], ['edge', options.edgeAttrs, summary.edge_attrs]]) {
    const missing = wanted.filter((name) => !present.includes(name));
    if (missing.length > 0) found.push(`no ${scope} carries ${missing.join(', ')}`);
  }
  // GraphML carries the record as graph data; GEXF in <meta><description>, read as `description`.
  const record = summary.format === 'gexf' ? summary.graph_attrs.description : summary.graph_attrs.kgviz_version;
  if (typeof record !== 'string' || record.length === 0) found.push('no reproducibility record');
  return found;
}

const options = parseArguments(process.argv.slice(2));
const packages = loadPackages();
let summary;
try {
  summary = summarize(packages, options.file);
} catch (error) {  // the point is to report any failure to load
  console.log(JSON.stringify({tool: packages.versions, error: `${error.name}: ${error.message}`}));
  process.exit(1);
}
summary.problems = problems(summary, options);
console.log(JSON.stringify(summary, null, 1));
process.exit(summary.untyped.length > 0 || summary.problems.length > 0 ? 1 : 0);
