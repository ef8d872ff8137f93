// An in-process libFuzzer target for the spec reader: the bytes go through
// the same path as `migspec check FILE` (size, line-length and UTF-8 checks,
// YAML, the spec grammar, ModelConfig.validate()) and, when the spec is
// accepted, the model is built. Any trap is a crash libFuzzer reports and
// saves. Built by Tests/Fuzz/libfuzzer-spec.sh (`make fuzz-libfuzzer`).
import Foundation
import MigrationModel
import SpecFormat

@_cdecl("LLVMFuzzerTestOneInput")
public func specParserFuzz(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  guard let start else { return 0 }
  let data = Data(bytes: start, count: count)
  guard let text = try? InputText.decode(data, file: "fuzz.yaml", limits: .spec, what: "a spec"), data.count <= InputText.Limits.spec.maxBytes else {
    return 0
  }
  guard let spec = try? SpecParser.parse(text, path: "fuzz.yaml") else { return 0 }
  _ = MigrationModel.build(spec.config, name: spec.name)
  return 0
}
