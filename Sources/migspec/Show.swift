import ArgumentParser
import Foundation
import MigSpecReference
import MigrationModel
import RuleKit
import TraceFormat

/// `migspec show TRACE --format F`: a saved trace for people and for tools.
struct Show: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Render a saved trace: text table, JSON with every state, DOT/SVG sequence diagram, a self-contained HTML page, or ITF.",
    discussion: """
      text: the kernel-style table (one column per actor; the violated property and the offending cells at the end).
      json: the trace with the observable state (pages, PTEs, locks) after every step.
      dot / svg: a sequence diagram, one lane per actor (svg needs Graphviz's `dot`).
      html: one file to open in a browser and step through.
      itf: the Informal Trace Format (Apalache, Quint) of every state.
      Exit status: 0 on success, 1 when the trace does not replay (the step is named), 2 on bad input.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, dot, svg, html, itf }

  @Argument(help: "A trace file written by `migspec check`, `prove` or `run`.")
  var trace: String

  @Option(help: "text, json, dot, svg, html or itf.")
  var format: Format = .text

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  func run() throws {
    let tf = try loadTraceFile(trace)
    let model = tf.model()
    let replayed: (states: [[UInt8]], rules: [Int])
    do { replayed = try model.replay(tf.trace.steps) } catch {
      warn("\(trace): error: the trace does not replay: \(error.description)")
      throw Exit.unexpected
    }
    let views = TraceViews(tf: tf, model: model, states: replayed.states, rules: replayed.rules)
    let text: String
    switch format {
    case .text: text = try TraceTable.render(model: model, trace: tf.trace)
    case .json: text = try encodeJSON(views.document())
    case .dot: text = views.dot()
    case .svg: text = try svg(views.dot())
    case .html: text = try views.html()
    case .itf: text = try views.itf()
    }
    if let output {
      do { try writeAtomically(text, to: output) } catch {
        warn("error: cannot write \(output): \(error.localizedDescription)")
        throw Exit.badInput
      }
    } else {
      print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
    }
  }

  /// Graphviz's `dot -Tsvg`, if installed.
  func svg(_ dot: String) throws -> String {
    let candidates = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map { "\($0)/dot" }
    guard let exe = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
      warn("error: --format svg needs Graphviz's `dot`, which is not installed (Debian: apt-get install graphviz); --format dot writes the graph for rendering elsewhere")
      throw Exit.badInput
    }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: exe)
    p.arguments = ["-Tsvg"]
    let input = Pipe(), out = Pipe(), err = Pipe()
    p.standardInput = input
    p.standardOutput = out
    p.standardError = err
    try p.run()
    input.fileHandleForWriting.write(Data(dot.utf8))
    try input.fileHandleForWriting.close()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    guard p.terminationStatus == 0 else {
      warn("error: dot -Tsvg failed: \(String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))")
      throw Exit.unexpected
    }
    return String(decoding: data, as: UTF8.self)
  }
}

/// The renderings of one replayed trace.
struct TraceViews {
  let tf: TraceFile
  let model: Model
  let states: [[UInt8]]
  let rules: [Int]

  struct Step: Encodable {
    let index: Int
    let actor: String
    let event: String
    let args: [String: Int]
    let kernelFunction: String
    let changes: [String]
    let state: Observation
  }
  struct Document: Encodable {
    var format = "migspec-show"
    var version = 1
    let spec: String
    let engine: String
    let actors: [[String: String]]
    let initial: Observation
    let steps: [Step]
    let violation: Violation?
    let offending: [String]
  }

  func document() -> Document {
    let cells = CellNamer(model: model)
    let steps = rules.enumerated().map { i, r -> Step in
      let rule = model.rules[r]
      return Step(index: i + 1, actor: model.actors[rule.actor].name, event: rule.name,
                  args: Dictionary(uniqueKeysWithValues: rule.args.map { ($0.name, $0.value) }), kernelFunction: rule.kernelFunction,
                  changes: cells.diff(states[i], states[i + 1]), state: Observation(model: model, state: states[i + 1]))
    }
    return Document(spec: tf.spec, engine: tf.engine, actors: model.actors.map { ["name": $0.name, "title": $0.title] },
                    initial: Observation(model: model, state: states[0]), steps: steps, violation: tf.trace.violation,
                    offending: offendingLines())
  }

  /// The table's closing lines (`VIOLATED: …` and the `>>` cells).
  func offendingLines() -> [String] {
    guard let table = try? TraceTable.render(model: model, trace: tf.trace) else { return [] }
    return table.split(separator: "\n").map(String.init).filter { $0.hasPrefix("VIOLATED") || $0.hasPrefix("  >> ") }
  }

  /// A sequence diagram: one lane per actor, one row per step.
  func dot() -> String {
    func q(_ s: String) -> String {
      "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n") + "\""
    }
    let cells = CellNamer(model: model)
    var out = "digraph trace {\n  rankdir=TB; nodesep=0.3; ranksep=0.15;\n  node [fontname=\"monospace\", fontsize=10];\n"
    out += "  label=\(q("\(tf.spec) — \(tf.engine)")); labelloc=t;\n"
    let n = rules.count
    for (a, actor) in model.actors.enumerated() {
      out += "  h\(a) [shape=box, style=filled, fillcolor=\"#dddddd\", label=\(q("\(actor.name)\n\(actor.title)"))];\n"
      var prev = "h\(a)"
      for i in 0..<n {
        let id = "s\(a)_\(i)"
        let rule = model.rules[rules[i]]
        if rule.actor == a {
          let args = rule.args.isEmpty ? "" : "(" + rule.args.map { "\($0.name)=\($0.value)" }.joined(separator: ",") + ")"
          let changes = cells.diff(states[i], states[i + 1]).prefix(4).joined(separator: "\n")
          out += "  \(id) [shape=box, style=rounded, label=\(q("\(i + 1). \(rule.name)\(args)\n\(changes)"))];\n"
        } else {
          out += "  \(id) [shape=point, width=0.01, label=\"\"];\n"
        }
        out += "  \(prev) -> \(id) [arrowhead=none, color=\"#bbbbbb\", weight=100];\n"
        prev = id
      }
    }
    for i in 0..<n { out += "  { rank=same; " + model.actors.indices.map { "s\($0)_\(i);" }.joined(separator: " ") + " }\n" }
    // The order of events across lanes.
    for i in 1..<max(n, 1) {
      out += "  s\(model.rules[rules[i - 1]].actor)_\(i - 1) -> s\(model.rules[rules[i]].actor)_\(i) [color=\"#3366cc\", constraint=false];\n"
    }
    if let v = tf.trace.violation {
      let lines = offendingLines().joined(separator: "\n")
      out += "  violation [shape=box, style=filled, fillcolor=\"#ffcccc\", label=\(q(lines.isEmpty ? "VIOLATED: \(v.property)" : lines))];\n"
      if n > 0 { out += "  s\(model.rules[rules[n - 1]].actor)_\(n - 1) -> violation [color=red];\n" }
    }
    return out + "}\n"
  }

  /// One self-contained page: the data inline, a few lines of script to step through it.
  func html() throws -> String {
    let json = try encodeJSON(document()).replacingOccurrences(of: "</", with: "<\\/")
    return """
    <!DOCTYPE html>
    <html><head><meta charset="utf-8"><title>migspec: \(escape(tf.spec))</title>
    <style>
    body { font: 13px monospace; margin: 1em; }
    #steps { float: left; width: 42%; max-height: 90vh; overflow: auto; border-right: 1px solid #ccc; }
    #state { margin-left: 44%; }
    .step { padding: 2px 4px; cursor: pointer; } .step.cur { background: #ffe9a8; }
    .viol { background: #ffcccc; padding: 4px; white-space: pre-wrap; }
    table { border-collapse: collapse; margin-bottom: 1em; } td, th { border: 1px solid #ccc; padding: 1px 6px; }
    .changed { background: #c8f0c8; }
    </style></head><body>
    <h2>\(escape(tf.spec)) <small>(\(escape(tf.engine)))</small></h2>
    <p><button onclick="go(cur-1)">&larr; prev</button> <button onclick="go(cur+1)">next &rarr;</button>
    <span id="pos"></span> (arrow keys work too)</p>
    <div id="steps"></div><div id="state"></div>
    <script id="data" type="application/json">\(json)</script>
    <script>
    const d = JSON.parse(document.getElementById('data').textContent);
    let cur = 0;
    const list = document.getElementById('steps');
    const rows = [{label: '0. initial state', actor: ''}].concat(d.steps.map(s => ({label: s.index + '. ' + s.actor + ': ' + s.event +
      (Object.keys(s.args).length ? '(' + Object.entries(s.args).map(([k, v]) => k + '=' + v).join(',') + ')' : ''), actor: s.actor})));
    rows.forEach((r, i) => { const e = document.createElement('div'); e.className = 'step'; e.textContent = r.label;
      e.onclick = () => go(i); list.appendChild(e); });
    function table(title, head, items, cells) {
      return '<h3>' + title + '</h3><table><tr>' + head.map(h => '<th>' + h + '</th>').join('') + '</tr>' +
        items.map(it => '<tr>' + cells(it).map(c => '<td>' + c + '</td>').join('') + '</tr>').join('') + '</table>';
    }
    function go(i) {
      if (i < 0 || i > d.steps.length) return;
      cur = i;
      [...list.children].forEach((e, k) => e.className = 'step' + (k === i ? ' cur' : ''));
      const s = i === 0 ? d.initial : d.steps[i - 1].state;
      const st = i === 0 ? null : d.steps[i - 1];
      let h = st ? '<p><b>' + st.actor + '</b>: ' + st.event + ' — <i>' + st.kernelFunction + '</i></p><p class="changed">' +
        (st.changes.length ? st.changes.join('<br>') : '(no change)') + '</p>' : '<p>initial state</p>';
      h += table('pages', ['id', 'used', 'ref', 'map', 'flags', 'mapping', 'index', 'data'], s.pages.filter(p => p.used),
        p => [p.id, p.used, p.refcount, p.mapcount, p.flags.join(' '), p.mapping, p.index, p.data]);
      h += table('page-table entries', ['process', 'page', 'kind', 'target', 'write', 'entry'], s.ptes,
        e => ['P' + e.process, e.page, e.kind, e.target || '', e.write, e.entry || '']);
      h += table('locks', ['lock', 'holder', 'readers'], s.locks.filter(l => l.holder || l.readers),
        l => [l.name, l.holder || '', l.readers]);
      if (i === d.steps.length && d.violation) h += '<div class="viol">' + d.offending.join('\\n') + '</div>';
      document.getElementById('state').innerHTML = h;
      document.getElementById('pos').textContent = 'step ' + i + ' of ' + d.steps.length;
    }
    document.onkeydown = e => { if (e.key === 'ArrowDown' || e.key === 'ArrowRight') go(cur + 1); if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') go(cur - 1); };
    go(0);
    </script></body></html>

    """
  }

  func escape(_ s: String) -> String {
    s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
  }

  /// The Informal Trace Format (ADR-015 of Apalache; read by Quint's and
  /// Apalache's trace viewers): every state variable of the model, arrays as
  /// sequences, integers as `{"#bigint": "n"}`, booleans as booleans, enum
  /// values as strings; `mbt::actionTaken` and `mbt::nondetPicks` name the
  /// step that led to each state, as Quint's model-based-testing traces do.
  func itf() throws -> String {
    let layout = model.layout
    func value(_ v: VarDecl, _ s: [UInt8], _ prefix: [Int]) -> Any {
      if prefix.count == v.dims.count {
        let raw = Int(s[v.slot(prefix)])
        switch v.domain {
        case .bool: return raw != 0
        case .enumeration(_, let cases): return raw < cases.count ? cases[raw] : String(raw)
        case .int: return ["#bigint": String(raw)]
        }
      }
      return (0..<v.dims[prefix.count]).map { value(v, s, prefix + [$0]) }
    }
    var itfStates: [[String: Any]] = []
    for (i, s) in states.enumerated() {
      var obj: [String: Any] = ["#meta": ["index": i]]
      for v in layout.vars { obj[v.name] = value(v, s, []) }
      if i == 0 {
        obj["mbt::actionTaken"] = "init"
        obj["mbt::nondetPicks"] = [String: Any]()
      } else {
        let r = model.rules[rules[i - 1]]
        obj["mbt::actionTaken"] = r.name
        var picks: [String: Any] = ["actor": model.actors[r.actor].name]
        for a in r.args { picks[a.name] = ["#bigint": String(a.value)] }
        obj["mbt::nondetPicks"] = picks
      }
      itfStates.append(obj)
    }
    let doc: [String: Any] = [
      "#meta": ["format": "ITF", "format-description": "https://apalache-mc.org/docs/adr/015adr-trace.html",
                "source": tf.specPath ?? tf.spec, "description": "migspec trace of \(tf.spec) (\(tf.engine))"
                  + (tf.trace.violation.map { "; violates \($0.property)" } ?? "")],
      "vars": layout.vars.map(\.name) + ["mbt::actionTaken", "mbt::nondetPicks"],
      "states": itfStates,
    ]
    let data = try JSONSerialization.data(withJSONObject: doc, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
