#include "render/uuid5.hpp"

#include <openssl/evp.h>

#include <array>
#include <cstdint>
#include <memory>

#include "model/diagnostics.hpp"

namespace kgviz {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::array<unsigned char, 16> uuid_bytes(std::string_view text) {
  std::array<unsigned char, 16> bytes{};
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash && text[i] == '-') continue;
    const int high = hex_value(text[i]);
    const int low = i + 1 < text.size() ? hex_value(text[i + 1]) : -1;
    if (dash || high < 0 || low < 0 || count == bytes.size()) break;
    bytes[count++] = static_cast<unsigned char>(high * 16 + low);
    ++i;
  }
  if (text.size() != 36 || count != bytes.size()) {
    throw Error("'" + std::string(text) + "' is not a UUID");
  }
  return bytes;
}

}  // namespace

std::string uuid_v5(std::string_view namespace_uuid, std::string_view name) {
  const std::array<unsigned char, 16> space = uuid_bytes(namespace_uuid);
  std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  if (!context || EVP_DigestInit_ex(context.get(), EVP_sha1(), nullptr) != 1 ||
      EVP_DigestUpdate(context.get(), space.data(), space.size()) != 1 ||
      EVP_DigestUpdate(context.get(), name.data(), name.size()) != 1 ||
      EVP_DigestFinal_ex(context.get(), digest.data(), &length) != 1 || length < 16) {
    throw Error("SHA-1 failed while making a UUID");
  }
  digest[6] = static_cast<unsigned char>((digest[6] & 0x0F) | 0x50);  // version 5
  digest[8] = static_cast<unsigned char>((digest[8] & 0x3F) | 0x80);  // RFC 4122 variant
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(36);
  for (std::size_t i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 0x0F];
  }
  return out;
}

}  // namespace kgviz
