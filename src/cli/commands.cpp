#include "cli/commands.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <sstream>
#include <stdexcept>

#include "analysis/csr.hpp"
#include "analysis/layout.hpp"
#include "cli/drawing_setup.hpp"
#include "cli/input_columns.hpp"
#include "cli/output_files.hpp"
#include "cli/output_formats.hpp"
#include "cli/output_targets.hpp"
#include "cli/progress.hpp"
#include "io/graph_reader.hpp"
#include "io/input.hpp"
#include "io/theme_reader.hpp"
#include "kgviz_version.hpp"
#include "model/diagnostics.hpp"
#include "model/number_format.hpp"
#include "model/suggestions.hpp"
#include "model/terminal_text.hpp"
#include "render/diagram.hpp"
#include "render/gexf_writer.hpp"
#include "render/graphml_writer.hpp"
#include "render/html_writer.hpp"
#include "render/json_writers.hpp"
#include "render/path_writers.hpp"
#include "render/stix_writer.hpp"

namespace kgviz {

namespace {

/// Above this many nodes (and without --engine), exports use kgviz's own layout.
constexpr std::size_t kGraphvizLayoutNodeLimit = 10'000;

struct LoadedGraph {
  KnowledgeGraph graph;
  std::vector<RunRecord::Input> inputs;
  /// Input node attributes renamed because kgviz computes a column of their name, per input.
  std::vector<std::pair<std::string, std::vector<RenamedColumn>>> renamed;
};

ReadOptions read_options(const InputOptions& options) {
  ReadOptions read = options.read;
  read.undirected = options.undirected;
  if (!options.from.empty()) {
    auto format = input_format_named(options.from);
    if (!format) {
      std::vector<std::string> readable;
      for (const FileFormat& known : file_formats()) {
        if (known.input) readable.emplace_back(known.name);
      }
      throw UsageError(with_suggestions("--from " + options.from + ": unknown input format",
                                        options.from, readable) +
                       " (formats: " + input_format_names() + ")");
    }
    read.format = *format;
  }
  if (!options.nodes.empty()) read.nodes_file = options.nodes;
  read.standard_input = options.standard_input;
  return read;
}

/// Throws UsageError when `-` (standard input) is named more than once: as FILEs, `--nodes`,
/// `--theme` (`theme`, "" = none).
void check_stdin_named_once(const InputOptions& options, const std::string& theme = {}) {
  const auto uses = std::count(options.files.begin(), options.files.end(), "-") +
                    (options.nodes == "-" ? 1 : 0) + (theme == "-" ? 1 : 0);
  if (uses > 1) {
    throw UsageError("standard input (-) can be read only once (it is named " +
                     std::to_string(uses) + " times among FILE, --nodes and --theme)");
  }
}

bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

/// The input `file` names; "" (no FILE given) = standard input when it holds a graph (a pipe or a
/// redirected file with more than white space, and `-` not taken by --nodes), else the bundled
/// graph: a piped graph is never silently ignored, and an empty pipe, /dev/null, a closed standard
/// input or a terminal all give the bundled graph.
InputSource load_source(const std::string& file, const InputOptions& options,
                        const ReadOptions& read) {
  if (!file.empty()) return load_input(file, read.limits, read.standard_input);
  if (options.stdin_may_hold_data && options.nodes != "-") {
    InputSource piped = load_input("-", read.limits, read.standard_input);
    if (!is_blank(piped.content)) return piped;
  }
  return bundled_input();
}

LoadedGraph load_graphs(const InputOptions& options, ProgressLine* progress = nullptr) {
  const ReadOptions read = read_options(options);
  check_stdin_named_once(options);
  std::vector<std::string> files = options.files;
  if (files.empty()) files.emplace_back();  // the bundled graph
  LoadedGraph loaded;
  bool first = true;
  for (const auto& file : files) {
    if (progress != nullptr)
      progress->begin("reading " + (file.empty() ? std::string("bundled graph") : file));
    const InputSource source = load_source(file, options, read);
    loaded.inputs.push_back({source.basename, input_sha256(source)});
    KnowledgeGraph graph = read_graph(source, read);
    std::vector<RenamedColumn> renames = keep_input_columns(graph);
    if (!renames.empty()) loaded.renamed.emplace_back(source.display_name, std::move(renames));
    if (first) {
      loaded.graph = std::move(graph);
      first = false;
    } else {
      merge_graph(loaded.graph, graph);
    }
  }
  if (options.undirected) loaded.graph.set_directed(false);
  if (options.selection.active()) loaded.graph = select_subgraph(loaded.graph, options.selection);
  if (progress != nullptr) progress->end();
  return loaded;
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

/// The options that change results, for the reproducibility record (not -o, --threads, --quiet).
std::vector<std::pair<std::string, std::string>> input_record(const InputOptions& options) {
  std::vector<std::pair<std::string, std::string>> out;
  if (!options.from.empty()) out.emplace_back("from", options.from);
  if (options.undirected) out.emplace_back("undirected", "true");
  if (!options.nodes.empty()) {
    out.emplace_back("nodes", std::filesystem::path(options.nodes).filename().string());
  }
  const CsvColumnNames& columns = options.read.csv_columns;
  if (!columns.source.empty()) out.emplace_back("source_col", columns.source);
  if (!columns.target.empty()) out.emplace_back("target_col", columns.target);
  if (!columns.id.empty()) out.emplace_back("id_col", columns.id);
  const SelectionOptions& selection = options.selection;
  if (selection.focus) {
    out.emplace_back("focus", *selection.focus);
    out.emplace_back("depth", std::to_string(selection.depth));
  }
  if (selection.min_confidence)
    out.emplace_back("min_confidence", confidence_name(*selection.min_confidence));
  if (!selection.types.empty()) out.emplace_back("types", join(selection.types, ","));
  return out;
}

void analysis_record(const AnalysisOptions& analysis,
                     std::vector<std::pair<std::string, std::string>>& out) {
  if (!analysis.metrics.empty()) {
    std::vector<std::string> names;
    for (const Metric metric : analysis.metrics) names.emplace_back(metric_name(metric));
    out.emplace_back("metrics", join(names, ","));
  }
  if (analysis.weight) out.emplace_back("weight", *analysis.weight);
  if (analysis.samples > 0) out.emplace_back("samples", std::to_string(analysis.samples));
  out.emplace_back("algorithm", community_method_name(analysis.algorithm));
  out.emplace_back("resolution", format_double(analysis.resolution));
}

/// `command`'s analysis options with `--metrics` typed. Throws UsageError for a word that names no
/// metric, listing the metrics and the closest to it.
AnalysisOptions typed_analysis(const AnalysisOptions& options,
                               const std::vector<std::string>& metrics) {
  AnalysisOptions typed = options;
  typed.metrics.clear();
  for (const auto& word : metrics) {
    const std::optional<Metric> metric = metric_named(word);
    if (!metric) {
      const std::vector<std::string> known(kMetricColumns.begin(), kMetricColumns.end());
      throw UsageError(with_suggestions("unknown metric '" + word + "'", word, known) +
                       " (metrics: " + join(known, ",") + ")");
    }
    typed.metrics.push_back(*metric);
  }
  return typed;
}

/// The metric `--sort` names (nullopt when not given). Throws UsageError when it is not among the
/// computed ones, listing them and the closest to it.
std::optional<Metric> sort_metric(const std::string& sort, const AnalysisResult& result) {
  if (sort.empty()) return std::nullopt;
  if (result.metrics.find(sort) == nullptr) {
    std::vector<std::string> computed;
    for (const auto& column : result.metrics.columns()) computed.push_back(column.name);
    throw UsageError(
        with_suggestions("--sort " + sort + ": not among the computed metrics", sort, computed) +
        " (" + join(computed, ", ") + ")");
  }
  return metric_named(sort);
}

/// Warns about input attributes kept under another name (input_columns.hpp).
void warn_renamed_columns(const LoadedGraph& loaded, std::ostream& err) {
  for (const auto& [file, renames] : loaded.renamed) {
    err << "kgviz: warning: " << terminal_text(file)
        << ": node attributes named like columns kgviz computes are kept under other names: "
        << terminal_text(describe_renames(renames)) << '\n';
  }
}

RunRecord make_record(std::string command, const LoadedGraph& loaded,
                      std::vector<std::pair<std::string, std::string>> options,
                      std::uint64_t seed) {
  // The record says which columns are the input's: every output carries it.
  std::vector<RenamedColumn> renamed;
  for (const auto& [file, renames] : loaded.renamed) {
    for (const RenamedColumn& rename : renames) {
      const bool seen = std::any_of(renamed.begin(), renamed.end(), [&](const RenamedColumn& r) {
        return r.from == rename.from && r.to == rename.to;
      });
      if (!seen) renamed.push_back(rename);
    }
  }
  if (!renamed.empty()) options.emplace_back("renamed_input_columns", describe_renames(renamed));
  RunRecord record;
  record.version = kVersion;
  record.command = std::move(command);
  record.inputs = loaded.inputs;
  record.options = std::move(options);
  record.seed = seed;
  return record;
}

/// Routes the analysis's per-metric progress to the progress line.
void report_analysis_progress(AnalysisOptions& analysis, ProgressLine& progress) {
  auto current = std::make_shared<std::string>();
  analysis.progress = [&progress, current](const std::string& step, double fraction) {
    if (step != *current) {
      *current = step;
      progress.begin(step);
    }
    progress.update(fraction);
  };
}

void print_notes(const AnalysisResult& result, std::ostream& err) {
  for (const auto& note : result.notes) err << "kgviz: note: " << terminal_text(note) << '\n';
}

std::vector<std::string> input_names(const LoadedGraph& loaded) {
  std::vector<std::string> names;
  for (const auto& input : loaded.inputs) names.push_back(input.basename);
  return names;
}

struct LoadedTheme {
  Theme theme;
  std::vector<std::pair<std::string, std::string>> record;  ///< theme basename and SHA-256
};

/// The `--theme` file, read and checked; the built-in theme when `path` is empty.
LoadedTheme load_theme(const std::string& path, const InputOptions& input) {
  LoadedTheme loaded;
  if (path.empty()) return loaded;
  check_stdin_named_once(input, path);
  const ReadOptions read = read_options(input);
  const InputSource source = load_input(path, read.limits, read.standard_input);
  loaded.theme = read_theme(source, read);
  loaded.record = {{"theme", source.basename}, {"theme_sha256", sha256_hex(source.content)}};
  return loaded;
}

/// The files a run reads (FILEs, --nodes, --theme, and standard input when it may be read, which
/// is a file when redirected from one: `kgviz analyze -o g.csv < g.csv`): no output may name one.
std::vector<std::string> files_read(const InputOptions& input, const std::string& theme = {}) {
  std::vector<std::string> files = input.files;
  files.push_back(input.nodes);
  files.push_back(theme);
  const bool reads_stdin = input.files.empty() || input.nodes == "-" || theme == "-" ||
                           std::count(input.files.begin(), input.files.end(), "-") > 0;
  if (reads_stdin && input.standard_input == nullptr) files.emplace_back("/dev/stdin");
  return files;
}

/// The width of the terminal standard output is: $COLUMNS when it holds a positive number (what
/// the user or the shell says), else what the terminal reports, else 80.
std::size_t terminal_columns() {
  if (const char* columns = std::getenv("COLUMNS")) {
    std::size_t value = 0;
    const char* end = columns + std::strlen(columns);
    const auto parsed = std::from_chars(columns, end, value);
    if (parsed.ec == std::errc() && parsed.ptr == end && value > 0) return value;
  }
  winsize size{};
  if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 80;
}

/// Says on standard error what a table for people left out and how to see it.
void note_left_out(const TableReport& report, std::size_t width, std::ostream& err) {
  if (report.left_out.empty()) return;
  err << "kgviz: note: " << report.left_out.size() << " column"
      << (report.left_out.size() == 1 ? "" : "s") << " left out to fit " << width
      << " characters: " << join(report.left_out, ", ")
      << " (--width 0 shows every column, --metrics LIST chooses them, --format csv writes them "
         "all)\n";
}

/// The diagram format an output format of is_diagram() is.
DiagramFormat diagram_format(OutputFormat format) {
  switch (format) {
    case OutputFormat::Svg:
      return DiagramFormat::Svg;
    case OutputFormat::Png:
      return DiagramFormat::Png;
    case OutputFormat::Pdf:
      return DiagramFormat::Pdf;
    case OutputFormat::Dot:
      return DiagramFormat::Dot;
    default:
      throw std::invalid_argument("diagram_format: not a diagram format");
  }
}

/// Refuses, before anything is read, outputs that name an input or each other (usage error) and
/// targets the system would not let kgviz write or replace (exit 1).
void check_outputs(const std::vector<std::string>& outputs,
                   const std::vector<std::string>& inputs) {
  check_outputs_apart(outputs, inputs);
  for (const auto& path : outputs) check_output_target(path);
}

}  // namespace

int run_validate(const InputOptions& options, std::ostream& out, std::ostream& err) {
  const ReadOptions read = read_options(options);
  check_stdin_named_once(options);
  std::vector<std::string> files = options.files;
  if (files.empty()) files.emplace_back();
  int status = 0;
  for (const auto& file : files) {
    try {
      const InputSource source = load_source(file, options, read);
      const KnowledgeGraph graph = read_graph(source, read);
      out << terminal_text(source.display_name) << ": ok: " << graph.node_count() << " entities, "
          << graph.edge_count() << " relations\n";
    } catch (const UsageError&) {
      throw;
    } catch (const InputError& e) {
      for (const auto& diagnostic : e.diagnostics()) err << diagnostic.format() << '\n';
      status = 1;
    }
  }
  return status;
}

int run_analyze(const AnalyzeCommand& command, bool stdout_is_terminal, std::ostream& out,
                std::ostream& err) {
  const AnalysisFormat format =
      resolve_analysis_format(command.format, command.output, stdout_is_terminal);
  AnalysisOptions analysis = typed_analysis(command.analysis, command.metrics);
  if (!command.output.empty()) check_outputs({command.output}, files_read(command.input));

  ProgressLine progress(err, command.input.progress);
  LoadedGraph loaded = load_graphs(command.input, &progress);
  report_analysis_progress(analysis, progress);
  analysis.full_summary = format == AnalysisFormat::Json;
  const AnalysisResult result = analyze(loaded.graph, analysis);
  progress.end();
  TableOptions table = command.table;
  table.sort = sort_metric(command.sort, result);
  warn_renamed_columns(loaded, err);
  print_notes(result, err);

  auto options = input_record(command.input);
  analysis_record(analysis, options);
  const RunRecord record = make_record("analyze", loaded, std::move(options), analysis.seed);

  // Tables for people fit a terminal: its width, and kTerminalRows rows, unless told otherwise.
  table.metrics_named = !analysis.metrics.empty();
  const bool to_terminal = stdout_is_terminal && (command.output.empty() || command.output == "-");
  if (to_terminal && !command.width_given) table.width = terminal_columns();
  if (to_terminal && !command.top_given) table.top = kTerminalRows;
  TableReport report;
  OutputSet outputs(out);
  outputs.write(command.output.empty() ? "-" : command.output, [&](std::ostream& text) {
    switch (format) {
      case AnalysisFormat::Csv:
        write_analysis_csv(loaded.graph, result, table, text);
        break;
      case AnalysisFormat::Json:
        write_analysis_json(loaded.graph, result, table, record, text);
        break;
      case AnalysisFormat::Markdown:
        report = write_analysis_markdown(loaded.graph, result, table, record, text);
        break;
      case AnalysisFormat::Table:
        report = write_analysis_table(loaded.graph, result, table, text);
        break;
    }
  });
  outputs.commit();
  note_left_out(report, table.width, err);
  return 0;
}

namespace {

/// What an export will write, decided (and checked) before any input is read.
struct ExportPlan {
  std::vector<OutputFormat> formats;  ///< one per -o, in order
  AnalysisOptions analysis;           ///< typed
  LoadedTheme theme;

  [[nodiscard]] bool any(bool (*test)(OutputFormat)) const {
    return std::any_of(formats.begin(), formats.end(), test);
  }
};

/// The outputs' formats, refused outputs, the typed analysis options and the theme: every usage
/// error and a bad theme fail the run before any graph is read or analysed.
ExportPlan plan_export(const ExportCommand& command) {
  if (command.outputs.empty()) throw UsageError("export needs at least one -o OUTPUT");
  ExportPlan plan;
  plan.formats = resolve_output_formats(command.outputs, command.to);
  check_outputs(command.outputs, files_read(command.input, command.theme));
  plan.analysis = typed_analysis(command.analysis, command.metrics);
  plan.theme = load_theme(command.theme, command.input);
  return plan;
}

/// What the writers draw from: the diagram when a picture is written, else only the hints.
struct ExportDrawing {
  std::optional<Diagram> diagram;
  DrawingHints hints;
  RunRecord record;
};

/// Graphviz takes minutes to lay out tens of thousands of nodes: above the limit, unless an engine
/// is named or the input brings its own layout, kgviz computes a ForceAtlas2 layout itself and
/// Graphviz only draws.
bool needs_own_layout(const ExportCommand& command, const ExportPlan& plan,
                      const KnowledgeGraph& graph, const DrawingOptions& drawing) {
  return command.engine.empty() && drawing.positions.empty() &&
         graph.node_count() > kGraphvizLayoutNodeLimit && plan.any(needs_layout);
}

/// Places the nodes with kgviz's ForceAtlas2 into `drawing.positions`.
void force_layout(const KnowledgeGraph& graph, const AnalysisOptions& analysis,
                  DrawingOptions& drawing, ProgressLine& progress) {
  progress.begin("layout (forceatlas2)");
  ForceLayoutOptions layout;
  layout.seed = analysis.seed;
  layout.threads = analysis.threads;
  const auto points = force_directed_layout(simple_undirected(graph, {}), layout,
                                            [&progress](double done) { progress.update(done); });
  drawing.positions.reserve(points.size());
  for (const auto& point : points) drawing.positions.emplace_back(point.x, point.y);
  drawing.positions_by = "forceatlas2";
}

/// The drawing choices, the run record and the layout: a diagram when a picture is written, the
/// hints alone (x/y/colour/size) for data files.
ExportDrawing prepare_drawing(const ExportCommand& command, ExportPlan& plan,
                              const LoadedGraph& loaded, const AnalysisResult& result,
                              ProgressLine& progress) {
  auto options = input_record(command.input);
  analysis_record(plan.analysis, options);
  DrawingSetup setup = drawing_setup(command, loaded.graph, result, input_names(loaded),
                                     std::move(plan.theme.theme));
  DrawingOptions& drawing = setup.drawing;
  options.insert(options.end(), setup.record.begin(), setup.record.end());
  options.insert(options.end(), plan.theme.record.begin(), plan.theme.record.end());
  const bool own_layout = needs_own_layout(command, plan, loaded.graph, drawing);
  if (own_layout) options.emplace_back("layout", "forceatlas2");
  ExportDrawing out;
  out.record = make_record("export", loaded, std::move(options), plan.analysis.seed);
  if (own_layout) force_layout(loaded.graph, plan.analysis, drawing, progress);
  if (!plan.any(needs_layout)) return out;
  if (drawing.positions.empty()) {
    progress.begin("layout (" +
                   (command.engine.empty() ? std::string("automatic engine") : command.engine) +
                   ")");
  }
  if (plan.any(is_diagram)) {
    out.diagram = Diagram::build(loaded.graph, result, drawing, out.record);
    out.hints = out.diagram->hints();
  } else {
    // Only data files: their x/y/colour/size need no Graphviz graph at all.
    out.hints = drawing.positions.empty()
                    ? Diagram::build(loaded.graph, result, drawing, out.record).hints()
                    : drawing_hints(loaded.graph, result, drawing);
  }
  return out;
}

/// Writes one export output of `format` on `text`.
void write_export(OutputFormat format, const KnowledgeGraph& graph, const AnalysisResult& result,
                  const ExportDrawing& drawing, std::ostream& text) {
  const DrawingHints* hints = &drawing.hints;
  const RunRecord& record = drawing.record;
  switch (format) {
    case OutputFormat::Dot:
    case OutputFormat::Svg:
    case OutputFormat::Png:
    case OutputFormat::Pdf:
      text << drawing.diagram->render(diagram_format(format));
      break;
    case OutputFormat::GraphML:
      write_graphml(graph, result, hints, record, text);
      break;
    case OutputFormat::Gexf:
      write_gexf(graph, result, hints, record, text);
      break;
    case OutputFormat::Json:
      write_cytoscape_json(graph, result, hints, record, text);
      break;
    case OutputFormat::NodeLink:
      write_nodelink_json(graph, result, hints, record, text);
      break;
    case OutputFormat::Stix:
      write_stix(graph, record, text);
      break;
    case OutputFormat::Csv:
      write_analysis_csv(graph, result, TableOptions{}, text);
      break;
    case OutputFormat::EdgesCsv:
      write_edges_csv(graph, text);
      break;
    case OutputFormat::Markdown:
      write_analysis_markdown(graph, result, TableOptions{}, record, text);
      break;
    case OutputFormat::Html:
      write_html(graph, result, drawing.hints, record, text);
      break;
  }
}

}  // namespace

int run_export(const ExportCommand& command, std::ostream& out, std::ostream& err) {
  ExportPlan plan = plan_export(command);
  ProgressLine progress(err, command.input.progress);
  LoadedGraph loaded = load_graphs(command.input, &progress);
  // A graph too large for the interactive page fails before its analysis and layout, not after.
  if (plan.any([](OutputFormat format) { return format == OutputFormat::Html; })) {
    check_html_size(loaded.graph);
  }
  report_analysis_progress(plan.analysis, progress);
  const AnalysisResult result = analyze(loaded.graph, plan.analysis);
  warn_renamed_columns(loaded, err);
  print_notes(result, err);
  const ExportDrawing drawing = prepare_drawing(command, plan, loaded, result, progress);

  progress.begin("writing");
  OutputSet outputs(out);
  for (std::size_t i = 0; i < plan.formats.size(); ++i) {
    outputs.write(command.outputs[i], [&](std::ostream& text) {
      write_export(plan.formats[i], loaded.graph, result, drawing, text);
    });
  }
  progress.end();
  outputs.commit();
  return 0;
}

}  // namespace kgviz

namespace kgviz {

namespace {

/// Throws UsageError when one of `args` from `first` on, where `path` expects an entity, names a
/// file (or a name with a graph file extension): the FILE goes before the two entities.
void check_not_a_file(const std::vector<std::string>& args, std::size_t first) {
  for (std::size_t i = first; i < args.size(); ++i) {
    std::error_code error;
    const bool file = std::filesystem::is_regular_file(args[i], error) ||
                      format_of_path(strip_compression_suffix(args[i])) != nullptr;
    if (!file) continue;
    const std::string name = terminal_text(args[i]);
    if (args.size() == 3) {
      throw UsageError("'" + name + "' is a file, where path expects an entity: path reads one " +
                       "FILE, given first (kgviz path FILE FROM TO)");
    }
    throw UsageError("'" + name + "' is a file: give it as FILE before two entities (kgviz path " +
                     name + " FROM TO)");
  }
  if (args.size() < 2) {
    throw UsageError("path needs two entities: FROM TO (the bundled graph) or FILE FROM TO");
  }
}

}  // namespace

int run_path(const PathCommand& command, std::ostream& out, std::ostream& err) {
  const auto& args = command.arguments;
  if (args.size() < 2) check_not_a_file(args, 0);
  if (args.size() != 2 && args.size() != 3) {
    throw UsageError("path takes FROM TO (the bundled graph) or FILE FROM TO, not " +
                     std::to_string(args.size()) + " arguments");
  }
  if (command.format != "text" && command.format != "json") {
    throw UsageError("--format " + command.format + ": use text or json");
  }
  InputOptions input = command.input;
  if (args.size() == 3) input.files = {args[0]};
  const std::string& from_name = args[args.size() - 2];
  const std::string& to_name = args[args.size() - 1];
  const LoadedGraph loaded = load_graphs(input);
  const KnowledgeGraph& graph = loaded.graph;
  VertexId from = 0;
  VertexId to = 0;
  try {
    from = resolve_entity(graph, from_name);
    to = resolve_entity(graph, to_name);
  } catch (const Error&) {
    check_not_a_file(args, args.size() - 2);
    throw;
  }
  const PathResult result = shortest_relation_paths(graph, from, to, command.path);
  if (result.paths.empty()) {
    throw Error("no path from '" + std::string(graph.id(from)) + "' to '" +
                std::string(graph.id(to)) + "' " +
                (command.path.directed && graph.directed()
                     ? "along the relations' direction"
                     : "following relations in either direction"));
  }
  const std::vector<RelationPath>& paths = result.paths;
  if (result.truncated) {
    err << "kgviz: note: showing the first " << result.paths.size() << " shortest chains\n";
  }
  std::ostringstream text;
  if (command.format == "json") {
    write_path_json(graph, from, to, command.path.directed && graph.directed(), result.length,
                    command.path.weight ? command.path.weight->c_str() : nullptr, result.truncated,
                    paths, text);
  } else {
    write_path_text(graph, from, paths,
                    command.path.weight ? command.path.weight->c_str() : nullptr, result.length,
                    text);
  }
  out << text.str();  // whether it was written, run() checks for every command
  return 0;
}

}  // namespace kgviz
