#include "render/stix_types.hpp"

#include <algorithm>
#include <array>

namespace kgviz::stix {

namespace {

const std::vector<DomainType>& domain_types() {
  using S = Shape;
  static const std::vector<DomainType> types{
      {"attack-pattern", true, true, {}},
      {"campaign",
       true,
       false,
       {{"first_seen", S::Timestamp}, {"last_seen", S::Timestamp}, {"objective", S::Text}}},
      {"course-of-action", false, false, {}},
      {"identity",
       false,
       false,
       {{"roles", S::TextList},
        {"identity_class", S::Text},
        {"sectors", S::TextList},
        {"contact_information", S::Text}}},
      {"incident", false, false, {}},
      {"indicator",
       false,
       true,
       {{"indicator_types", S::TextList},
        {"pattern", S::Text},
        {"pattern_type", S::Text},
        {"pattern_version", S::Text},
        {"valid_from", S::Timestamp},
        {"valid_until", S::Timestamp}}},
      {"infrastructure",
       true,
       true,
       {{"infrastructure_types", S::TextList},
        {"first_seen", S::Timestamp},
        {"last_seen", S::Timestamp}}},
      {"intrusion-set",
       true,
       false,
       {{"first_seen", S::Timestamp},
        {"last_seen", S::Timestamp},
        {"goals", S::TextList},
        {"resource_level", S::Text},
        {"primary_motivation", S::Text},
        {"secondary_motivations", S::TextList}}},
      {"location",
       false,
       false,
       {{"latitude", S::Number, true},
        {"longitude", S::Number, true},
        {"precision", S::Number, true},
        {"region", S::Text},
        {"country", S::Text},
        {"administrative_area", S::Text},
        {"city", S::Text},
        {"street_address", S::Text},
        {"postal_code", S::Text}}},
      {"malware",
       true,
       true,
       {{"first_seen", S::Timestamp},
        {"last_seen", S::Timestamp},
        {"architecture_execution_envs", S::TextList},
        {"implementation_languages", S::TextList},
        {"capabilities", S::TextList},
        {"malware_types", S::TextList}}},
      {"malware-analysis",
       false,
       false,
       {{"product", S::Text},
        {"version", S::Text},
        {"configuration_version", S::Text},
        {"modules", S::TextList},
        {"analysis_engine_version", S::Text},
        {"analysis_definition_version", S::Text},
        {"submitted", S::Timestamp},
        {"analysis_started", S::Timestamp},
        {"analysis_ended", S::Timestamp},
        {"result_name", S::Text},
        {"result", S::Text}}},
      {"report", false, false, {{"report_types", S::TextList}}},
      {"threat-actor",
       true,
       false,
       {{"threat_actor_types", S::TextList},
        {"roles", S::TextList},
        {"goals", S::TextList},
        {"first_seen", S::Timestamp},
        {"last_seen", S::Timestamp},
        {"sophistication", S::Text},
        {"resource_level", S::Text},
        {"primary_motivation", S::Text},
        {"secondary_motivations", S::TextList},
        {"personal_motivations", S::TextList}}},
      {"tool", true, true, {{"tool_types", S::TextList}, {"tool_version", S::Text}}},
      {"vulnerability", false, false, {}},
  };
  return types;
}

const std::vector<Property> kRelationshipProperties{{"start_time", Shape::Timestamp},
                                                    {"stop_time", Shape::Timestamp}};
const std::vector<Property> kCoreProperties{{"labels", Shape::TextList}, {"lang", Shape::Text}};

constexpr std::array<std::string_view, 18> kObservableTypes{"artifact",
                                                            "autonomous-system",
                                                            "directory",
                                                            "domain-name",
                                                            "email-addr",
                                                            "email-message",
                                                            "file",
                                                            "ipv4-addr",
                                                            "ipv6-addr",
                                                            "mac-addr",
                                                            "mutex",
                                                            "network-traffic",
                                                            "process",
                                                            "software",
                                                            "url",
                                                            "user-account",
                                                            "windows-registry-key",
                                                            "x509-certificate"};

constexpr std::array<ObservableRequirement, 11> kObservableRequirements{{
    {"ipv4-addr", "value", Shape::Text},
    {"ipv6-addr", "value", Shape::Text},
    {"domain-name", "value", Shape::Text},
    {"url", "value", Shape::Text},
    {"mac-addr", "value", Shape::Text},
    {"email-addr", "value", Shape::Text},
    {"mutex", "name", Shape::Text},
    {"software", "name", Shape::Text},
    {"directory", "path", Shape::Text},
    {"file", "name", Shape::Text},
    {"autonomous-system", "number", Shape::Integer},
}};

constexpr std::array<std::string_view, 10> kNotEntityTypes{
    "relationship",     "sighting",
    "bundle",           "marking-definition",
    "language-content", "extension-definition",
    "grouping",         "note",
    "opinion",          "observed-data"};

/// STIX 2.1 relationship types per source type, and the target types each allows.
struct RelationshipRule {
  std::string_view source;
  std::string_view relation;
  std::vector<std::string_view> targets;
};

const std::vector<RelationshipRule>& relationship_rules() {
  static const std::vector<std::string_view> kContacts{"ipv4-addr", "ipv6-addr", "domain-name",
                                                       "url"};
  static const std::vector<RelationshipRule> rules{
      {"attack-pattern", "delivers", {"malware"}},
      {"attack-pattern", "targets", {"identity", "location", "vulnerability"}},
      {"attack-pattern", "uses", {"malware", "tool"}},
      {"campaign", "attributed-to", {"intrusion-set", "threat-actor"}},
      {"campaign", "compromises", {"infrastructure"}},
      {"campaign", "originates-from", {"location"}},
      {"campaign", "targets", {"identity", "location", "vulnerability"}},
      {"campaign", "uses", {"attack-pattern", "infrastructure", "malware", "tool"}},
      {"course-of-action", "investigates", {"indicator"}},
      {"course-of-action",
       "mitigates",
       {"attack-pattern", "indicator", "malware", "tool", "vulnerability"}},
      {"course-of-action", "remediates", {"malware", "vulnerability"}},
      {"identity", "located-at", {"location"}},
      {"indicator",
       "indicates",
       {"attack-pattern", "campaign", "infrastructure", "intrusion-set", "malware", "threat-actor",
        "tool"}},
      {"indicator", "based-on", {"observed-data"}},
      {"infrastructure",
       "communicates-with",
       {"infrastructure", "ipv4-addr", "ipv6-addr", "domain-name", "url"}},
      {"infrastructure",
       "consists-of",
       {"infrastructure",
        "observed-data",
        "artifact",
        "autonomous-system",
        "directory",
        "domain-name",
        "email-addr",
        "email-message",
        "file",
        "ipv4-addr",
        "ipv6-addr",
        "mac-addr",
        "mutex",
        "network-traffic",
        "process",
        "software",
        "url",
        "user-account",
        "windows-registry-key",
        "x509-certificate"}},
      {"infrastructure", "controls", {"infrastructure", "malware"}},
      {"infrastructure", "delivers", {"malware"}},
      {"infrastructure", "has", {"vulnerability"}},
      {"infrastructure", "hosts", {"tool", "malware"}},
      {"infrastructure", "located-at", {"location"}},
      {"infrastructure", "uses", {"infrastructure"}},
      {"intrusion-set", "attributed-to", {"threat-actor"}},
      {"intrusion-set", "compromises", {"infrastructure"}},
      {"intrusion-set", "hosts", {"infrastructure"}},
      {"intrusion-set", "owns", {"infrastructure"}},
      {"intrusion-set", "originates-from", {"location"}},
      {"intrusion-set", "targets", {"identity", "location", "vulnerability"}},
      {"intrusion-set", "uses", {"attack-pattern", "infrastructure", "malware", "tool"}},
      {"malware", "authored-by", {"threat-actor", "intrusion-set"}},
      {"malware", "beacons-to", {"infrastructure"}},
      {"malware", "exfiltrates-to", {"infrastructure"}},
      {"malware", "communicates-with", kContacts},
      {"malware", "controls", {"malware"}},
      {"malware", "downloads", {"malware", "tool", "file"}},
      {"malware", "drops", {"malware", "tool", "file"}},
      {"malware", "exploits", {"vulnerability"}},
      {"malware", "originates-from", {"location"}},
      {"malware", "targets", {"identity", "infrastructure", "location", "vulnerability"}},
      {"malware", "uses", {"attack-pattern", "infrastructure", "malware", "tool"}},
      {"malware", "variant-of", {"malware"}},
      {"malware-analysis", "characterizes", {"malware"}},
      {"malware-analysis", "analysis-of", {"malware"}},
      {"malware-analysis", "static-analysis-of", {"malware"}},
      {"malware-analysis", "dynamic-analysis-of", {"malware"}},
      {"threat-actor", "attributed-to", {"identity"}},
      {"threat-actor", "compromises", {"infrastructure"}},
      {"threat-actor", "hosts", {"infrastructure"}},
      {"threat-actor", "owns", {"infrastructure"}},
      {"threat-actor", "impersonates", {"identity"}},
      {"threat-actor", "located-at", {"location"}},
      {"threat-actor", "targets", {"identity", "location", "vulnerability"}},
      {"threat-actor", "uses", {"attack-pattern", "infrastructure", "malware", "tool"}},
      {"tool", "delivers", {"malware"}},
      {"tool", "drops", {"malware"}},
      {"tool", "has", {"vulnerability"}},
      {"tool", "targets", {"identity", "infrastructure", "location", "vulnerability"}},
      {"tool", "uses", {"infrastructure"}},
  };
  return rules;
}

}  // namespace

const DomainType* domain_type(std::string_view type) {
  for (const DomainType& candidate : domain_types()) {
    if (candidate.type == type) return &candidate;
  }
  return nullptr;
}

const std::vector<Property>& relationship_properties() { return kRelationshipProperties; }

const std::vector<Property>& core_properties() { return kCoreProperties; }

bool is_observable_type(std::string_view type) {
  return std::find(kObservableTypes.begin(), kObservableTypes.end(), type) !=
         kObservableTypes.end();
}

bool is_named_observable(std::string_view type) {
  return type == "file" || type == "software" || type == "mutex";
}

const ObservableRequirement* observable_requirement(std::string_view type) {
  for (const ObservableRequirement& requirement : kObservableRequirements) {
    if (requirement.type == type) return &requirement;
  }
  return nullptr;
}

bool is_not_entity_type(std::string_view type) {
  return std::find(kNotEntityTypes.begin(), kNotEntityTypes.end(), type) != kNotEntityTypes.end();
}

bool is_defined_relationship(std::string_view source, std::string_view relation,
                             std::string_view target) {
  if (relation == "related-to" || relation == "derived-from" || relation == "duplicate-of")
    return true;
  for (const RelationshipRule& rule : relationship_rules()) {
    if (rule.source == source && rule.relation == relation) {
      return std::find(rule.targets.begin(), rule.targets.end(), target) != rule.targets.end();
    }
  }
  return false;
}

}  // namespace kgviz::stix
