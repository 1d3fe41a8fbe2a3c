#!/usr/bin/env node
// Writes the GEXF files of kgviz's reader tests that graphology-gexf (Gephi Lite's writer) makes:
// graphology_13.gexf (GEXF 1.3: string ids as attribute ids, lists as `[a, "b, c"]`, colours as
// viz:color hex) and graphology_12.gexf (GEXF 1.2: lists joined by `|`, colours as r, g, b), from
// one directed multigraph with parallel edges, a self-loop and every kind of value.
//
//     npm ci --prefix tests/interop && node tests/data/gexf/make_graphology.mjs
//
// Files land beside this script. They are checked in: regenerate only to re-capture the writer.
import {writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '../../interop/package.json'));
const {MultiDirectedGraph} = require('graphology');
const gexf = require('graphology-gexf');

const graph = new MultiDirectedGraph();
graph.setAttribute('description', 'graphology & <gexf> test');
graph.addNode('salt', {
  label: 'Salt Typhoon', type: 'intrusion-set', aliases: ['Earth Estries', 'GhostEmperor, too'],
  rank: 3, score: 0.25, active: true, color: '#e69f00', size: 12.5, x: 10.5, y: -3,
});
graph.addNode('att', {
  label: 'AT&T', type: 'identity', rank: 1, score: 2, active: false, color: '#0000ff', x: 0, y: 0,
});
graph.addNode('quoted "id"', {label: 'Line\nbreak', tags: ['x|y']});
graph.addEdgeWithKey('e1', 'salt', 'att', {
  label: 'targets', kind: 'targets', weight: 2.5, evidence: 'they said "<targets>" & more',
});
graph.addEdgeWithKey('e2', 'salt', 'att', {label: 'compromised', kind: 'compromises', weight: 1});
graph.addEdgeWithKey('e3', 'att', 'att', {kind: 'self', hops: 3});

for (const version of ['1.3', '1.2']) {
  const name = `graphology_${version.replace('.', '')}.gexf`;
  writeFileSync(join(here, name), gexf.write(graph, {version}));
}
