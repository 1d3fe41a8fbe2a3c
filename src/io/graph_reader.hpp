// Reading any supported input into a KnowledgeGraph: format detection, dispatch, merging.
#pragma once

#include <string>
#include <vector>

#include "io/input.hpp"
#include "io/read_options.hpp"
#include "model/knowledge_graph.hpp"

namespace kgviz {

/// The format of an input: `options.format` when given, else from the file extension (and, for
/// `.json` and standard input, from the content). Throws UsageError when it cannot be told.
InputFormat detect_format(const InputSource& input, InputFormat requested);

/// Reads one input in its format. Throws InputError with positioned diagnostics.
KnowledgeGraph read_graph(const InputSource& input, const ReadOptions& options);

/// Merges `from` into `into` by entity id: new entities are appended, an entity already present
/// keeps its label and type and gains the attributes it lacks; every relation of `from` is added.
void merge_graph(KnowledgeGraph& into, const KnowledgeGraph& from);

}  // namespace kgviz
