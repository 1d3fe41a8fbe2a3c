#include "cli/app.hpp"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <new>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/output_formats.hpp"
#include "io/input.hpp"
#include "kgviz_version.hpp"
#include "model/diagnostics.hpp"

namespace kgviz {

namespace {

constexpr const char* kDescription =
    "kgviz turns a knowledge graph into analysis and pictures.\n"
    "FILE left out = the bundled Salt Typhoon article graph. Exit codes: 0 success, 1 bad input or\n"
    "failed operation, 2 usage error.";

void add_input_options(CLI::App& command, InputOptions& input, bool files) {
  command.add_flag("-q,--quiet", input.quiet,
                   "No progress line on standard error (it is shown only on a terminal, for steps "
                   "over a second)");
  if (files) {
    command.add_option("FILE", input.files,
                       "Input files, merged by entity id; - = standard input; none = the bundled "
                       "article graph. Formats by extension (case-insensitive), "
                       "else by content: " + input_format_list());
  }
  command.add_option("--from", input.from,
                     "Input format when the extension does not tell: " + input_format_names())
      ->type_name("FORMAT");
  command.add_flag("--undirected", input.undirected, "Read every relation as undirected");
  command.add_option("--nodes", input.nodes,
                     "Node table for CSV/TSV edge lists: header id plus any columns (label, type, "
                     "aliases, ...)")
      ->type_name("FILE");
  command.add_option("--max-errors", input.read.max_errors, "Errors reported per file")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  auto* limits = command.add_option_group("Limits", "Bounds against hostile inputs");
  limits->add_option("--max-input-size", input.read.limits.max_input_bytes, "Largest input, bytes")
      ->capture_default_str();
  limits->add_option("--max-depth", input.read.limits.max_depth, "Deepest YAML/XML nesting")
      ->capture_default_str();
  limits->add_option("--max-alias-expansion", input.read.limits.max_alias_expansion,
                     "YAML nodes reachable through aliases")
      ->capture_default_str();
  limits->add_option("--max-string-length", input.read.limits.max_string_length,
                     "Longest string, bytes")
      ->capture_default_str();
  limits->add_option("--max-nodes", input.read.limits.max_nodes, "Most nodes")->capture_default_str();
  limits->add_option("--max-edges", input.read.limits.max_edges, "Most edges")->capture_default_str();
}

void add_selection_options(CLI::App& command, SelectionOptions& selection) {
  command.add_option("--focus", selection.focus,
                     "Keep only the neighbourhood of this entity (id or label)")
      ->type_name("ID");
  command.add_option("--depth", selection.depth, "Hops around --focus, either direction")
      ->capture_default_str();
  command.add_option("--min-confidence", selection.min_confidence,
                     "Keep relations at least this sure: confirmed, reported or alleged")
      ->check(CLI::IsMember({"confirmed", "reported", "alleged"}));
  command.add_option("--types", selection.types, "Keep only entities of these types (comma-separated)")
      ->delimiter(',')
      ->type_name("LIST");
}

void add_analysis_options(CLI::App& command, AnalysisOptions& analysis) {
  command
      .add_option("--metrics", analysis.metrics,
                  "Comma-separated metrics: degree,in_degree,out_degree,betweenness,closeness,"
                  "harmonic,pagerank,eigenvector,core,component,strong_component,clustering,"
                  "community (default: all; betweenness, closeness, harmonic only up to 50,000 "
                  "nodes). Costs: betweenness, closeness and harmonic take O(n m) time and O(n) "
                  "memory per thread; the rest O(m).")
      ->delimiter(',')
      ->type_name("LIST");
  command.add_option("--weight", analysis.weight,
                     "Edge attribute used as distance (paths) and strength (pagerank, "
                     "eigenvector, communities)")
      ->type_name("ATTR");
  command.add_option("--seed", analysis.seed, "Community detection seed")->capture_default_str();
  command.add_option("--resolution", analysis.resolution, "Louvain resolution")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  command.add_option("--algorithm", analysis.algorithm,
                     "Community algorithm: louvain (networkx's) or leiden (connected communities)")
      ->capture_default_str()
      ->check(CLI::IsMember({"louvain", "leiden"}));
  command.add_option("--threads", analysis.threads, "Worker threads (0 = all cores)")
      ->capture_default_str();
  command.add_option("--samples", analysis.samples,
                     "Approximate betweenness from K seeded random sources (networkx's k=), for "
                     "graphs where exact O(n m) is out of reach")
      ->type_name("K");
}

int report(const std::exception& e, std::ostream& err, int code) {
  err << "kgviz: error: " << e.what() << '\n';
  return code;
}

}  // namespace

int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
        std::ostream& err) {
  CLI::App app{kDescription, "kgviz"};
  app.set_version_flag("--version", std::string("kgviz ") + kVersion);
  app.require_subcommand(1);
  app.fallthrough(false);

  InputOptions validate_input;
  auto* validate = app.add_subcommand("validate", "Check inputs; exit 0 when valid, 1 when not");
  add_input_options(*validate, validate_input, true);

  AnalyzeCommand analyze;
  auto* analyze_app = app.add_subcommand("analyze", "Per-entity metrics, communities, summary");
  add_input_options(*analyze_app, analyze.input, true);
  add_analysis_options(*analyze_app, analyze.analysis);
  add_selection_options(*analyze_app, analyze.input.selection);
  analyze_app->add_option("--format", analyze.format,
                          "table (default on a terminal), csv (default otherwise), json, markdown")
      ->check(CLI::IsMember({"table", "csv", "json", "markdown"}));
  analyze_app->add_option("--top", analyze.table.top,
                          "Show only the top N rows (by --sort, default pagerank)");
  analyze_app->add_option("--sort", analyze.table.sort, "Sort rows by METRIC, descending")
      ->type_name("METRIC");
  analyze_app->add_option("-o,--output", analyze.output, "Write to FILE instead of standard output")
      ->type_name("FILE");

  ExportCommand export_command;
  auto* export_app = app.add_subcommand(
      "export", "Write diagrams and data files; formats by extension: " + output_format_list());
  add_input_options(*export_app, export_command.input, true);
  add_analysis_options(*export_app, export_command.analysis);
  add_selection_options(*export_app, export_command.input.selection);
  export_app->add_option("-o,--output", export_command.outputs, "Output file (repeatable); - = stdout")
      ->required()
      ->type_name("OUT");
  export_app->add_option("--to", export_command.to,
                         "Output format of -o - and of names whose extension does not tell: " +
                             output_format_names())
      ->type_name("FORMAT");
  export_app->add_option("--engine", export_command.engine,
                         "Graphviz layout: dot, neato, fdp, sfdp, circo, twopi (default: the "
                         "input's own x/y layout when every node has one; else dot for a small "
                         "directed graph with entity types, neato for other small graphs, sfdp "
                         "above 150 nodes)")
      ->check(CLI::IsMember({"dot", "neato", "fdp", "sfdp", "circo", "twopi"}));
  export_app->add_option("--color-by", export_command.color_by,
                         "Node colour: type, community, none, a METRIC or a node attribute "
                         "(categories get a legend of their values, numbers a colour ramp); "
                         "default: type when entities have types, else community")
      ->type_name("WHAT");
  export_app->add_option("--size-by", export_command.size_by,
                         "Node size by a METRIC (e.g. pagerank) or a numeric node attribute")
      ->type_name("WHAT");
  export_app->add_option("--width-by", export_command.width_by,
                         "Line width by a numeric edge attribute, or none (default: weight when "
                         "the relations' weights differ)")
      ->type_name("ATTR");
  export_app->add_option("--cluster-by", export_command.cluster_by, "community, type or none")
      ->capture_default_str()
      ->check(CLI::IsMember({"community", "type", "none"}));
  export_app->add_option("--title", export_command.title, "Diagram title");
  export_app->add_option("--theme", export_command.theme,
                         "Theme YAML overriding the diagram palette, shapes by type, fonts and colours "
                         "(docs/theme.md)")
      ->type_name("FILE");

  PathCommand path;
  auto* path_app = app.add_subcommand(
      "path", "Shortest chain of relations between two entities, one hop per line with evidence");
  path_app->add_option("ARGS", path.arguments, "FROM TO (the bundled graph) or FILE FROM TO")
      ->required()
      ->expected(2, 3);
  add_input_options(*path_app, path.input, false);
  path_app->add_flag("--directed", path.path.directed, "Follow relations only along their direction");
  path_app->add_flag("--all", path.path.all, "Every shortest chain, not just one");
  path_app->add_option("--weight", path.path.weight, "Edge attribute used as distance")
      ->type_name("ATTR");
  path_app->add_option("--format", path.format, "text or json")
      ->capture_default_str()
      ->check(CLI::IsMember({"text", "json"}));

  try {
    std::vector<std::string> reversed(args.rbegin(), args.rend());
    app.parse(reversed);
  } catch (const CLI::ParseError& e) {
    // --help and --version are "errors" with exit code 0 in CLI11; every real one exits 2.
    const int code = app.exit(e, out, err);
    return code == 0 ? 0 : 2;
  }

  const bool terminal = ::isatty(STDERR_FILENO) == 1 && &err == &std::cerr;
  // In-process callers (tests) hand their own stream, which may hold a graph like a pipe.
  const bool process_stdin = &in == &std::cin;
  const bool stdin_may_hold_data = !process_stdin || process_stdin_may_hold_data();
  for (InputOptions* input : {&validate_input, &analyze.input, &export_command.input, &path.input}) {
    input->progress = terminal && !input->quiet;
    input->standard_input = process_stdin ? nullptr : &in;
    input->stdin_may_hold_data = stdin_may_hold_data;
  }

  try {
    if (validate->parsed()) return run_validate(validate_input, out, err);
    if (analyze_app->parsed()) {
      return run_analyze(analyze, ::isatty(STDOUT_FILENO) == 1 && &out == &std::cout, out, err);
    }
    if (export_app->parsed()) return run_export(export_command, out, err);
    if (path_app->parsed()) return run_path(path, out, err);
  } catch (const UsageError& e) {
    return report(e, err, 2);
  } catch (const InputError& e) {
    for (const auto& diagnostic : e.diagnostics()) err << diagnostic.format() << '\n';
    return 1;
  } catch (const std::bad_alloc&) {
    err << "kgviz: error: out of memory\n";
    return 1;
  } catch (const std::exception& e) {
    return report(e, err, 1);
  }
  return 2;
}

}  // namespace kgviz
