// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Baozi",
    products: [
        .library(name: "BaoziCore", targets: ["BaoziCore"]),
        .executable(name: "baozi", targets: ["baozi"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
    ],
    targets: [
        // libuv: timers (and later sockets and DNS) for the gevent hub.
        .systemLibrary(
            name: "CLibUV",
            pkgConfig: "libuv",
            providers: [.apt(["libuv1-dev"])]
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
            dependencies: [.product(name: "BigInt", package: "BigInt"), "CLibUV", "COpenSSLCrypto", "CPCRE2"],
            resources: [.embedInCode("Modules/Lib")],
            swiftSettings: [
                .swiftLanguageMode(.v5),
                // The VM's state lives in class fields touched on every instruction; Swift's
                // dynamic exclusivity checks on them cost a quarter of the run time. The VM is
                // single-threaded per interpreter, so the checks buy nothing here.
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
        .testTarget(
            name: "BaoziCoreTests",
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
