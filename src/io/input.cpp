#include "io/input.hpp"

#include <fcntl.h>
#include <openssl/evp.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <istream>
#include <memory>
#include <vector>

#include "io/bundled_data.hpp"
#include "io/gzip_input.hpp"
#include "model/diagnostics.hpp"

namespace kgviz {

namespace {

[[noreturn]] void fail(const std::string& file, const std::string& message) {
  throw InputError(Diagnostic{file, 0, 0, message});
}

std::string too_large_message(const ReadLimits& limits) {
  return "input is larger than " + std::to_string(limits.max_input_bytes) +
         " bytes (raise the limit with --max-input-size)";
}

/// Reads `stream` to its end. `expected_size` (a regular file's size) sizes the string once: grown
/// by doubling instead, a 100 MB input would briefly need 64 + 128 MB and then keep 128.
std::string read_stream(std::FILE* stream, const std::string& name, const ReadLimits& limits,
                        std::size_t expected_size = 0) {
  std::string content;
  if (expected_size > 0 && expected_size <= limits.max_input_bytes) content.reserve(expected_size);
  std::vector<char> buffer(1 << 16);
  while (true) {
    const std::size_t got = std::fread(buffer.data(), 1, buffer.size(), stream);
    if (got > 0) {
      if (content.size() + got > limits.max_input_bytes) fail(name, too_large_message(limits));
      content.append(buffer.data(), got);
    }
    if (got < buffer.size()) {
      if (std::ferror(stream)) fail(name, std::string("cannot read: ") + std::strerror(errno));
      break;
    }
  }
  return content;
}

std::string read_stream(std::istream& stream, const std::string& name, const ReadLimits& limits) {
  std::string content;
  std::vector<char> buffer(1 << 16);
  while (stream) {
    stream.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    const auto got = static_cast<std::size_t>(stream.gcount());
    if (content.size() + got > limits.max_input_bytes) fail(name, too_large_message(limits));
    content.append(buffer.data(), got);
  }
  if (stream.bad()) fail(name, "cannot read");
  return content;
}

std::string read_file(const std::string& path, const std::string& name, const ReadLimits& limits) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) fail(name, "is a directory, not a file");
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"),
                                                       &std::fclose);
  if (!file) fail(name, std::string("cannot open: ") + std::strerror(errno));
  const auto status = std::filesystem::status(path, ec);
  const auto size =
      !ec && std::filesystem::is_regular_file(status) ? std::filesystem::file_size(path, ec) : 0;
  return read_stream(file.get(), name, limits, ec ? 0 : static_cast<std::size_t>(size));
}

/// Decompresses `source.content` when it is gzip data; refuses a `.gz` name that holds none.
void decompress(InputSource& source, const ReadLimits& limits) {
  if (!is_gzip(source.content)) {
    bool gz_name = false;
    strip_compression_suffix(source.path, &gz_name);
    if (!source.from_stdin && gz_name) {
      fail(source.display_name,
           "not gzip data: a .gz file must start with the gzip magic bytes 1f 8b");
    }
    return;
  }
  source.compressed_sha256 = sha256_hex(source.content);
  source.content = gunzip(source.content, source.display_name, limits);
}

std::string normalize_relative(std::string_view path) {
  return std::filesystem::path(path).lexically_normal().generic_string();
}

}  // namespace

InputSource load_input(const std::string& path, const ReadLimits& limits,
                       std::istream* standard_input) {
  InputSource source;
  source.path = path;
  if (path == "-") {
    source.display_name = "<stdin>";
    source.basename = "<stdin>";
    source.from_stdin = true;
    source.content = standard_input != nullptr
                         ? read_stream(*standard_input, source.display_name, limits)
                         : read_stream(stdin, source.display_name, limits);
    decompress(source, limits);
    return source;
  }
  source.display_name = path;
  source.basename = std::filesystem::path(path).filename().string();
  source.content = read_file(path, path, limits);
  decompress(source, limits);
  return source;
}

bool process_stdin_may_hold_data() {
  struct stat info {};
  if (::fstat(STDIN_FILENO, &info) != 0) return false;  // closed
  return S_ISFIFO(info.st_mode) || S_ISSOCK(info.st_mode) || S_ISREG(info.st_mode);
}

InputSource bundled_input() {
  InputSource source;
  source.display_name = std::string("<bundled>/") + std::string(kBundledGraphPath);
  source.basename = std::string(kBundledGraphPath);
  source.bundled = true;
  const auto content = bundled_file(kBundledGraphPath);
  if (!content) throw Error("the bundled graph is missing from this build");
  source.content = std::string(*content);
  return source;
}

std::optional<std::string_view> bundled_file(std::string_view path) {
  const std::string wanted = normalize_relative(path);
  for (const auto& file : bundled_files()) {
    if (file.path == wanted) return file.content;
  }
  return std::nullopt;
}

namespace {

/// Whether `path` is `folder` or lies below it (both absolute and canonical).
bool is_within(const std::filesystem::path& path, const std::filesystem::path& folder) {
  auto p = path.begin();
  for (auto f = folder.begin(); f != folder.end(); ++f, ++p) {
    if (f->empty()) continue;  // a trailing separator
    if (p == path.end() || *p != *f) return false;
  }
  return true;
}

/// The file's bytes, read through the descriptor that was checked.
std::optional<std::string> read_descriptor(int fd, const ReadLimits& limits, std::string& error) {
  std::string content;
  std::vector<char> buffer(1 << 16);
  while (true) {
    const ssize_t got = ::read(fd, buffer.data(), buffer.size());
    if (got < 0) {
      if (errno == EINTR) continue;
      error = std::strerror(errno);
      return std::nullopt;
    }
    if (got == 0) return content;
    if (content.size() + static_cast<std::size_t>(got) > limits.max_input_bytes) {
      error = too_large_message(limits);
      return std::nullopt;
    }
    content.append(buffer.data(), static_cast<std::size_t>(got));
  }
}

}  // namespace

std::optional<std::string> read_companion(const InputSource& from, std::string_view path,
                                          const ReadLimits& limits,
                                          const std::optional<std::string>& allowed_folder,
                                          std::string& error) {
  if (from.bundled) {
    if (auto content = bundled_file(path)) return std::string(*content);
    error = "not in the bundled data";
    return std::nullopt;
  }
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path folder = from.from_stdin ? fs::current_path(ec) : fs::path(from.path).parent_path();
  if (folder.empty()) folder = ".";
  folder = fs::weakly_canonical(fs::absolute(folder, ec), ec);
  const char* const kRule =
      "source texts are read only from the YAML file's folder and below (--source-root DIR allows "
      "another folder)";
  fs::path target(path);
  if (target.is_absolute() && !allowed_folder) {
    error = "it is an absolute path; " + std::string(kRule);
    return std::nullopt;
  }
  if (target.is_relative()) target = folder / target;
  // Decided on the path with every symbolic link resolved, before anything is opened, so neither
  // `..` nor a link leads out, and what the run does cannot tell what lies outside.
  const fs::path resolved = fs::weakly_canonical(target, ec);
  if (ec) {
    error = ec.message();
    return std::nullopt;
  }
  bool allowed = is_within(resolved, folder);
  if (!allowed && allowed_folder) {
    const fs::path root = fs::weakly_canonical(fs::absolute(*allowed_folder, ec), ec);
    allowed = !ec && is_within(resolved, root);
  }
  if (!allowed) {
    error = "it is outside the folder of the YAML file (" + folder.string() + "); " + kRule;
    return std::nullopt;
  }
  // Only regular files: a path such as /dev/zero or a FIFO would never end or block.
  struct stat expected {};
  if (::stat(resolved.c_str(), &expected) != 0) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  if (!S_ISREG(expected.st_mode)) {
    error = "not a regular file";
    return std::nullopt;
  }
  if (static_cast<std::uint64_t>(expected.st_size) > limits.max_input_bytes) {
    error = too_large_message(limits);
    return std::nullopt;
  }
  const int fd =
      ::open(resolved.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY | O_NOFOLLOW);
  if (fd < 0) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  const struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat opened {};
  if (::fstat(fd, &opened) != 0 || opened.st_dev != expected.st_dev ||
      opened.st_ino != expected.st_ino) {
    error = "the file changed while it was being opened";
    return std::nullopt;
  }
  return read_descriptor(fd, limits, error);
}

std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr) != 1) {
    throw Error("SHA-256 computation failed");
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(length * 2);
  for (unsigned int i = 0; i < length; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 0xF];
  }
  return out;
}

std::string input_sha256(const InputSource& input) {
  return input.compressed_sha256.empty() ? sha256_hex(input.content) : input.compressed_sha256;
}

}  // namespace kgviz
