// Reading any supported input into a KnowledgeGraph: format detection, dispatch, merging.
#pragma once

#include <string>
#include <vector>

#include "io/input.hpp"
#include "io/read_options.hpp"
#include "model/knowledge_graph.hpp"

namespace kgviz {

/// The format of an input: `requested` when given (`--from`); else the extension's (a trailing
/// `.gz` looked through), with the content deciding between the formats one extension holds
/// (`.json`: node-link, Cytoscape.js or STIX); else, for standard input and unknown extensions,
/// what the content looks like (model/formats.hpp sniff_input_format). Throws UsageError when it
/// cannot be told, and when the content is unmistakably another format than the extension says
/// (naming the format it looks like and the --from to use).
InputFormat detect_format(const InputSource& input, InputFormat requested);

/// Reads one input in its format. Throws InputError with positioned diagnostics.
KnowledgeGraph read_graph(const InputSource& input, const ReadOptions& options);

/// Merges `from` into `into` by entity id: new entities are appended, an entity already present
/// keeps its label and type and gains the attributes it lacks; every relation of `from` is added.
void merge_graph(KnowledgeGraph& into, const KnowledgeGraph& from);

}  // namespace kgviz
