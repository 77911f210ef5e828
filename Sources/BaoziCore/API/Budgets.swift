// Step and memory budgets: what stops a runaway script an embedding host runs.
//
// The evaluator calls two functions at its safe point (a backward jump, where KeyboardInterrupt
// is checked too): `budgetTick()`, one decrement and compare of `safePointCountdown`, and, when
// that or an interrupt fires, `atSafePoint()`. With no budget armed the countdown starts at
// Int.max and never fires. With a budget it is set to the length of a "window" (the steps left,
// or the interval between memory checks), and `enforceBudgets` settles the window when it ends.
//
// Once a budget is exceeded it stays exceeded until control is back with the host: every
// following safe point raises again, so `except BaseException: pass` cannot swallow it, and a
// script that swallows it and ends anyway still reports it to the host (`endHostEntry`).

/// Budget bookkeeping for the host call in progress.
struct BudgetState {
    /// Steps left after the current window.
    var stepsLeft = Int.max
    /// Length of the current window (what `safePointCountdown` was set to, plus one).
    var window = 0
    /// Windows since the footprint was last measured over the whole heap.
    var ticksSinceMeasure = 0
    /// The budget exceeded during this host call, if any.
    var exceeded: BudgetKind?
}

extension Interpreter {
    /// Safe points between memory checks when a memory budget is armed.
    static let memoryCheckInterval = 4096

    /// Counts one step at a safe point; true when `atSafePoint` must run.
    @inline(__always)
    func budgetTick() -> Bool {
        safePointCountdown &-= 1
        return safePointCountdown < 0
    }

    /// The safe point's slow path: a requested KeyboardInterrupt, then the budgets.
    func atSafePoint() throws {
        try raiseInterrupt()
        if safePointCountdown < 0 { try enforceBudgets() }
    }

    /// Arms the budgets for a call from the host (the outermost one).
    func startBudgets() {
        var state = BudgetState()
        state.stepsLeft = embedding.budgets.steps ?? Int.max
        embedding.budget = state
        rearmBudgetWindow()
    }

    /// Disarms them when the outermost host call ends; returns the budget exceeded, if any.
    func stopBudgets() -> BudgetKind? {
        let exceeded = embedding.budget.exceeded
        embedding.budget = BudgetState()
        safePointCountdown = Int.max
        return exceeded
    }

    private func rearmBudgetWindow() {
        let budgets = embedding.budgets
        var window = Int.max
        if budgets.steps != nil { window = max(1, embedding.budget.stepsLeft) }
        if budgets.memoryBytes != nil { window = min(window, Interpreter.memoryCheckInterval) }
        embedding.budget.window = window
        safePointCountdown = window == Int.max ? Int.max : window - 1
    }

    /// Ends the current window at the next safe point (the heap passed the memory budget),
    /// counting only the steps taken so far in it.
    func cutBudgetWindowShort() {
        guard embedding.budget.window > 0, safePointCountdown > 0 else { return }
        embedding.budget.window -= safePointCountdown
        safePointCountdown = 0
    }

    /// Settles the window that just ended: raises when a budget is exhausted.
    func enforceBudgets() throws {
        if let kind = embedding.budget.exceeded {
            safePointCountdown = 0
            throw budgetExceeded(kind)
        }
        // A countdown that fired without a window armed (budgets set from a host function
        // while the script runs) just starts counting.
        guard embedding.budget.window > 0 else { rearmBudgetWindow(); return }
        let budgets = embedding.budgets
        if budgets.steps != nil {
            embedding.budget.stepsLeft -= embedding.budget.window
            if embedding.budget.stepsLeft <= 0 { throw exceed(.steps) }
        }
        if let limit = budgets.memoryBytes {
            embedding.budget.ticksSinceMeasure += 1
            // Objects that grow in place (a list appended to) are seen when the heap is
            // measured: now and then, less often for big heaps, since it walks every object.
            if embedding.budget.ticksSinceMeasure * Interpreter.memoryCheckInterval > max(1 << 16, heap.liveCount * 8) {
                embedding.budget.ticksSinceMeasure = 0
                heap.measureFootprint()
            }
            if heap.footprint > limit { try reclaimOrExceed(limit, needing: 0) }
        }
        rearmBudgetWindow()
    }

    /// Called before a single allocation of `bytes` (a repeated sequence): raises MemoryError
    /// instead of allocating past the memory budget.
    func checkAllocation(bytes: Int) throws {
        guard let limit = embedding.budgets.memoryBytes, embedding.budget.window > 0 else { return }
        if heap.footprint &+ bytes > limit { try reclaimOrExceed(limit, needing: bytes) }
    }

    /// Over the memory budget by the estimate: collect (where a collection may run) and
    /// measure; still over, the budget is exceeded.
    private func reclaimOrExceed(_ limit: Int, needing bytes: Int) throws {
        if totalNativeDepth == 0 && heap.paused == 0 { collectAndFinalize() }
        heap.measureFootprint()
        if heap.footprint &+ bytes > limit { throw exceed(.memory) }
    }

    private func exceed(_ kind: BudgetKind) -> PyError {
        embedding.budget.exceeded = kind
        safePointCountdown = 0
        return budgetExceeded(kind)
    }

    /// The exception a script sees for an exceeded budget.
    func budgetExceeded(_ kind: BudgetKind) -> PyError {
        switch kind {
        case .steps:
            let limit = embedding.budgets.steps ?? 0
            return error(stepBudgetType, "the step budget of \(limit) steps is exhausted")
        case .memory:
            let limit = embedding.budgets.memoryBytes ?? 0
            return error(types.exceptions.memoryError, "the memory budget of \(limit) bytes is exhausted")
        }
    }

    /// `baozi.StepBudgetExceeded`, a BaseException (so `except Exception` passes it on).
    var stepBudgetType: TypeObj {
        if let t = embedding.stepBudgetType { return t }
        let t = makeNativeClass("StepBudgetExceeded", base: types.exceptions.baseException, layout: .exception, module: "baozi")
        embedding.stepBudgetType = t
        return t
    }
}
