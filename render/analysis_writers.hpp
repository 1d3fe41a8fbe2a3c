// Writers of the analysis tables (`kgviz analyze --format table|csv|json|markdown`, and the `.csv`,
// `.edges.csv` and `.md` exports): DESIGN.md "Metrics" and "analyze --format json".
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>

#include "model/analysis_result.hpp"
#include "model/knowledge_graph.hpp"

namespace kgviz {

/// Row selection and order of every analysis table; the default is every row in input order.
struct TableOptions {
  std::size_t top = 0;  ///< 0 = every row
  std::string sort;     ///< metric to sort by, descending (ties by input order); "" = input order
};

/// One row per selected entity (default: all, in input order): `id,label,type` then each metric
/// column; RFC 4180 quoting, floats as the shortest text that reads back to the same double,
/// undefined values empty; a text cell a spreadsheet would run as a formula is written `"'..."`
/// (model/csv_formula.hpp), numbers never.
void write_analysis_csv(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                        const TableOptions& options, std::ostream& out);

/// One row per relation in input order: `id,source,target,relation,label,confidence,evidence,
/// source_doc,date,weight,according_to` and every other edge attribute; readable by kgviz's CSV
/// reader (source/target are entity ids; formula cells are guarded as in write_analysis_csv, and
/// the reader removes the guard).
void write_edges_csv(const KnowledgeGraph& graph, std::ostream& out);

/// `{"graph": {summary}, "nodes": [rows], "communities": [{id, size, members}], "data": {record}}`;
/// `nodes` holds the selected rows, the summary and communities always cover the whole graph.
void write_analysis_json(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                         const TableOptions& options, const RunRecord& record, std::ostream& out);

/// A GitHub-flavoured markdown table with a summary line and the record as an HTML comment.
void write_analysis_markdown(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                             const TableOptions& options, const RunRecord& record, std::ostream& out);

/// An aligned plain-text table for terminals; line feeds in cells become spaces, other control
/// characters are escaped (terminal_text).
void write_analysis_table(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                          const TableOptions& options, std::ostream& out);

/// Checks `options.sort` names a computed metric; throws UsageError otherwise.
void check_table_options(const AnalysisResult& analysis, const TableOptions& options);

}  // namespace kgviz
