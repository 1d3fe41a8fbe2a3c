#include "cli/app.hpp"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <iostream>
#include <limits>
#include <memory>
#include <new>
#include <ostream>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "cli/commands.hpp"
#include "cli/failure.hpp"
#include "cli/fd_stream.hpp"
#include "cli/output_formats.hpp"
#include "io/input.hpp"
#include "io/read_options.hpp"
#include "kgviz_version.hpp"
#include "model/confidence.hpp"
#include "model/diagnostics.hpp"
#include "model/number_format.hpp"
#include "model/suggestions.hpp"
#include "model/terminal_text.hpp"

namespace kgviz {

namespace {

constexpr const char* kDescription =
    "kgviz turns a knowledge graph into analysis and pictures.\n"
    "FILE left out = the bundled Salt Typhoon article graph. Exit codes: 0 success, 1 bad input "
    "or\n"
    "failed operation, 2 usage error.";

// ---- numeric options: one parser and one range rule for all of them -----------------------------

/// `text` as an unsigned decimal integer within [min, max] (digits only: no sign, no spaces).
/// Throws CLI::ValidationError naming the option and its range in words.
std::uint64_t parse_integer(std::string_view option, const std::string& text, std::uint64_t min,
                            std::uint64_t max) {
  std::uint64_t value = 0;
  const char* end = text.data() + text.size();
  const bool digits = !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
  const auto parsed = std::from_chars(text.data(), end, value);
  if (!digits || parsed.ec != std::errc() || parsed.ptr != end || value < min || value > max) {
    throw CLI::ValidationError(std::string(option) + " must be an integer from " +
                               std::to_string(min) + " to " + std::to_string(max) + " (got '" +
                               terminal_text(text) + "')");
  }
  return value;
}

/// `text` as a finite decimal number > 0 (no NaN, no infinity). Throws CLI::ValidationError.
double parse_positive_number(std::string_view option, const std::string& text) {
  double value = 0;
  const char* end = text.data() + text.size();
  const auto parsed = std::from_chars(text.data(), end, value, std::chars_format::general);
  if (text.empty() || parsed.ec != std::errc() || parsed.ptr != end || !std::isfinite(value) ||
      !(value > 0)) {
    throw CLI::ValidationError(std::string(option) + " must be a number > 0 (got '" +
                               terminal_text(text) + "')");
  }
  return value;
}

/// The long name of an option spec ("-o,--output" -> "--output"), for messages.
std::string long_name(const std::string& spec) {
  const std::size_t comma = spec.rfind(',');
  return comma == std::string::npos ? spec : spec.substr(comma + 1);
}

/// An unsigned integer option accepting [min, max] (default: from 0 to the type's largest value).
template <class T>
CLI::Option* add_integer(CLI::App& command, const std::string& spec, T& target,
                         const std::string& description, std::uint64_t min = 0,
                         std::uint64_t max = std::numeric_limits<T>::max()) {
  static_assert(std::is_unsigned_v<T>, "integer options are unsigned");
  const std::string name = long_name(spec);
  auto* option = command.add_option(
      spec,
      [&target, name, min, max](const CLI::results_t& values) {
        target = static_cast<T>(parse_integer(name, values.back(), min, max));
        return true;
      },
      description);
  return option->type_name("N")->default_str(std::to_string(target));
}

/// A real option accepting finite numbers > 0.
CLI::Option* add_positive_number(CLI::App& command, const std::string& spec, double& target,
                                 const std::string& description) {
  const std::string name = long_name(spec);
  auto* option = command.add_option(
      spec,
      [&target, name](const CLI::results_t& values) {
        target = parse_positive_number(name, values.back());
        return true;
      },
      description);
  return option->type_name("X")->default_str(format_double(target));
}

/// "a, b or c".
std::string in_words(const std::vector<std::string>& choices) {
  std::string out;
  for (std::size_t i = 0; i < choices.size(); ++i) {
    out += (i == 0 ? "" : i + 1 == choices.size() ? " or " : ", ") + choices[i];
  }
  return out;
}

/// Stores a checked choice: as it is, or as the enum it names.
void assign_choice(std::string& target, const std::string& value) { target = value; }
void assign_choice(std::optional<Confidence>& target, const std::string& value) {
  target = parse_confidence(value);
}

/// The words of the confidence levels, surest first, as choices.
std::vector<std::string> confidence_choices() {
  std::vector<std::string> names;
  for (Confidence level : kConfidences) names.emplace_back(confidence_name(level));
  return names;
}

/// The usage error for `value`, which is none of `choices` of option `name`: names them and the
/// closest of them.
CLI::ValidationError not_a_choice(const std::string& name, const std::string& value,
                                  const std::vector<std::string>& choices) {
  return CLI::ValidationError(with_suggestions(
      name + " must be " + in_words(choices) + " (got '" + terminal_text(value) + "')", value,
      choices));
}

/// `choices` as CLI11's type name ("a|b|c").
std::string choice_type_name(const std::vector<std::string>& choices) {
  std::string type;
  for (const auto& choice : choices) type += (type.empty() ? "" : "|") + choice;
  return type;
}

/// An option taking one of `choices` into `target` (a string, or the enum the
/// choice names); anything else is a usage error naming the choices and the closest of them.
template <class Target>
CLI::Option* add_choice(CLI::App& command, const std::string& spec, Target& target,
                        const std::string& description, const std::vector<std::string>& choices) {
  const std::string name = long_name(spec);
  auto* option = command.add_option(
      spec,
      [&target, name, choices](const CLI::results_t& values) {
        const std::string& value = values.back();
        if (std::find(choices.begin(), choices.end(), value) == choices.end()) {
          throw not_a_choice(name, value, choices);
        }
        assign_choice(target, value);
        return true;
      },
      description);
  option->type_name(choice_type_name(choices));
  if constexpr (std::is_same_v<Target, std::string>) {
    if (!target.empty()) option->default_str(target);
  }
  return option;
}

/// An option taking one of the names of `choices` into `target` as its value (an enum): the CLI
/// turns the user's word into a type here, so the code behind never sees the word.
template <class Value>
CLI::Option* add_typed_choice(CLI::App& command, const std::string& spec, Value& target,
                              const std::string& description,
                              const std::vector<std::pair<std::string, Value>>& choices) {
  const std::string name = long_name(spec);
  std::vector<std::string> names;
  std::string default_name;
  for (const auto& [choice, value] : choices) {
    names.push_back(choice);
    if (value == target) default_name = choice;
  }
  auto* option = command.add_option(
      spec,
      [&target, name, choices, names](const CLI::results_t& values) {
        const std::string& word = values.back();
        for (const auto& [choice, value] : choices) {
          if (choice == word) {
            target = value;
            return true;
          }
        }
        throw not_a_choice(name, word, names);
      },
      description);
  option->type_name(choice_type_name(names));
  option->default_str(default_name);
  return option;
}

void add_input_options(CLI::App& command, InputOptions& input, bool files) {
  command.add_flag("-q,--quiet", input.quiet,
                   "No progress line on standard error (it is shown only on a terminal, for steps "
                   "over a second)");
  if (files) {
    command.add_option("FILE", input.files,
                       "Input files, merged by entity id; - = standard input; none = the bundled "
                       "article graph. Formats by extension (case-insensitive), "
                       "else by content: " +
                           input_format_list());
  }
  command
      .add_option("--from", input.from,
                  "Input format when the extension does not tell: " + input_format_names())
      ->type_name("FORMAT");
  command.add_flag("--undirected", input.undirected, "Read every relation as undirected");
  command
      .add_option("--nodes", input.nodes,
                  "Node table for CSV/TSV edge lists: header id plus any columns (label, type, "
                  "aliases, ...)")
      ->type_name("FILE");
  CsvColumnNames& columns = input.read.csv_columns;
  command
      .add_option("--source-col", columns.source,
                  "CSV/TSV: the column of edge sources (default: source, from or src, any case)")
      ->type_name("NAME");
  command
      .add_option("--target-col", columns.target,
                  "CSV/TSV: the column of edge targets (default: target, to or dst, any case)")
      ->type_name("NAME");
  command
      .add_option("--id-col", columns.id,
                  "CSV/TSV --nodes table: the column of node ids (default: id, node or name, "
                  "any case)")
      ->type_name("NAME");
  command
      .add_option_function<std::string>(
          "--source-root", [&input](const std::string& folder) { input.read.source_root = folder; },
          "A folder YAML source texts may also be read from (by default only the YAML file's "
          "folder and below)")
      ->type_name("DIR")
      ->check(CLI::ExistingDirectory);
  add_integer(command, "--max-errors", input.read.max_errors, "Errors reported per file", 1);
  auto* limits = command.add_option_group("Limits", "Bounds against hostile inputs");
  ReadLimits& bounds = input.read.limits;
  add_integer(*limits, "--max-input-size", bounds.max_input_bytes, "Largest input, bytes", 1);
  add_integer(*limits, "--max-depth", bounds.max_depth,
              "Deepest YAML/XML/JSON nesting, 1 to " + std::to_string(kMaxNestingDepth) +
                  " (YAML: at most " + std::to_string(kYamlMaxDepth) + ", where its parser stops)",
              1, kMaxNestingDepth);
  add_integer(*limits, "--max-alias-expansion", bounds.max_alias_expansion,
              "Nodes YAML aliases may add (each alias adds a copy of its anchored node)");
  add_integer(*limits, "--max-string-length", bounds.max_string_length, "Longest string, bytes", 1);
  add_integer(*limits, "--max-nodes", bounds.max_nodes, "Most nodes", 1);
  add_integer(*limits, "--max-edges", bounds.max_edges, "Most edges");
  add_integer(*limits, "--max-attributes", bounds.max_attributes,
              "Most declared attributes per file (GraphML keys, GEXF attributes, CSV columns)", 1);
}

void add_selection_options(CLI::App& command, SelectionOptions& selection) {
  command
      .add_option("--focus", selection.focus,
                  "Keep only the neighbourhood of this entity (id or label)")
      ->type_name("ID");
  add_integer(command, "--depth", selection.depth, "Hops around --focus, either direction");
  add_choice(command, "--min-confidence", selection.min_confidence,
             "Keep relations at least this sure: " + confidence_names_text(), confidence_choices());
  command
      .add_option("--types", selection.types, "Keep only entities of these types (comma-separated)")
      ->delimiter(',')
      ->type_name("LIST");
}

void add_analysis_options(CLI::App& command, AnalysisOptions& analysis,
                          std::vector<std::string>& metrics) {
  command
      .add_option("--metrics", metrics,
                  "Comma-separated metrics: degree,in_degree,out_degree,betweenness,closeness,"
                  "harmonic,pagerank,eigenvector,core,component,strong_component,clustering,"
                  "community (default: all, but those whose cost on this graph is over about a "
                  "minute of work, with a note: betweenness, closeness and harmonic take O(n m) "
                  "time and O(n) memory per thread, clustering O(m sqrt(m)), the rest about O(m); "
                  "named metrics are always computed)")
      ->delimiter(',')
      ->type_name("LIST");
  command
      .add_option("--weight", analysis.weight,
                  "Edge attribute used as distance (paths) and strength (pagerank, "
                  "eigenvector, communities)")
      ->type_name("ATTR");
  add_integer(command, "--seed", analysis.seed, "Community detection seed");
  add_positive_number(command, "--resolution", analysis.resolution, "Louvain resolution");
  add_typed_choice<CommunityMethod>(
      command, "--algorithm", analysis.algorithm,
      "Community algorithm: louvain (networkx's) or leiden (connected communities)",
      {{"louvain", CommunityMethod::Louvain}, {"leiden", CommunityMethod::Leiden}});
  add_integer(command, "--threads", analysis.threads, "Worker threads (0 = all cores)");
  add_integer(command, "--samples", analysis.samples,
              "Approximate betweenness from K seeded random sources (networkx's k=), for graphs "
              "where exact O(n m) is out of reach (0 = exact)")
      ->type_name("K");
}

/// Every long and short option name `command` knows (`--metrics`, `-o`), --help included.
std::vector<std::string> option_names(const CLI::App& command) {
  std::vector<std::string> names;
  for (const CLI::Option* option : command.get_options()) {
    for (const auto& name : option->get_lnames()) names.push_back("--" + name);
    for (const auto& name : option->get_snames()) names.push_back("-" + name);
  }
  // Option groups (Limits) are nameless subcommands holding their own options.
  for (const CLI::App* group :
       command.get_subcommands([](const CLI::App* sub) { return sub->get_name().empty(); })) {
    const auto more = option_names(*group);
    names.insert(names.end(), more.begin(), more.end());
  }
  return names;
}

/// The first of `args` that looks like an option (`-x`, `--name`, `--name=value`) and that
/// `command` does not know; "" when there is none. `-` alone is a file name (standard input).
std::string unknown_option(const CLI::App& command, const std::vector<std::string>& args) {
  const std::vector<std::string> known = option_names(command);
  bool after_separator = false;
  for (const auto& arg : args) {
    if (arg == "--") after_separator = true;
    if (after_separator || arg.size() < 2 || arg.front() != '-') continue;
    if (arg[1] != '-' && std::isdigit(static_cast<unsigned char>(arg[1])) != 0) continue;  // -1
    const std::string name = arg.substr(0, arg.find('='));
    // A short flag may carry its value (-ofile): only its first letter is the option.
    const std::string flag = name[1] == '-' ? name : name.substr(0, 2);
    if (std::find(known.begin(), known.end(), flag) == known.end()) return name;
  }
  return {};
}

/// `kgviz path --help` shows the positional forms by name ([FILE] FROM TO) rather than CLI11's
/// `ARGS TEXT x 2`.
class PathHelp : public CLI::Formatter {
 public:
  std::string make_usage(const CLI::App* /*app*/, std::string name) const override {
    return "Usage: " + name + " [OPTIONS] [FILE] FROM TO\n";
  }
  std::string make_positionals(const CLI::App* /*app*/) const override {
    return "\nPositionals:\n"
           "  FILE                        Graph file (any input format); left out = the bundled\n"
           "                              article graph\n"
           "  FROM TO                     The two entities, each by id or label\n";
  }
};

/// Flushes standard output and makes a run that succeeded but whose output did not all arrive
/// (a full disk, a closed descriptor) fail with the reason. A failed run already said why.
int check_standard_output(int status, std::ostream& out, std::ostream& err) {
  out.flush();
  if (out || status != 0) return status;
  err << "kgviz: error: cannot write to standard output: " << write_failure_reason(out) << '\n';
  return 1;
}

/// The export subcommand, its options parsed into `export_command`.
CLI::App* add_export_command(CLI::App& app, ExportCommand& export_command) {
  auto* export_app = app.add_subcommand(
      "export", "Write diagrams and data files; formats by extension: " + output_format_list());
  add_input_options(*export_app, export_command.input, true);
  add_analysis_options(*export_app, export_command.analysis, export_command.metrics);
  add_selection_options(*export_app, export_command.input.selection);
  export_app
      ->add_option("-o,--output", export_command.outputs, "Output file (repeatable); - = stdout")
      ->required()
      ->type_name("OUT");
  export_app
      ->add_option("--to", export_command.to,
                   "Output format of -o - and of names whose extension does not tell: " +
                       output_format_names())
      ->type_name("FORMAT");
  add_choice(*export_app, "--engine", export_command.engine,
             "Graphviz layout: dot, neato, fdp, sfdp, circo, twopi (default: the input's own x/y "
             "layout when every node has one; else dot for a small directed graph with entity "
             "types, neato for other small graphs, sfdp above 150 nodes)",
             {"dot", "neato", "fdp", "sfdp", "circo", "twopi"});
  export_app
      ->add_option("--color-by", export_command.color_by,
                   "Node colour: type, community, none, a METRIC or a node attribute "
                   "(categories get a legend of their values, numbers a colour ramp); "
                   "default: type when entities have types, else community")
      ->type_name("WHAT");
  export_app
      ->add_option("--size-by", export_command.size_by,
                   "Node size by a METRIC (e.g. pagerank) or a numeric node attribute")
      ->type_name("WHAT");
  export_app
      ->add_option("--width-by", export_command.width_by,
                   "Line width by a numeric edge attribute, or none (default: weight when "
                   "the relations' weights differ)")
      ->type_name("ATTR");
  add_choice(*export_app, "--cluster-by", export_command.cluster_by, "community, type or none",
             {"community", "type", "none"});
  export_app->add_option("--title", export_command.title, "Diagram title");
  export_app
      ->add_option("--theme", export_command.theme,
                   "Theme YAML overriding the diagram palette, shapes by type, fonts and colours "
                   "(docs/theme.md)")
      ->type_name("FILE");
  return export_app;
}

/// Reports a command line CLI11 refused (exit 2), naming an unknown command or option and the
/// closest known ones; --help and --version print and exit 0.
int report_parse_error(const CLI::App& app, const std::vector<std::string>& args,
                       const CLI::ParseError& e, std::ostream& out, std::ostream& err) {
  // --help and --version are "errors" with exit code 0 in CLI11; every real one exits 2.
  if (e.get_exit_code() == 0) {
    return check_standard_output(app.exit(e, out, err) == 0 ? 0 : 2, out, err);
  }
  std::string help = "kgviz";
  const CLI::App* command = &app;
  for (const CLI::App* sub : app.get_subcommands()) {
    help += " " + sub->get_name();
    command = sub;
  }
  std::string message = e.what();
  if (help == "kgviz" && !args.empty() && !args.front().empty() && args.front().front() != '-') {
    const std::vector<std::string> commands{"validate", "analyze", "export", "path"};
    message = with_suggestions("unknown command '" + args.front() + "'", args.front(), commands) +
              " (commands: validate, analyze, export, path)";
  } else if (const std::string option = unknown_option(*command, args); !option.empty()) {
    // A one-letter option is close to every other one: only long names get suggestions.
    message = option.size() > 2 ? with_suggestions("unknown option '" + option + "'", option,
                                                   option_names(*command))
                                : "unknown option '" + option + "'";
  }
  err << "kgviz: error: " << terminal_text(message) << "\nRun '" << help
      << " --help' for more information.\n";
  return 2;
}

}  // namespace

int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
        std::ostream& err) {
  CLI::App app{kDescription, "kgviz"};
  app.set_version_flag("--version", std::string("kgviz ") + kVersion);
  app.require_subcommand(1);
  app.fallthrough(false);
  app.footer(
      "Exit status: 0 success, 1 bad input or failed operation, 2 usage error, 3 internal "
      "error (a bug in kgviz).");

  InputOptions validate_input;
  auto* validate = app.add_subcommand("validate", "Check inputs; exit 0 when valid, 1 when not");
  add_input_options(*validate, validate_input, true);

  AnalyzeCommand analyze;
  auto* analyze_app = app.add_subcommand("analyze", "Per-entity metrics, communities, summary");
  add_input_options(*analyze_app, analyze.input, true);
  add_analysis_options(*analyze_app, analyze.analysis, analyze.metrics);
  add_selection_options(*analyze_app, analyze.input.selection);
  add_choice(*analyze_app, "--format", analyze.format,
             "table (default on a terminal), csv (default otherwise), json, markdown",
             {"table", "csv", "json", "markdown"});
  auto* top = add_integer(*analyze_app, "--top", analyze.table.top,
                          "Show only the top N rows (0 = every row; default: every row, but " +
                              std::to_string(kTerminalRows) + " in a table on a terminal)");
  analyze_app
      ->add_option("--sort", analyze.sort,
                   "Sort rows by METRIC, descending (default: degree, then betweenness, "
                   "then pagerank, for tables and --top; CSV and JSON otherwise keep "
                   "input order)")
      ->type_name("METRIC");
  add_integer(*analyze_app, "--precision", analyze.table.precision,
              "Significant digits of the numbers in table and markdown (CSV and JSON keep every "
              "digit)",
              1, 17);
  auto* width = add_integer(*analyze_app, "--width", analyze.table.width,
                            "Characters a table or markdown line may take; the least important "
                            "columns are left out to fit (0 = no limit; default: the terminal's "
                            "width on a terminal, else no limit)");
  analyze_app->add_option("-o,--output", analyze.output, "Write to FILE instead of standard output")
      ->type_name("FILE");

  ExportCommand export_command;
  CLI::App* export_app = add_export_command(app, export_command);

  PathCommand path;
  auto* path_app = app.add_subcommand(
      "path", "Shortest chain of relations between two entities, one hop per line with evidence");
  // One positional list (CLI11 would give an optional FILE the first of two words); the help
  // shows the forms it takes, and run_path says which is missing.
  path_app->add_option("ARGS", path.arguments, "[FILE] FROM TO")
      ->expected(0, std::numeric_limits<int>::max());
  path_app->formatter(std::make_shared<PathHelp>());
  add_input_options(*path_app, path.input, false);
  path_app->add_flag("--directed", path.path.directed,
                     "Follow relations only along their direction");
  path_app->add_flag("--all", path.path.all, "Every shortest chain, not just one");
  path_app->add_option("--weight", path.path.weight, "Edge attribute used as distance")
      ->type_name("ATTR");
  add_choice(*path_app, "--format", path.format, "text or json", {"text", "json"});

  try {
    std::vector<std::string> reversed(args.rbegin(), args.rend());
    app.parse(reversed);
  } catch (const CLI::ParseError& e) {
    return report_parse_error(app, args, e, out, err);
  }

  analyze.top_given = top->count() > 0;
  analyze.width_given = width->count() > 0;

  const bool terminal = ::isatty(STDERR_FILENO) == 1 && &err == &std::cerr;
  // In-process callers (tests) hand their own stream, which may hold a graph like a pipe.
  const bool process_stdin = &in == &std::cin;
  const bool stdin_may_hold_data = !process_stdin || process_stdin_may_hold_data();
  for (InputOptions* input :
       {&validate_input, &analyze.input, &export_command.input, &path.input}) {
    input->progress = terminal && !input->quiet;
    input->standard_input = process_stdin ? nullptr : &in;
    input->stdin_may_hold_data = stdin_may_hold_data;
    input->read.on_warning = [&err](const Diagnostic& warning) { err << warning.format() << '\n'; };
  }

  const auto run_command = [&]() -> int {
    try {
      if (validate->parsed()) return run_validate(validate_input, out, err);
      if (analyze_app->parsed()) {
        return run_analyze(analyze, ::isatty(STDOUT_FILENO) == 1 && &out == &std::cout, out, err);
      }
      if (export_app->parsed()) return run_export(export_command, out, err);
      if (path_app->parsed()) return run_path(path, out, err);
    } catch (...) {
      return report_failure(std::current_exception(), err);
    }
    return kExitUsage;
  };
  return check_standard_output(run_command(), out, err);
}

}  // namespace kgviz
