// Deeply nested input must end in a SyntaxError, not in a stack overflow. The nesting
// limit keeps the syntax tree shallow enough for the compiler; this guard also watches the
// real stack, whose size depends on the thread and on the build (debug frames are several
// times larger than release ones).

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lowest stack address the parser lets itself reach on the current thread.
struct StackGuard {
    /// Room left for raising the error and unwinding.
    static let margin: UInt = 128 * 1024

    private let limit: UInt

    init() {
        limit = StackGuard.lowestStackAddress().map { $0 + StackGuard.margin } ?? 0
    }

    /// Whether the stack pointer is below the limit.
    var isExhausted: Bool {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) } < limit
    }

    /// Whether fewer than `bytes` are left before the limit: for work that needs much stack
    /// before its next check (eval and exec lex, parse and build a tree before running it).
    func isWithin(_ bytes: UInt) -> Bool {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) } < limit + bytes
    }

    #if os(Linux)
    private typealias GetAttributes = @convention(c) (pthread_t, UnsafeMutablePointer<pthread_attr_t>) -> Int32

    /// pthread_getattr_np, a GNU extension the Glibc module does not export.
    private static let getAttributes: GetAttributes? = {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "pthread_getattr_np") else { return nil }
        return unsafeBitCast(symbol, to: GetAttributes.self)
    }()
    #endif

    private static func lowestStackAddress() -> UInt? {
        #if os(Linux)
        guard let getAttributes = StackGuard.getAttributes else { return nil }
        var attributes = pthread_attr_t()
        guard getAttributes(pthread_self(), &attributes) == 0 else { return nil }
        defer { pthread_attr_destroy(&attributes) }
        var address: UnsafeMutableRawPointer? = nil
        var size = 0
        guard pthread_attr_getstack(&attributes, &address, &size) == 0, let low = address else { return nil }
        return UInt(bitPattern: low)
        #elseif canImport(Darwin)
        let thread = pthread_self()
        let top = UInt(bitPattern: pthread_get_stackaddr_np(thread))
        return top - UInt(pthread_get_stacksize_np(thread))
        #else
        return nil
        #endif
    }
}
