// Input attributes named like a column kgviz computes (a metric such as `pagerank` or
// `community`, a drawing hint such as `x` or `color`) are never replaced silently by the computed
// values: when a graph is read, such a node column is renamed `input_NAME` (or `input_NAME_2`,
// `input_NAME_3`, ... when that name is taken), the CLI warns, and the run record lists the
// renames. A file kgviz wrote (it carries kgviz's run record) is the exception: its columns of
// those names are that earlier run's computed values, and are not renamed, so a graph read back
// and written again keeps the same columns, however often.
#pragma once

#include <string>
#include <vector>

#include "model/knowledge_graph.hpp"

namespace kgviz {

struct RenamedColumn {
  std::string from;  ///< the input's name, e.g. `community`
  std::string to;    ///< its name from now on, e.g. `input_community`
};

/// Renames, in place, every node column of `graph` named like a computed column (unless
/// graph.written_by_kgviz()); returns the renames in column order.
std::vector<RenamedColumn> keep_input_columns(KnowledgeGraph& graph);

/// `pagerank as input_pagerank, x as input_x`: the renames for a warning or the run record.
std::string describe_renames(const std::vector<RenamedColumn>& renames);

}  // namespace kgviz
