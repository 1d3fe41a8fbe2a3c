// The knowledge-graph YAML reader (schema: graph_data/README.md, DESIGN.md "Data").
#pragma once

#include "io/input.hpp"
#include "io/read_options.hpp"
#include "model/knowledge_graph.hpp"

namespace kgviz {

/// Reads and validates a knowledge-graph YAML document: syntax, duplicate keys, missing, unknown or
/// mistyped fields, duplicate ids, undeclared entities/types/sources, confidence values, and every
/// relation's evidence against its source text. Throws InputError with every problem found (up to
/// `options.max_errors`), positioned and sorted by position.
KnowledgeGraph read_yaml(const InputSource& input, const ReadOptions& options);

}  // namespace kgviz
