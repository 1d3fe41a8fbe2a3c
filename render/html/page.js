/* kgviz interactive view: the script of the page render/html_writer.cpp writes. docs/html.md
 * documents what the page shows and its automation API, window.kgviz. Every text of the graph goes
 * into the document through textContent (or sigma's canvas), never as markup. */
(function () {
  "use strict";

  var readyResolve, readyReject;
  var api = {
    ready: new Promise(function (resolve, reject) {
      readyResolve = resolve;
      readyReject = reject;
    })
  };
  window.kgviz = api;
  // A page that failed to draw explains why; no script should see an unhandled rejection for it.
  api.ready.catch(function () {});

  // ---- the data --------------------------------------------------------------------------------

  // Steps of the start are timed with performance.measure("kgviz: ...") (bench/html.mjs reads them).
  var stepStart = performance.now();
  function step(name) {
    var now = performance.now();
    performance.measure("kgviz: " + name, { start: stepStart, end: now });
    stepStart = now;
  }

  // Two blocks (docs/html.md "The data in the page"): kgviz-data, what the first frame, the legend
  // and the filters need, parsed now; kgviz-details, the other columns (evidence, aliases,
  // metrics, ...), parsed once when first needed (the panel, the search, a metric filter) or when
  // the page is idle after its first frame.
  var data = JSON.parse(document.getElementById("kgviz-data").textContent);
  step("parse data");
  var N = data.nodes.count;
  var M = data.edges.count;
  var nodeIds = data.nodes.id;
  var nodeColumns = data.nodes.columns;
  var edgeColumns = data.edges.columns;
  var edgeSource = data.edges.source;
  var edgeTarget = data.edges.target;
  var HINT_COLUMNS = ["x", "y", "size", "r", "g", "b", "color"];
  var NUMERIC_TYPES = ["int", "long", "float", "double"];

  var detailsRead = false;
  /// Moves the values of the details block into their columns' entries.
  function readDetails() {
    if (detailsRead) return;
    var details = JSON.parse(document.getElementById("kgviz-details").textContent);
    [[nodeColumns, details.nodes], [edgeColumns, details.edges]].forEach(function (pair) {
      var at = 0;
      pair[0].forEach(function (entry) {
        if (!entry.details) return;
        var stored = pair[1][at++];
        if (!stored || stored.name !== entry.name) throw new Error("kgviz: the page's details block does not match its data");
        entry.values = stored.values;
        entry.table = stored.table;
        entry.codes = stored.codes;
        entry.details = false;
      });
    });
    detailsRead = true;
  }
  /// One value per row of a column entry: its `values`, or its `table` indexed by its `codes`
  /// (decoded once); read from the details block first if it is there.
  function valuesOf(entry) {
    if (entry.details) readDetails();
    if (!entry.values) {
      var table = entry.table, codes = entry.codes;
      var values = new Array(codes.length);
      for (var i = 0; i < codes.length; i++) values[i] = table[codes[i]];
      entry.values = values;
    }
    return entry.values;
  }
  function column(columns, name) {
    for (var c = 0; c < columns.length; c++) if (columns[c].name === name) return valuesOf(columns[c]);
    return null;
  }
  function text(value) {
    if (value === null || value === undefined) return "";
    if (Array.isArray(value)) return value.map(text).join("; ");
    return String(value);
  }
  /// `fn(value)` for each of `count` rows of column `name` (`fn(null)` when there is no such
  /// column), computed once per distinct value of a column stored as a table.
  function mapColumn(columns, name, count, fn) {
    var out = new Array(count);
    var entry = null;
    for (var c = 0; c < columns.length; c++) if (columns[c].name === name) entry = columns[c];
    if (entry && entry.details) readDetails();
    if (entry && !entry.values) {
      var table = entry.table.map(fn), codes = entry.codes;
      for (var i = 0; i < count; i++) out[i] = table[codes[i]];
      return out;
    }
    var values = entry ? entry.values : null;
    for (var j = 0; j < count; j++) out[j] = fn(values ? values[j] : null);
    return out;
  }
  /// The text of column `name` at `row` ("" when the column is absent or the row has no value).
  function cell(columns, name, row) {
    var values = column(columns, name);
    return values ? text(values[row]) : "";
  }

  var indexOfId = new Map();
  for (var i0 = 0; i0 < N; i0++) indexOfId.set(nodeIds[i0], i0);

  var nodeLabel = mapColumn(nodeColumns, "label", N, text);
  for (var i1 = 0; i1 < N; i1++) if (nodeLabel[i1] === "") nodeLabel[i1] = String(nodeIds[i1]);
  var nodeType = mapColumn(nodeColumns, "type", N, text);
  var communityValues = column(nodeColumns, "community");

  // A relation's type is its `relation`, else its `label`; its label the other way round.
  var edgeLabelText = mapColumn(edgeColumns, "label", M, text);
  var edgeRelation = mapColumn(edgeColumns, "relation", M, text);
  for (var e0 = 0; e0 < M; e0++) if (edgeRelation[e0] === "") edgeRelation[e0] = edgeLabelText[e0];
  var edgeConfidence = mapColumn(edgeColumns, "confidence", M, text);

  // Incident relations of every entity, both directions (CSR: incident[offset[v] .. offset[v+1])).
  var incidentOffset = new Int32Array(N + 1);
  for (var e1 = 0; e1 < M; e1++) {
    incidentOffset[edgeSource[e1] + 1]++;
    if (edgeTarget[e1] !== edgeSource[e1]) incidentOffset[edgeTarget[e1] + 1]++;
  }
  for (var v0 = 0; v0 < N; v0++) incidentOffset[v0 + 1] += incidentOffset[v0];
  var incident = new Int32Array(incidentOffset[N]);
  var fill = incidentOffset.slice(0, N);
  for (var e2 = 0; e2 < M; e2++) {
    incident[fill[edgeSource[e2]]++] = e2;
    if (edgeTarget[e2] !== edgeSource[e2]) incident[fill[edgeTarget[e2]]++] = e2;
  }
  function otherEnd(e, v) {
    return edgeSource[e] === v ? edgeTarget[e] : edgeSource[e];
  }

  // Dates: ISO dates, or their leading YYYY, YYYY-MM, YYYY-MM-DD (a STIX timestamp's date); a
  // year or month alone counts from its first day. Anything else is undated.
  var DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T ])/;
  function normalDate(value) {
    if (typeof value === "number" && Number.isInteger(value)) value = String(value);
    if (typeof value !== "string") return null;
    var match = DATE.exec(value.trim());
    return match ? match[1] + "-" + (match[2] || "01") + "-" + (match[3] || "01") : null;
  }
  var edgeDate = mapColumn(edgeColumns, "date", M, normalDate);
  var distinctDates = new Set();
  for (var e3 = 0; e3 < M; e3++) if (edgeDate[e3] !== null) distinctDates.add(edgeDate[e3]);
  var dates = Array.from(distinctDates).sort();

  var options = (data.graph && data.graph.options) || {};

  // ---- look ------------------------------------------------------------------------------------

  // Relations on a large graph are drawn thin and light (see the edge programs in start()).
  var LARGE = 20000;

  // Confidence by colour and opacity (WebGL lines are not dashed): the surer, the darker.
  // One colour per level of data.confidence_levels (surest first, as kgviz names them).
  var CONFIDENCE_COLORS = ["#333333", "#4477aacc", "#ee7733aa"];
  var OTHER_COLORS = ["#228833cc", "#aa3377cc", "#66cceecc", "#ccbb44cc"];
  var NO_CONFIDENCE = M > LARGE ? "#8c8c8c66" : M > 2000 ? "#8c8c8caa" : "#8c8c8c";
  var confidenceOrder = [];
  var confidenceColor = new Map();
  (data.confidence_levels || []).forEach(function (level, rank) {
    if (edgeConfidence.indexOf(level) >= 0) {
      confidenceOrder.push(level);
      confidenceColor.set(level, CONFIDENCE_COLORS[rank % CONFIDENCE_COLORS.length]);
    }
  });
  for (var e4 = 0; e4 < M; e4++) {
    var level = edgeConfidence[e4];
    if (confidenceColor.has(level)) continue;
    confidenceOrder.push(level);
    confidenceColor.set(level, level === "" ? NO_CONFIDENCE : OTHER_COLORS[(confidenceOrder.length - 1) % OTHER_COLORS.length]);
  }
  var DIMMED_NODE = "#e4e4e4";
  var DIMMED_EDGE = "#00000014";

  // ---- state: what is selected, filtered and shown ---------------------------------------------

  var state = {
    selected: -1,  // pinned entity (index), -1 = none
    depth: 1,
    types: null,  // Set of entity types shown, null = all
    confidence: null,  // Set of confidence values shown ("" = none given), null = all
    communities: null,  // Set of community numbers shown, null = all
    metric: null,  // {name, values, min, max}: entities with the metric in [min, max]
    date: null  // "YYYY-MM-DD": relations dated after it are hidden
  };
  var hovered = -1;
  var hoverSet = null;  // Set of indices highlighted around `hovered`
  var nodeVisible = new Uint8Array(N);
  var edgeVisible = new Uint8Array(M);

  function nodePasses(v) {
    if (state.types !== null && !state.types.has(nodeType[v])) return false;
    if (state.communities !== null) {
      var community = communityValues ? communityValues[v] : null;
      if (community === null || !state.communities.has(community)) return false;
    }
    if (state.metric !== null) {
      var value = state.metric.values[v];
      if (typeof value !== "number" || !isFinite(value)) return false;
      if (state.metric.min !== null && value < state.metric.min) return false;
      if (state.metric.max !== null && value > state.metric.max) return false;
    }
    return true;
  }
  function edgeInTime(e) {
    return state.date === null || edgeDate[e] === null || edgeDate[e] <= state.date;
  }
  function edgePasses(e) {
    return edgeInTime(e) && (state.confidence === null || state.confidence.has(edgeConfidence[e]));
  }

  /// Fills nodeVisible/edgeVisible from the state. O(n + m).
  function computeVisible() {
    for (var v = 0; v < N; v++) {
      var shown = nodePasses(v);
      if (shown && state.date !== null) {
        // As of a date, an entity appears with its first relation (one without relations stays).
        var begin = incidentOffset[v], end = incidentOffset[v + 1];
        if (end > begin) {
          shown = false;
          for (var k = begin; k < end && !shown; k++) shown = edgeInTime(incident[k]);
        }
      }
      nodeVisible[v] = shown ? 1 : 0;
    }
    if (state.selected >= 0) {
      nodeVisible[state.selected] = 1;
      // Entities within `depth` hops of the pinned one, along shown relations in either direction.
      var level = new Int32Array(N).fill(-1);
      level[state.selected] = 0;
      var frontier = [state.selected];
      for (var d = 1; d <= state.depth && frontier.length > 0; d++) {
        var next = [];
        for (var f = 0; f < frontier.length; f++) {
          var u = frontier[f];
          for (var j = incidentOffset[u]; j < incidentOffset[u + 1]; j++) {
            var edge = incident[j];
            var w = otherEnd(edge, u);
            if (level[w] >= 0 || !nodeVisible[w] || !edgePasses(edge)) continue;
            level[w] = d;
            next.push(w);
          }
        }
        frontier = next;
      }
      for (var x = 0; x < N; x++) if (level[x] < 0) nodeVisible[x] = 0;
    }
    for (var e = 0; e < M; e++) {
      edgeVisible[e] = nodeVisible[edgeSource[e]] && nodeVisible[edgeTarget[e]] && edgePasses(e) ? 1 : 0;
    }
  }

  // ---- the graph and its renderer --------------------------------------------------------------

  var xValues = column(nodeColumns, "x");
  var yValues = column(nodeColumns, "y");
  var sizeValues = column(nodeColumns, "size");
  var colorValues = column(nodeColumns, "color");
  var graphElement = document.getElementById("kgviz-graph");

  function finite(value, fallback) {
    return typeof value === "number" && isFinite(value) ? value : fallback;
  }

  /// Node radii in pixels: the layout's sizes (points) at the scale that fits the layout into the
  /// view, so the first view matches the other pictures of the run; never too small to see.
  function nodeRadii() {
    var x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    for (var v = 0; v < N; v++) {
      var x = finite(xValues && xValues[v], 0), y = finite(yValues && yValues[v], 0);
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    var width = Math.max(graphElement.clientWidth - 60, 100);
    var height = Math.max(graphElement.clientHeight - 60, 100);
    var scale = Math.min(x1 > x0 ? width / (x1 - x0) : 1, y1 > y0 ? height / (y1 - y0) : 1, 1);
    // A third of the drawn size: the pictures write labels inside the shapes, sigma beside them.
    var smallest = N > 10000 ? 1.5 : 3;
    var radii = new Float64Array(N);
    for (var w = 0; w < N; w++) {
      var size = finite(sizeValues && sizeValues[w], 20);
      radii[w] = Math.min(Math.max(size * scale / 3, smallest), 30);
    }
    return radii;
  }

  // Graphology keys its adjacency by node key in plain objects, so an entity id such as
  // `__proto__` or `constructor` would corrupt it: its node keys are the entities' positions
  // ("0", "1", ... in input order) and the entity id is the attribute `id`.
  function buildGraph() {
    var graph = new graphology.MultiGraph({ type: data.directed ? "directed" : "undirected", allowSelfLoops: true });
    var radii = nodeRadii();
    var keys = new Array(N);  // made once: each relation looks its ends up by these strings
    for (var v = 0; v < N; v++) {
      keys[v] = String(v);
      graph.addNode(keys[v], {
        id: nodeIds[v],
        x: finite(xValues && xValues[v], 0),
        y: finite(yValues && yValues[v], 0),
        size: radii[v],
        color: (colorValues && colorValues[v]) || "#999999",
        label: nodeLabel[v],
        index: v
      });
    }
    var edgeSize = M > LARGE ? 0.5 : M > 2000 ? 1 : 2;
    for (var e = 0; e < M; e++) {
      graph.addEdgeWithKey("e" + e, keys[edgeSource[e]], keys[edgeTarget[e]], {
        size: edgeSize,
        color: confidenceColor.get(edgeConfidence[e]),
        label: edgeLabelText[e] !== "" ? edgeLabelText[e] : edgeRelation[e],
        index: e
      });
    }
    return graph;
  }

  var graph = null;
  var renderer = null;
  // Relation labels show on hover, around the pinned entity, or once the view is zoomed in this
  // far (camera ratio; 1 = the whole graph).
  var EDGE_LABEL_RATIO = 0.5;
  var zoomedIn = false;
  // Dimming everything but the hovered entity's neighbours redraws every item: on large graphs
  // hovering only highlights the neighbours (a partial refresh).
  var DIM_ON_HOVER = N + M <= 30000;

  function nodeReducer(key, attributes) {
    var v = attributes.index;
    if (!nodeVisible[v]) {
      attributes.hidden = true;
      return attributes;
    }
    if (v === state.selected) {
      attributes.highlighted = true;
      attributes.forceLabel = true;
      attributes.zIndex = 2;
    }
    if (hoverSet !== null) {
      if (hoverSet.has(v)) {
        attributes.forceLabel = true;
        attributes.zIndex = 2;
      } else if (DIM_ON_HOVER) {
        attributes.color = DIMMED_NODE;
        attributes.label = "";
        attributes.zIndex = 0;
      }
    }
    return attributes;
  }
  function edgeReducer(key, attributes) {
    var e = attributes.index;
    if (!edgeVisible[e]) {
      attributes.hidden = true;
      return attributes;
    }
    var pinned = state.selected >= 0 && (edgeSource[e] === state.selected || edgeTarget[e] === state.selected);
    var touched = hovered >= 0 && (edgeSource[e] === hovered || edgeTarget[e] === hovered);
    if (touched) {
      attributes.forceLabel = true;
      attributes.zIndex = 1;
    } else if (hovered >= 0 && DIM_ON_HOVER) {
      attributes.color = DIMMED_EDGE;
    }
    if (!touched && !pinned && !zoomedIn) attributes.label = "";
    return attributes;
  }

  function redraw() {
    if (renderer) renderer.refresh();
  }

  function setHovered(v) {
    if (v === hovered) return;
    var previous = hoverSet;
    hovered = v;
    hoverSet = null;
    if (v >= 0) {
      hoverSet = new Set([v]);
      for (var j = incidentOffset[v]; j < incidentOffset[v + 1]; j++) {
        if (edgeVisible[incident[j]]) hoverSet.add(otherEnd(incident[j], v));
      }
    }
    if (!renderer) return;
    if (DIM_ON_HOVER) {
      renderer.refresh();
      return;
    }
    var nodes = new Set(), edges = new Set();
    [previous, hoverSet].forEach(function (set) {
      if (set === null) return;
      set.forEach(function (u) {
        nodes.add(String(u));
      });
    });
    [previous === null ? -1 : previous.values().next().value, v].forEach(function (u) {
      if (u === undefined || u < 0) return;
      for (var j = incidentOffset[u]; j < incidentOffset[u + 1]; j++) edges.add("e" + incident[j]);
    });
    renderer.refresh({ partialGraph: { nodes: Array.from(nodes), edges: Array.from(edges) }, skipIndexation: true });
  }

  // ---- small DOM helpers: text only ------------------------------------------------------------

  function element(tag, className, content) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (content !== undefined && content !== null) node.textContent = content;
    return node;
  }
  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }
  function formatValue(value) {
    if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(+value.toPrecision(6));
    return text(value);
  }

  // ---- the side panel of the pinned entity -----------------------------------------------------

  var panel = document.getElementById("kgviz-panel");
  var sourceTitle = new Map();
  (data.sources || []).forEach(function (source) {
    sourceTitle.set(source.id, source.title ? source.title : source.id);
  });
  var RELATION_SHOWN = ["relation", "label", "confidence", "evidence", "source_doc", "date", "according_to"];
  var RELATIONS_AT_ONCE = 200;

  function entityLink(v) {
    var button = element("button", "kgviz-entity-link", nodeLabel[v]);
    button.type = "button";
    button.title = "Select " + nodeIds[v];
    button.addEventListener("click", function () {
      select(nodeIds[v]);
    });
    return button;
  }

  function relationItem(e, v) {
    var item = element("li");
    var head = element("div", "kgviz-rel-head");
    var outgoing = edgeSource[e] === v;
    var other = otherEnd(e, v);
    var arrow = !data.directed ? "\u2014" : outgoing ? "\u2192" : "\u2190";
    head.appendChild(element("span", "kgviz-rel-dir", arrow));
    head.appendChild(element("span", "kgviz-rel-type", edgeRelation[e] || "(relation)"));
    head.appendChild(element("span", "kgviz-rel-dir", arrow));
    head.appendChild(other === v ? element("span", null, "itself") : entityLink(other));
    if (edgeConfidence[e] !== "") {
      var badge = element("span", "kgviz-badge", edgeConfidence[e]);
      badge.style.background = confidenceColor.get(edgeConfidence[e]).slice(0, 7);
      head.appendChild(badge);
    }
    item.appendChild(head);
    var evidence = cell(edgeColumns, "evidence", e);
    if (evidence !== "") item.appendChild(element("blockquote", "kgviz-evidence", evidence));
    var meta = element("dl", "kgviz-rel-meta");
    function add(name, value) {
      if (value === null || value === undefined || value === "") return;
      meta.appendChild(element("dt", null, name));
      var dd = element("dd");
      if (typeof value === "string") dd.textContent = value;
      else dd.appendChild(value);
      meta.appendChild(dd);
    }
    var sourceDoc = cell(edgeColumns, "source_doc", e);
    add("source", sourceDoc !== "" ? (sourceTitle.has(sourceDoc) ? sourceTitle.get(sourceDoc) : sourceDoc) : "");
    var according = cell(edgeColumns, "according_to", e);
    if (according !== "") add("according to", indexOfId.has(according) ? entityLink(indexOfId.get(according)) : according);
    add("date", cell(edgeColumns, "date", e));
    if (edgeLabelText[e] !== edgeRelation[e]) add("label", edgeLabelText[e]);
    edgeColumns.forEach(function (edgeColumn) {
      if (RELATION_SHOWN.indexOf(edgeColumn.name) < 0) add(edgeColumn.name, formatValue(valuesOf(edgeColumn)[e]));
    });
    add("id", "e" + e);
    if (meta.firstChild) item.appendChild(meta);
    return item;
  }

  function showPanel() {
    var v = state.selected;
    clear(panel);
    if (v < 0) {
      panel.hidden = true;
      return;
    }
    panel.hidden = false;
    var close = element("button", "kgviz-close", "\u00d7");
    close.type = "button";
    close.title = "Close (deselect)";
    close.setAttribute("aria-label", "Close");
    close.addEventListener("click", function () {
      select(null);
    });
    panel.appendChild(close);
    panel.appendChild(element("h2", null, nodeLabel[v]));
    // What the entity is (id, type, aliases, description, other attributes), then its relations
    // with their evidence, then the numbers: metrics and drawing hints.
    var about = element("table", "kgviz-attrs");
    var numbers = element("table", "kgviz-attrs");
    function row(table, name, value) {
      var tr = element("tr");
      tr.appendChild(element("th", null, name));
      var cell = element("td", null, formatValue(value));
      if (typeof value === "number") cell.title = String(value);
      tr.appendChild(cell);
      table.appendChild(tr);
    }
    row(about, "id", String(nodeIds[v]));
    nodeColumns.forEach(function (nodeColumn) {
      var value = valuesOf(nodeColumn)[v];
      if (value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)) {
        var numeric = NUMERIC_TYPES.indexOf(nodeColumn.type) >= 0 || HINT_COLUMNS.indexOf(nodeColumn.name) >= 0;
        row(numeric ? numbers : about, nodeColumn.name, value);
      }
    });
    panel.appendChild(about);
    var count = incidentOffset[v + 1] - incidentOffset[v];
    panel.appendChild(element("h3", null, "Relations (" + count + ")"));
    var list = element("ol", "kgviz-relations");
    panel.appendChild(list);
    var shown = 0;
    function more() {
      var stop = Math.min(count, shown + RELATIONS_AT_ONCE);
      for (; shown < stop; shown++) list.appendChild(relationItem(incident[incidentOffset[v] + shown], v));
      if (shown < count) {
        var button = element("button", null, "Show " + Math.min(RELATIONS_AT_ONCE, count - shown) + " more of " + (count - shown));
        button.type = "button";
        button.addEventListener("click", function () {
          button.remove();
          more();
        });
        list.appendChild(button);
      }
    }
    more();
    if (numbers.firstChild) {
      panel.appendChild(element("h3", null, "Metrics and drawing"));
      panel.appendChild(numbers);
    }
  }

  // ---- legend and filters ----------------------------------------------------------------------

  var legend = document.getElementById("kgviz-legend");
  var LEGEND_ROWS = 300;
  var filterControls = [];  // functions that bring a legend section in line with the state

  /// Groups (key, count, uniform colour or null) of `keyOf(v)` in order of first appearance.
  function groups(count, keyOf, colorOf) {
    var byKey = new Map();
    for (var v = 0; v < count; v++) {
      var key = keyOf(v);
      if (key === undefined) continue;
      var group = byKey.get(key);
      var color = colorOf ? colorOf(v) : null;
      if (!group) byKey.set(key, group = { key: key, count: 0, color: color });
      group.count++;
      if (group.color !== color) group.color = undefined;
    }
    return Array.from(byKey.values());
  }

  /// A legend section whose rows are checkboxes filtering by key: `get()` returns the state's Set
  /// (null = all), `set(Set|null)` stores it.
  function checkboxSection(title, list, swatch, name, get, set) {
    // Nothing to choose between: no section (e.g. no relation states a confidence).
    if (list.length === 0 || (list.length === 1 && list[0].key === "")) return;
    legend.appendChild(element("h2", null, title));
    var links = element("div", "kgviz-links");
    var all = element("button", null, "all");
    var none = element("button", null, "none");
    all.type = none.type = "button";
    links.appendChild(all);
    links.appendChild(none);
    legend.appendChild(links);
    var boxes = [];
    list.slice(0, LEGEND_ROWS).forEach(function (group) {
      var row = element("label", "kgviz-row");
      var box = element("input");
      box.type = "checkbox";
      box.checked = true;
      box.dataset.key = String(group.key);
      boxes.push({ box: box, key: group.key });
      row.appendChild(box);
      row.appendChild(swatch(group));
      row.appendChild(element("span", null, name(group.key)));
      row.appendChild(element("span", "kgviz-count", String(group.count)));
      legend.appendChild(row);
      box.addEventListener("change", function () {
        var chosen = new Set();
        boxes.forEach(function (b) {
          if (b.box.checked) chosen.add(b.key);
        });
        // Keys past the shown rows keep their state.
        list.slice(LEGEND_ROWS).forEach(function (g) {
          if (get() === null || get().has(g.key)) chosen.add(g.key);
        });
        set(chosen.size === list.length ? null : chosen);
        changed();
      });
    });
    if (list.length > LEGEND_ROWS) {
      legend.appendChild(element("p", "kgviz-hint", (list.length - LEGEND_ROWS) + " more, not listed (kgviz.setFilter filters by any)"));
    }
    all.addEventListener("click", function () {
      set(null);
      changed();
    });
    none.addEventListener("click", function () {
      set(new Set());
      changed();
    });
    filterControls.push(function () {
      var current = get();
      boxes.forEach(function (b) {
        b.box.checked = current === null || current.has(b.key);
      });
    });
  }

  function dot(color) {
    var swatch = element("span", "kgviz-swatch");
    if (color) swatch.style.background = color;
    else swatch.classList.add("kgviz-mixed");
    return swatch;
  }
  function line(color) {
    var swatch = element("span", "kgviz-line");
    swatch.style.background = color;
    return swatch;
  }

  var numericColumns = nodeColumns.filter(function (c) {
    return NUMERIC_TYPES.indexOf(c.type) >= 0 && HINT_COLUMNS.indexOf(c.name) < 0;
  });
  var metricSelect, metricMin, metricMax, metricRange, dateSlider, dateLabel;

  function buildLegend() {
    var colorOf = function (v) {
      return colorValues ? colorValues[v] : null;
    };
    var colorBy = options.color_by || "type";
    var summary = element("p", "kgviz-hint", N + " entities \u00b7 " + M + " relations" + (data.directed ? " (directed)" : ""));
    legend.appendChild(summary);
    checkboxSection(
      colorBy === "type" ? "Entity types (colour)" : "Entity types",
      groups(N, function (v) { return nodeType[v]; }, colorBy === "type" ? colorOf : null),
      function (group) { return colorBy === "type" ? dot(group.color) : element("span"); },
      function (key) { return key === "" ? "(no type)" : key; },
      function () { return state.types; },
      function (value) { state.types = value; });
    checkboxSection(
      "Relations by confidence",
      confidenceOrder.map(function (key) {
        return { key: key, count: edgeConfidence.filter(function (c) { return c === key; }).length };
      }),
      function (group) { return line(confidenceColor.get(group.key)); },
      function (key) { return key === "" ? "(not given)" : key; },
      function () { return state.confidence; },
      function (value) { state.confidence = value; });
    if (communityValues) {
      var communities = groups(N, function (v) {
        return typeof communityValues[v] === "number" ? communityValues[v] : undefined;
      }, colorBy === "community" ? colorOf : null).sort(function (a, b) { return a.key - b.key; });
      checkboxSection(
        colorBy === "community" ? "Communities (colour)" : "Communities",
        communities,
        function (group) { return colorBy === "community" ? dot(group.color) : element("span"); },
        function (key) { return "community " + key; },
        function () { return state.communities; },
        function (value) { state.communities = value; });
    }
    if (colorBy !== "type" && colorBy !== "community") {
      var colored = column(nodeColumns, colorBy);
      legend.appendChild(element("h2", null, "Colour: " + colorBy));
      if (colored) {
        var low = -1, high = -1;
        for (var v = 0; v < N; v++) {
          if (typeof colored[v] !== "number") continue;
          if (low < 0 || colored[v] < colored[low]) low = v;
          if (high < 0 || colored[v] > colored[high]) high = v;
        }
        if (low >= 0) {
          [low, high].forEach(function (w) {
            var row = element("div", "kgviz-row");
            row.appendChild(dot(colorValues[w]));
            row.appendChild(element("span", null, formatValue(colored[w])));
            legend.appendChild(row);
          });
        }
      }
    }
    if (options.size_by) legend.appendChild(element("p", "kgviz-hint", "Size: " + options.size_by));
    if (numericColumns.length > 0) buildMetricFilter();
    if (dates.length > 0) buildDateSlider();
  }

  function buildMetricFilter() {
    legend.appendChild(element("h2", null, "Metric range"));
    var box = element("div", "kgviz-range");
    metricSelect = element("select");
    metricSelect.setAttribute("aria-label", "Metric to filter by");
    metricSelect.appendChild(element("option", null, "(none)")).value = "";
    numericColumns.forEach(function (c) {
      metricSelect.appendChild(element("option", null, c.name)).value = c.name;
    });
    metricMin = element("input");
    metricMax = element("input");
    [metricMin, metricMax].forEach(function (input) {
      input.type = "number";
      input.step = "any";
    });
    metricMin.setAttribute("aria-label", "Smallest value shown");
    metricMax.setAttribute("aria-label", "Largest value shown");
    box.appendChild(element("span", null, "metric"));
    box.appendChild(metricSelect);
    box.appendChild(element("span", null, "from"));
    box.appendChild(metricMin);
    box.appendChild(element("span", null, "to"));
    box.appendChild(metricMax);
    legend.appendChild(box);
    metricRange = element("p", "kgviz-hint");
    legend.appendChild(metricRange);
    function apply() {
      var name = metricSelect.value;
      if (name === "") {
        state.metric = null;
      } else {
        var min = metricMin.value === "" ? null : Number(metricMin.value);
        var max = metricMax.value === "" ? null : Number(metricMax.value);
        setMetric(name, isFinite(min) ? min : null, isFinite(max) ? max : null);
      }
      changed();
    }
    metricSelect.addEventListener("change", function () {
      metricMin.value = metricMax.value = "";
      apply();
    });
    metricMin.addEventListener("change", apply);
    metricMax.addEventListener("change", apply);
    filterControls.push(function () {
      metricSelect.value = state.metric ? state.metric.name : "";
      metricMin.value = state.metric && state.metric.min !== null ? String(state.metric.min) : "";
      metricMax.value = state.metric && state.metric.max !== null ? String(state.metric.max) : "";
      metricRange.textContent = "";
      if (state.metric) {
        var values = state.metric.values.filter(function (x) { return typeof x === "number"; });
        if (values.length > 0) {
          metricRange.textContent = "values from " + formatValue(Math.min.apply(null, values)) + " to " + formatValue(Math.max.apply(null, values));
        }
      }
    });
  }

  function buildDateSlider() {
    legend.appendChild(element("h2", null, "Time"));
    dateSlider = element("input");
    dateSlider.id = "kgviz-date";
    dateSlider.type = "range";
    dateSlider.min = "0";
    dateSlider.max = String(dates.length);
    dateSlider.step = "1";
    dateSlider.value = String(dates.length);
    dateSlider.setAttribute("aria-label", "Show relations as of a date");
    legend.appendChild(dateSlider);
    dateLabel = element("p", "kgviz-hint");
    legend.appendChild(dateLabel);
    dateSlider.addEventListener("input", function () {
      var at = Number(dateSlider.value);
      state.date = at >= dates.length ? null : dates[at];
      changed();
    });
    filterControls.push(function () {
      var at = dates.length;
      if (state.date !== null) {
        at = 0;
        while (at + 1 < dates.length && dates[at + 1] <= state.date) at++;
      }
      dateSlider.value = String(at);
      dateLabel.textContent = state.date === null
        ? "all dates (" + dates[0] + " to " + dates[dates.length - 1] + ")"
        : "as of " + state.date + " (undated relations always shown)";
    });
  }

  function setMetric(name, min, max) {
    var values = column(nodeColumns, name);
    if (!values || numericColumns.every(function (c) { return c.name !== name; })) {
      throw new Error("kgviz: no numeric entity attribute '" + name + "'");
    }
    state.metric = { name: name, values: values, min: min, max: max };
  }

  // ---- the URL fragment: the view as a link ----------------------------------------------------

  // `#sel=ID&depth=2&types=a,b&conf=...&comm=0,3&metric=NAME&min=X&max=Y&date=YYYY-MM-DD&cam=x,y,ratio,angle`;
  // list items are URI-encoded with `*` for the empty string.
  function encodeItem(value) {
    return value === "" ? "*" : encodeURIComponent(value).replace(/\*/g, "%2A");
  }
  function decodeItem(value) {
    return value === "*" ? "" : decodeURIComponent(value);
  }
  function encodeList(set) {
    return Array.from(set).map(function (value) { return encodeItem(String(value)); }).join(",");
  }
  function decodeList(value) {
    return value === "" ? [] : value.split(",").map(decodeItem);
  }
  function round(value) {
    return String(Math.round(value * 1e6) / 1e6);
  }

  var writtenFragment = null;
  function fragment() {
    var parts = [];
    if (state.selected >= 0) parts.push("sel=" + encodeItem(String(nodeIds[state.selected])));
    if (state.depth !== 1) parts.push("depth=" + state.depth);
    if (state.types !== null) parts.push("types=" + encodeList(state.types));
    if (state.confidence !== null) parts.push("conf=" + encodeList(state.confidence));
    if (state.communities !== null) parts.push("comm=" + encodeList(state.communities));
    if (state.metric !== null) {
      parts.push("metric=" + encodeItem(state.metric.name));
      if (state.metric.min !== null) parts.push("min=" + state.metric.min);
      if (state.metric.max !== null) parts.push("max=" + state.metric.max);
    }
    if (state.date !== null) parts.push("date=" + state.date);
    if (renderer) {
      var camera = renderer.getCamera().getState();
      var where = [camera.x, camera.y, camera.ratio, camera.angle].map(round);
      if (where.join(",") !== "0.5,0.5,1,0") parts.push("cam=" + where.join(","));
    }
    return parts.join("&");
  }
  function writeFragment() {
    var value = fragment();
    if (value === writtenFragment) return;
    writtenFragment = value;
    history.replaceState(null, "", value === "" ? location.pathname + location.search : "#" + value);
  }

  /// Reads a fragment into the state; unknown entities and malformed parts are ignored (a link
  /// from another export of the graph may name what this one lacks). Returns the camera, if any.
  function readFragment(value) {
    var fields = new Map();
    value.replace(/^#/, "").split("&").forEach(function (part) {
      var at = part.indexOf("=");
      if (at > 0) fields.set(part.slice(0, at), part.slice(at + 1));
    });
    function get(name) {
      return fields.has(name) ? fields.get(name) : null;
    }
    try {
      var selected = get("sel");
      state.selected = selected !== null && indexOfId.has(decodeItem(selected)) ? indexOfId.get(decodeItem(selected)) : -1;
      var depth = Number(get("depth"));
      state.depth = depth === 2 || depth === 3 ? depth : 1;
      state.types = get("types") === null ? null : new Set(decodeList(get("types")));
      state.confidence = get("conf") === null ? null : new Set(decodeList(get("conf")));
      state.communities = get("comm") === null ? null : new Set(decodeList(get("comm")).map(Number));
      state.metric = null;
      if (get("metric") !== null) {
        var min = get("min") === null ? null : Number(get("min"));
        var max = get("max") === null ? null : Number(get("max"));
        try {
          setMetric(decodeItem(get("metric")), isFinite(min) ? min : null, isFinite(max) ? max : null);
        } catch (error) {
          state.metric = null;
        }
      }
      state.date = get("date") !== null && normalDate(get("date")) !== null ? normalDate(get("date")) : null;
      var camera = get("cam");
      if (camera !== null) {
        var numbers = camera.split(",").map(Number);
        if (numbers.length === 4 && numbers.every(isFinite) && numbers[2] > 0) {
          return { x: numbers[0], y: numbers[1], ratio: numbers[2], angle: numbers[3] };
        }
      }
    } catch (error) {
      // A malformed fragment (e.g. a broken %-escape) leaves the rest of the view as it was read.
    }
    return null;
  }

  // ---- reacting to changes ---------------------------------------------------------------------

  var depthSelect = document.getElementById("kgviz-depth");

  /// Brings the legend, the depth choice and the panel in line with the state.
  function syncControls() {
    filterControls.forEach(function (sync) { sync(); });
    depthSelect.value = String(state.depth);
    showPanel();
  }

  function changed() {
    computeVisible();
    if (hovered >= 0) {
      hovered = -1;
      hoverSet = null;
    }
    syncControls();
    redraw();
    writeFragment();
  }

  /// Moves the camera so the shown neighbourhood of the pinned entity fills the part of the view
  /// the side panel leaves free.
  function frameSelection() {
    if (!renderer || state.selected < 0) return;
    var x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    for (var v = 0; v < N; v++) {
      if (!nodeVisible[v]) continue;
      var point = renderer.getNodeDisplayData(String(v));
      if (!point) continue;
      x0 = Math.min(x0, point.x);
      x1 = Math.max(x1, point.x);
      y0 = Math.min(y0, point.y);
      y1 = Math.max(y1, point.y);
    }
    if (!(x1 >= x0)) return;
    var size = renderer.getDimensions();
    var margin = 50;
    var labelRoom = 150;  // labels are drawn right of their nodes
    var covered = panel.hidden ? 0 : panel.offsetWidth;
    if (size.width - covered - margin - labelRoom < 150) covered = 0;
    var freeWidth = Math.max(size.width - covered - margin - labelRoom, 50);
    var freeHeight = Math.max(size.height - 2 * margin, 50);
    var centre = { x: (x0 + x1) / 2, y: (y0 + y1) / 2 };
    // Pixels per framed-graph unit at ratio 1, measured through sigma's own projection.
    var at = { cameraState: { x: centre.x, y: centre.y, ratio: 1, angle: 0 } };
    var a = renderer.framedGraphToViewport(centre, at);
    var b = renderer.framedGraphToViewport({ x: centre.x + 1, y: centre.y + 1 }, at);
    var perUnitX = Math.abs(b.x - a.x) || 1, perUnitY = Math.abs(b.y - a.y) || 1;
    var ratio = Math.max((x1 - x0) * perUnitX / freeWidth, (y1 - y0) * perUnitY / freeHeight, 0.15);
    ratio = Math.min(ratio, 4);
    var shift = (covered + labelRoom - margin) / 2;  // the free area's centre is this far left of the view's
    renderer.getCamera().animate({ x: centre.x + shift * ratio / perUnitX, y: centre.y, ratio: ratio, angle: 0 }, { duration: 400 });
  }

  function flyTo(v) {
    if (!renderer) return;
    var display = renderer.getNodeDisplayData(String(v));
    if (!display) return;
    var camera = renderer.getCamera();
    camera.animate({ x: display.x, y: display.y, ratio: Math.min(camera.getState().ratio, 0.5) }, { duration: 400 });
  }

  // ---- the automation API (docs/html.md) -------------------------------------------------------

  function select(id) {
    var before = state.selected;
    if (id === null || id === undefined) {
      state.selected = -1;
    } else {
      var v = indexOfId.get(String(id));
      if (v === undefined) throw new Error("kgviz: no entity with id '" + id + "'");
      state.selected = v;
    }
    changed();
    if (state.selected >= 0) frameSelection();
    else if (before >= 0 && renderer) renderer.getCamera().animatedReset({ duration: 300 });
  }

  var searchKeyList = null;
  function normalized(value) {
    return String(value).normalize("NFKC").toLowerCase();
  }
  /// Each entity's search keys: its id, label and aliases, normalized (made once).
  function searchKeys() {
    if (searchKeyList !== null) return searchKeyList;
    var aliasValues = column(nodeColumns, "aliases");
    searchKeyList = new Array(N);
    for (var v = 0; v < N; v++) {
      var keys = [normalized(nodeIds[v]), normalized(nodeLabel[v])];
      var aliases = aliasValues ? aliasValues[v] : null;
      if (Array.isArray(aliases)) aliases.forEach(function (alias) { keys.push(normalized(alias)); });
      else if (aliases !== null && aliases !== undefined) keys.push(normalized(aliases));
      searchKeyList[v] = keys;
    }
    return searchKeyList;
  }
  /// Entity ids whose id, label or an alias matches `query` (case-insensitive): exact matches
  /// first, then prefixes, then word starts, then anywhere; ties by degree, then input order.
  function search(query) {
    var q = normalized(query === null || query === undefined ? "" : query).trim();
    if (q === "") return [];
    var keyList = searchKeys();
    var found = [];
    for (var w = 0; w < N; w++) {
      var best = 4;
      var list = keyList[w];
      for (var k = 0; k < list.length && best > 0; k++) {
        var key = list[k];
        var at = key.indexOf(q);
        if (at < 0) continue;
        var score = key === q ? 0 : at === 0 ? 1 : /[\s\-_./:(]/.test(key.charAt(at - 1)) ? 2 : 3;
        if (score < best) best = score;
      }
      if (best < 4) found.push({ v: w, score: best, degree: incidentOffset[w + 1] - incidentOffset[w] });
    }
    found.sort(function (a, b) {
      return a.score - b.score || b.degree - a.degree || a.v - b.v;
    });
    return found.map(function (match) { return nodeIds[match.v]; });
  }

  function setDepth(depth) {
    if (depth !== 1 && depth !== 2 && depth !== 3) throw new RangeError("kgviz: depth is 1, 2 or 3");
    state.depth = depth;
    changed();
    frameSelection();
  }

  function listOrNull(value, name, kind) {
    if (value === undefined || value === null) return null;
    if (!Array.isArray(value)) throw new TypeError("kgviz: setFilter " + name + " takes an array");
    return new Set(value.map(kind));
  }
  function setFilter(filter) {
    filter = filter || {};
    var types = listOrNull(filter.types, "types", String);
    var confidence = listOrNull(filter.confidence, "confidence", String);
    var communities = listOrNull(filter.communities, "communities", Number);
    var metric = filter.metric;
    if (metric !== undefined && metric !== null) {
      var min = metric.min === undefined ? null : metric.min;
      var max = metric.max === undefined ? null : metric.max;
      if ((min !== null && typeof min !== "number") || (max !== null && typeof max !== "number")) {
        throw new TypeError("kgviz: metric min and max are numbers");
      }
      setMetric(String(metric.name), min, max);
    } else {
      state.metric = null;
    }
    state.types = types;
    state.confidence = confidence;
    state.communities = communities;
    changed();
  }

  function setDate(date) {
    if (date === null || date === undefined) {
      state.date = null;
    } else {
      var normal = normalDate(date);
      if (normal === null) throw new TypeError("kgviz: setDate takes \"YYYY-MM-DD\" (or null)");
      state.date = normal;
    }
    changed();
  }

  function visible() {
    var nodes = [], edges = [];
    for (var v = 0; v < N; v++) if (nodeVisible[v]) nodes.push(nodeIds[v]);
    for (var e = 0; e < M; e++) if (edgeVisible[e]) edges.push("e" + e);
    return { nodes: nodes, edges: edges };
  }

  function reset() {
    state.selected = -1;
    state.depth = 1;
    state.types = state.confidence = state.communities = state.metric = state.date = null;
    changed();
    if (renderer) renderer.getCamera().animatedReset({ duration: 300 });
  }

  /// The view as PNG at `scale` times the screen's resolution: sigma redraws at that pixel ratio
  /// and its layers (WebGL and 2D canvases) are composed on white.
  function exportPNG(scale) {
    scale = scale || 2;
    return new Promise(function (resolve, reject) {
      if (!renderer) {
        reject(new Error("kgviz: the graph is not drawn"));
        return;
      }
      var own = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
      var ratio = window.devicePixelRatio || 1;
      var canvas = document.createElement("canvas");
      try {
        Object.defineProperty(window, "devicePixelRatio", { value: ratio * scale, configurable: true });
        renderer.resize(true);
        renderer.refresh();
        var layers = renderer.getCanvases();
        var first = layers[Object.keys(layers)[0]];
        canvas.width = first.width;
        canvas.height = first.height;
        var context = canvas.getContext("2d");
        context.fillStyle = "#ffffff";
        context.fillRect(0, 0, canvas.width, canvas.height);
        Object.keys(layers).forEach(function (name) {
          context.drawImage(layers[name], 0, 0, canvas.width, canvas.height);
        });
      } catch (error) {
        reject(error);
        return;
      } finally {
        if (own) Object.defineProperty(window, "devicePixelRatio", own);
        else delete window.devicePixelRatio;
        renderer.resize(true);
        renderer.refresh();
      }
      canvas.toBlob(function (blob) {
        if (blob) resolve(blob);
        else reject(new Error("kgviz: the browser could not encode the PNG"));
      }, "image/png");
    });
  }

  function savePNG() {
    exportPNG(2).then(function (blob) {
      var link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = (data.title || "kgviz").replace(/[^\w\-]+/g, "_").slice(0, 80) + ".png";
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
    }, function (error) {
      showMessage("Could not save the picture: " + error.message);
    });
  }

  // ---- search box ------------------------------------------------------------------------------

  var searchInput = document.getElementById("kgviz-search");
  var suggestions = document.getElementById("kgviz-suggestions");
  var SUGGESTIONS = 12;
  var active = -1;

  function suggestionItems() {
    return Array.prototype.slice.call(suggestions.children);
  }
  function choose(id) {
    suggestions.hidden = true;
    searchInput.value = nodeLabel[indexOfId.get(id)];
    select(id);
  }
  function updateSuggestions() {
    clear(suggestions);
    active = -1;
    var found = search(searchInput.value);
    found.slice(0, SUGGESTIONS).forEach(function (id) {
      var v = indexOfId.get(id);
      var item = element("li", null, nodeLabel[v]);
      item.setAttribute("role", "option");
      var details = [nodeType[v], nodeLabel[v] !== String(id) ? String(id) : ""].filter(Boolean).join(" \u00b7 ");
      if (details) item.appendChild(element("span", "kgviz-hint", " " + details));
      item.addEventListener("mousedown", function (event) {
        event.preventDefault();
        choose(id);
      });
      suggestions.appendChild(item);
    });
    if (found.length > SUGGESTIONS) {
      suggestions.appendChild(element("li", "kgviz-hint", (found.length - SUGGESTIONS) + " more matches"));
    } else if (found.length === 0 && searchInput.value.trim() !== "") {
      suggestions.appendChild(element("li", "kgviz-hint", "no match"));
    }
    suggestions.hidden = suggestions.children.length === 0;
  }
  function markActive(items) {
    items.forEach(function (item, at) { item.setAttribute("aria-selected", at === active ? "true" : "false"); });
  }
  searchInput.addEventListener("input", updateSuggestions);
  searchInput.addEventListener("focus", updateSuggestions);
  searchInput.addEventListener("blur", function () { suggestions.hidden = true; });
  searchInput.addEventListener("keydown", function (event) {
    var items = suggestionItems().filter(function (item) { return item.getAttribute("role") === "option"; });
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (items.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === "ArrowDown" ? 1 : items.length - 1 + (active < 0 ? 1 : 0))) % items.length;
      markActive(items);
    } else if (event.key === "Enter") {
      var found = search(searchInput.value);
      if (found.length > 0) choose(found[Math.max(active, 0)]);
    } else if (event.key === "Escape") {
      suggestions.hidden = true;
    }
  });

  // ---- start -----------------------------------------------------------------------------------

  var message = document.getElementById("kgviz-message");
  function showMessage(value) {
    message.textContent = value;
    message.hidden = false;
  }

  function aboutLine() {
    var about = document.getElementById("kgviz-about");
    var sources = (data.sources || []).map(function (source) {
      var details = [source.publisher, source.date, source.url].filter(Boolean).join(", ");
      return (source.title ? "\u201c" + source.title + "\u201d" : source.id) + (details ? " (" + details + ")" : "");
    });
    var libraries = (data.libraries || []).map(function (library) {
      return library.name + " " + library.version;
    });
    about.textContent = (sources.length ? (sources.length === 1 ? "Source: " : "Sources: ") + sources.join("; ") + " \u00b7 " : "") +
      "Made by " + data.record_line + " \u00b7 drawn with " + libraries.join(" and ") + " (MIT licence)";
  }

  /// sigma.js draws every entity and relation as an instance of one small shape (WebGL
  /// instancing). The software WebGL of machines without a graphics card (SwiftShader, in Chromium)
  /// spends far more on each instance than on its pixels: on 100,000 relations, seconds. This
  /// returns `Program` (one of sigma's) drawing the same shapes with the same shaders from a plain
  /// vertex array instead: each item's attributes repeated for each vertex of its shape, followed by
  /// that vertex's constants. Programs without instancing are returned as they are.
  function withoutInstancing(Program) {
    var shape = Program.prototype.getDefinition.call(null);
    if (!shape.CONSTANT_ATTRIBUTES) return Program;
    var vertices = shape.VERTICES;
    var itemFloats = Sigma.rendering.getAttributesItemsCount(shape.ATTRIBUTES);
    var constantFloats = Sigma.rendering.getAttributesItemsCount(shape.CONSTANT_ATTRIBUTES);
    var constants = new Float32Array(vertices * constantFloats);
    for (var vertex = 0; vertex < vertices; vertex++) constants.set(shape.CONSTANT_DATA[vertex], vertex * constantFloats);
    var definition = {
      VERTICES: vertices,
      VERTEX_SHADER_SOURCE: shape.VERTEX_SHADER_SOURCE,
      FRAGMENT_SHADER_SOURCE: shape.FRAGMENT_SHADER_SOURCE,
      METHOD: shape.METHOD,
      UNIFORMS: shape.UNIFORMS,
      ATTRIBUTES: shape.ATTRIBUTES.concat(shape.CONSTANT_ATTRIBUTES)
    };
    var item = new Float32Array(itemFloats);
    return class extends Program {
      getDefinition() {
        return definition;
      }
      // Nodes: (index, start, data); relations: (index, start, source, target, data).
      processVisibleItem(index, start, a, b, c) {
        var array = this.array;
        this.array = item;
        super.processVisibleItem(index, 0, a, b, c);
        this.array = array;
        for (var v = 0, k = 0; v < vertices; v++) {
          for (var i = 0; i < itemFloats; i++) array[start++] = item[i];
          for (var j = 0; j < constantFloats; j++) array[start++] = constants[k++];
        }
      }
    };
  }

  /// Runs `task` when the page is idle (at the latest a second later).
  function whenIdle(task) {
    if (window.requestIdleCallback) window.requestIdleCallback(task, { timeout: 1000 });
    else setTimeout(task, 100);
  }

  var NO_WEBGL = "WebGL is turned off or not supported in this browser";
  function webglAvailable() {
    var canvas = document.createElement("canvas");
    try {
      return !!(canvas.getContext("webgl2") || canvas.getContext("webgl"));
    } catch (error) {
      return false;
    }
  }

  function start() {
    step("index data");
    aboutLine();
    var camera = readFragment(location.hash);
    computeVisible();
    buildLegend();
    step("legend");
    graph = buildGraph();
    api.graph = graph;
    step("graphology");
    if (typeof Sigma === "undefined") throw new Error(NO_WEBGL);
    var rendering = Sigma.rendering;
    // Above LARGE relations each is half a pixel wide, which sigma's rectangles draw at their
    // thinnest, 1.7 antialiased pixels, paid for by the pixel in software WebGL; a 1-pixel WebGL
    // line draws it from a quarter of the data. Arrow heads scale with the line: they would not
    // show there, and they double the work.
    var arrows = data.directed && M <= LARGE;
    var edgeProgram = arrows
      ? rendering.createEdgeCompoundProgram([withoutInstancing(rendering.EdgeClampedProgram),
        withoutInstancing(rendering.EdgeArrowHeadProgram)])
      : M > LARGE ? rendering.EdgeLineProgram : withoutInstancing(rendering.EdgeRectangleProgram);
    var settings = {
      defaultEdgeType: arrows ? "arrow" : "line",
      nodeProgramClasses: { circle: withoutInstancing(rendering.NodeCircleProgram) },
      // sigma makes a program for every edge type it knows, its defaults included: both names get
      // the one drawn here, not a default that would be compiled for nothing.
      edgeProgramClasses: { line: edgeProgram, arrow: edgeProgram },
      renderEdgeLabels: true,
      enableEdgeEvents: false,
      // A window can leave the graph no room (a hidden tab or frame, a window narrower than the
      // legend): sigma then draws nothing until it has room again instead of throwing every frame.
      allowInvalidContainer: true,
      hideEdgesOnMove: M > 50000,
      labelFont: "system-ui, Arial, sans-serif",
      labelSize: 12,
      labelDensity: N <= 300 ? 10 : 0.7,
      labelGridCellSize: 90,
      labelRenderedSizeThreshold: 7,
      edgeLabelFont: "system-ui, Arial, sans-serif",
      edgeLabelSize: 11,
      edgeLabelColor: { color: "#404040" },
      zIndex: true,
      minCameraRatio: 0.002,
      maxCameraRatio: 20,
      nodeReducer: nodeReducer,
      edgeReducer: edgeReducer
    };
    try {
      renderer = new Sigma(graph, graphElement, settings);
    } catch (error) {
      // sigma cannot make a WebGL context: say so, not sigma's words for it.
      throw webglAvailable() ? error : new Error(NO_WEBGL);
    }
    api.sigma = renderer;
    step("sigma first frame");
    if (camera) {
      zoomedIn = camera.ratio <= EDGE_LABEL_RATIO;
      if (zoomedIn) renderer.refresh({ schedule: true });
      renderer.getCamera().setState(camera);
    }
    renderer.on("enterNode", function (event) { setHovered(Number(event.node)); });
    renderer.on("leaveNode", function () { setHovered(-1); });
    renderer.on("clickNode", function (event) { select(nodeIds[Number(event.node)]); });
    renderer.on("clickStage", function () {
      if (state.selected >= 0) select(null);
    });
    renderer.on("doubleClickNode", function (event) {
      event.preventSigmaDefault();
      flyTo(Number(event.node));
    });
    var cameraTimer = null;
    renderer.getCamera().on("updated", function (camera) {
      if ((camera.ratio <= EDGE_LABEL_RATIO) !== zoomedIn) {
        zoomedIn = !zoomedIn;
        renderer.refresh({ schedule: true });
      }
      clearTimeout(cameraTimer);
      cameraTimer = setTimeout(writeFragment, 250);
    });
    depthSelect.addEventListener("change", function () { setDepth(Number(depthSelect.value)); });
    document.getElementById("kgviz-reset").addEventListener("click", reset);
    document.getElementById("kgviz-png").addEventListener("click", savePNG);
    window.addEventListener("hashchange", function () {
      if (location.hash.replace(/^#/, "") === writtenFragment) return;
      var moved = readFragment(location.hash);
      if (moved) renderer.getCamera().setState(moved);
      changed();
    });
    // The reducers drew the first frame from the state read above: no second drawing.
    syncControls();
    writeFragment();
    step("first view");
  }

  api.search = search;
  api.select = select;
  api.setDepth = setDepth;
  api.setFilter = setFilter;
  api.setDate = setDate;
  api.visible = visible;
  api.reset = reset;
  api.exportPNG = exportPNG;
  api.state = function () {
    return {
      selected: state.selected >= 0 ? nodeIds[state.selected] : null,
      depth: state.depth,
      types: state.types === null ? null : Array.from(state.types),
      confidence: state.confidence === null ? null : Array.from(state.confidence),
      communities: state.communities === null ? null : Array.from(state.communities),
      metric: state.metric === null ? null : { name: state.metric.name, min: state.metric.min, max: state.metric.max },
      date: state.date,
      fragment: fragment()
    };
  };

  try {
    start();
    // Sigma drew the first frame synchronously; two animation frames later it is on screen.
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        readyResolve(api);
        // While the reader looks at the first frame: the details and the search keys, so that the
        // first click or search does not wait for them (each is also made when first needed).
        whenIdle(function () {
          readDetails();
          whenIdle(searchKeys);
        });
      });
    });
  } catch (error) {
    showMessage("This page could not draw the graph: " + (error && error.message ? error.message : String(error)) +
      ". It draws with WebGL (sigma.js); the search, the legend's filters and the side panel still work.");
    try {
      syncControls();
    } catch (ignored) {
      // the legend was not built: the message says what happened
    }
    readyReject(error);
  }
})();
