// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "Baozi",
    products: [
        .library(name: "BaoziCore", targets: ["BaoziCore"]),
        .executable(name: "baozi", targets: ["baozi"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // libuv: timers (and later sockets and DNS) for the gevent hub.
        .systemLibrary(
            name: "CLibUV",
            pkgConfig: "libuv",
            providers: [.apt(["libuv1-dev"])]
        ),
        // GMP, the arithmetic under big ints.
        .systemLibrary(
            name: "CGMP",
            pkgConfig: "gmp",
            providers: [.apt(["libgmp-dev"])]
        ),
        // Big integers on GMP, an immutable value type (the `BigInt` of attaswift/BigInt's API,
        // which it replaced).
        .target(
            name: "BigInt",
            dependencies: ["CGMP"],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        // OpenSSL: TLS for the ssl module, over memory BIOs driven by the cooperative sockets.
        .systemLibrary(
            name: "COpenSSL",
            pkgConfig: "openssl",
            providers: [.apt(["libssl-dev"])]
        ),
        // PCRE2: the matcher under the `re` module (8-bit and 32-bit libraries).
        .systemLibrary(
            name: "CPCRE2",
            providers: [.apt(["libpcre2-dev"])]
        ),
        // OpenSSL's libcrypto: hashlib's digests (libcrypto only; no TLS here).
        .systemLibrary(
            name: "COpenSSLCrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        // The interpreter: lexer, parser, compiler, VM, runtime objects and built-in modules.
        // It never prints: output, input and module loading go through the host.
        .target(
            name: "BaoziCore",
            dependencies: ["BigInt", "CLibUV", "COpenSSL", "COpenSSLCrypto", "CPCRE2"],
            resources: [.embedInCode("Modules/Lib")],
            swiftSettings: [
                .swiftLanguageMode(.v5),
                // The VM's state lives in class fields touched on every instruction; Swift's
                // dynamic exclusivity checks on them cost a quarter of the run time. The VM is
                // single-threaded per interpreter, so the checks buy nothing here. (SwiftPM
                // refuses unsafe flags in a package used as a dependency before tools 6.2;
                // with 6.2 a package depending on Baozi by git URL and tag builds.)
                .unsafeFlags(["-enforce-exclusivity=unchecked"]),
            ]
        ),
        // libedit's readline-compatible API, for the REPL's line editing and history.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // The command-line host: argument handling, script running, the REPL (REPL/).
        .target(
            name: "BaoziCLI",
            dependencies: [
                "BaoziCore",
                "CEditLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        // The program links jemalloc in place of glibc's malloc: the interpreter allocates and
        // frees many small objects in bursts (the collector frees whole generations at once),
        // where glibc's malloc spent a third of the time of string- and dict-heavy scripts.
        // Hosts embedding BaoziCore keep their own allocator.
        // jemalloc's options for the program (C, because jemalloc reads a C global).
        .target(name: "CMallocConfig"),
        .executableTarget(
            name: "baozi",
            dependencies: ["BaoziCLI", "CMallocConfig"],
            swiftSettings: [.swiftLanguageMode(.v5)],
            linkerSettings: [.linkedLibrary("jemalloc")]
        ),
        // examples/embed: a small command-line tool that embeds Baozi (checks orders against
        // a user's rules script); the embedding tests run it.
        .executableTarget(
            name: "embed-rules",
            dependencies: ["BaoziCore"],
            path: "examples/embed",
            exclude: ["orders.rules", "money.rules", "orders.csv", "expected.txt"],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        .testTarget(
            name: "BaoziCoreTests",
            dependencies: ["BaoziCore", "BigInt"],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        // The embedding API as a host sees it: plain `import BaoziCore`, no @testable.
        .testTarget(
            name: "BaoziEmbeddingTests",
            dependencies: ["BaoziCore"],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        .testTarget(
            name: "BaoziCLITests",
            dependencies: ["BaoziCLI", "BaoziCore"],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        .testTarget(
            name: "GoldenTests",
            dependencies: [],
            exclude: ["cases", "regen.py", "pending.txt", "pty_driver.py"],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
    ]
)
