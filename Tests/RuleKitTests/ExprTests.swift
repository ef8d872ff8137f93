import Testing
@testable import RuleKit

enum Color: Int, ModelEnum { case red, green, blue }

/// A small layout with a scalar, an array and an enum, for expression tests.
struct Fixture {
  let b = ModelBuilder(name: "fixture")
  let x: StateVar<Int>
  let arr: StateVar<Int>
  let grid: StateVar<Int>
  let c: StateVar<Color>
  let flag: StateVar<Bool>
  init() {
    x = b.int("x", max: 7)
    arr = b.int("arr", max: 7, dims: [4])
    grid = b.int("grid", max: 3, dims: [2, 3])
    c = b.enumeration("c", Color.self)
    flag = b.bool("flag")
  }
}

/// A deterministic pseudo-random generator (SplitMix64), so failures reproduce.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

@Suite struct ExprTests {
  @Test func constantFolding() {
    let f = Fixture()
    #expect((Expr<Int>(2) + 3).node == .const(5))
    #expect((Expr<Int>(2) < 3).node == .const(1))
    #expect((trueExpr && f.flag.value).node == f.flag.value.node)
    #expect((falseExpr && f.flag.value).node == .const(0))
    #expect((trueExpr || f.flag.value).node == .const(1))
    #expect(ite(trueExpr, f.x.value, 3).node == f.x.value.node)
    #expect((f.x.value == f.x.value).node == .const(1))
    #expect((!(!f.flag.value)).node == f.flag.value.node)
  }

  @Test func layoutSlotsAreRowMajor() {
    let f = Fixture()
    let model = f.b.build()
    let grid = model.layout[f.grid.id]
    #expect(grid.slot([0, 0]) == grid.offset)
    #expect(grid.slot([1, 2]) == grid.offset + 5)
    #expect(grid.cellCount == 6)
    #expect(model.layout.slotCount == 1 + 4 + 6 + 1 + 1)
  }

  /// The compiled closures and the tree-walking evaluator agree on every
  /// expression shape, over random states.
  @Test func compiledAgreesWithTreeWalking() {
    let f = Fixture()
    let i = f.x.value - 4  // may index out of range for arr: keep it guarded below
    let exprs: [ExprNode] = [
      (f.x.value + f.arr[2]).node,
      (f.arr[f.arr[0] - f.arr[0]] + 1).node,
      (f.grid[1, f.arr[1] - f.arr[1] + 2] == 3).node,
      (f.c.value == .green || f.flag.value).node,
      (ite(f.flag.value, f.x.value, f.arr[3]) >= 4).node,
      (!(f.x.value < 3) && f.c.value != .blue && f.arr[1] <= f.arr[2]).node,
      all(0..<4) { k in f.arr[k] != 7 }.node,
      count(0..<4) { k in f.arr[k] > f.x.value }.node,
      (f.x.value > 3 && i < 4).node,
    ]
    let model = f.b.build()
    let vm = ExprVM(layout: model.layout)
    let entries = exprs.map { (vm.compile($0), vm.compile($0, asBool: true)) }
    vm.finalize()
    var rng = SplitMix(state: 42)
    for _ in 0..<500 {
      var s = [UInt8](repeating: 0, count: model.layout.slotCount)
      for v in model.layout.vars {
        for k in 0..<v.cellCount { s[v.offset + k] = UInt8(Int.random(in: 0...v.domain.maxValue, using: &rng)) }
      }
      for (e, (asInt, asBool)) in zip(exprs, entries) {
        let tree = e.evaluate(model.layout, s)
        let compiledInt = s.withUnsafeBufferPointer { vm.eval(asInt, $0.baseAddress!) }
        let compiledBool = s.withUnsafeBufferPointer { vm.eval(asBool, $0.baseAddress!) } != 0
        #expect(tree == compiledInt, "\(e.describe(model.layout)) on \(s)")
        #expect((tree != 0) == compiledBool)
      }
    }
  }

  @Test func describeNamesCells() {
    let f = Fixture()
    let model = f.b.build()
    #expect((f.arr[2] == 1).node.describe(model.layout) == "arr[2] == 1")
    #expect((f.c.value == .blue).node.describe(model.layout) == "c == blue")
  }
}
