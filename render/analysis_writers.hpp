// Writers of the analysis tables (`kgviz analyze --format table|csv|json|markdown`, and the `.csv`,
// `.edges.csv` and `.md` exports): DESIGN.md "Metrics" and "analyze --format json".
#pragma once

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "model/analysis_result.hpp"
#include "model/computed_columns.hpp"
#include "model/knowledge_graph.hpp"

namespace kgviz {

/// Row selection and order of every analysis table, and how the tables for people (table,
/// markdown) show numbers and fit a width.
struct TableOptions {
  std::size_t top = 0;  ///< 0 = every row
  /// Metric to sort by, descending (ties by input order), one the analysis computed (the CLI
  /// checks); nullopt = the default order: CSV and JSON keep input order unless `top` is set,
  /// table and markdown always use default_sort_keys().
  std::optional<Metric> sort;
  unsigned precision = 4;      /// table, markdown: significant digits of real numbers
  std::size_t width = 0;       ///< table, markdown: columns to fit in (0 = no limit)
  bool metrics_named = false;  ///< --metrics given: show each named column even if it tells nothing
};

/// What a table for people left out, for the CLI's note.
struct TableReport {
  std::vector<std::string> left_out;  ///< columns dropped to fit `width`, least important first
  std::size_t more_rows = 0;          ///< rows cut by `top`
};

/// The default row order of the tables: degree, then betweenness, then pagerank (those computed),
/// each descending, ties by input order. Degree first because it ranks the entities a knowledge
/// graph says most about — actors and campaigns as much as their targets — in either direction,
/// is defined on every graph and costs nothing; PageRank follows relations to their targets and
/// ranks sinks (victims, places) above the actors (README "analyze").
std::vector<std::string> default_sort_keys(const AnalysisResult& analysis);

/// One row per selected entity (default: all, in input order): `id,label,type` then each metric
/// column; RFC 4180 quoting, floats as the shortest text that reads back to the same double,
/// undefined values empty; a text cell a spreadsheet would run as a formula is written `"'..."`
/// (model/csv_formula.hpp), numbers never.
void write_analysis_csv(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                        const TableOptions& options, std::ostream& out);

/// One row per relation in input order: `id,source,target` then the edge columns every data
/// writer exports (edge_export_columns: relation, label with its fallback, confidence, evidence,
/// source_doc, date, weight (default 1), according_to, every other edge attribute); readable by
/// kgviz's CSV reader (source/target are entity ids; formula cells are guarded as in
/// write_analysis_csv, and the reader removes the guard).
void write_edges_csv(const KnowledgeGraph& graph, std::ostream& out);

/// `{"graph": {summary}, "nodes": [rows], "communities": [{id, size, members}], "data": {record}}`;
/// `nodes` holds the selected rows, the summary and communities always cover the whole graph.
void write_analysis_json(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                         const TableOptions& options, const RunRecord& record, std::ostream& out);

/// A GitHub-flavoured markdown table with a summary line and the record as an HTML comment; the
/// columns and rows of write_analysis_table, cells padded so that the source lines up too.
TableReport write_analysis_markdown(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                                    const TableOptions& options, const RunRecord& record,
                                    std::ostream& out);

/// An aligned plain-text table for terminals, then "… N more" when `top` cut rows, then the
/// summary line. Only columns that tell something about this graph: no label column when every
/// label is its id, no type column without types, no in/out degree or strong components on an
/// undirected graph, no metric with one value for every entity (unless `metrics_named`). Reals to
/// `precision` significant digits. With a `width`, the least important columns are left out until
/// the table fits (labels are shortened first): id, label, the sort key and type stay longest,
/// then degree, betweenness, pagerank, community, in/out degree, closeness, harmonic, eigenvector,
/// core, clustering, component, strong_component. Line feeds in cells become spaces, other control
/// characters are escaped (terminal_text).
TableReport write_analysis_table(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                                 const TableOptions& options, std::ostream& out);

}  // namespace kgviz
