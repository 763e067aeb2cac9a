// swift-tools-version:6.0
import PackageDescription

/// The release link of `puebla` (and of `puebla-bench`, which measures the same code): lld packs
/// the relocations (the loader then writes a few pages instead of reading 1.9 MB of them) and lays
/// out the functions a start runs side by side, in the order of LinkOrder/symbols.txt (made by
/// LinkOrder/generate), so that a start maps a few megabytes of code rather than pages spread over
/// 20 MB: 13 MB resident instead of 18 on the shipped Data. ELF only: Linux.
let compactReleaseLink: [LinkerSetting] = [
    .unsafeFlags([
        "-use-ld=lld",
        "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
        "-Xlinker", "--symbol-ordering-file=\(Context.packageDirectory)/Sources/puebla/LinkOrder/symbols.txt",
        "-Xlinker", "--no-warn-symbol-ordering",
    ], .when(platforms: [.linux], configuration: .release)),
]

let package = Package(
    name: "Puebla",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "puebla", targets: ["puebla"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CNCurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // libxml2's headers only: the library is opened when a page is first read (PueblaImport's
        // LibXML2), so neither its pkg-config link flags nor the module map link it.
        .systemLibrary(
            name: "CLibXML2",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The model, store, text and reading state: Foundation only (docs/architecture.md).
        .target(name: "PueblaKit"),
        // The library index file and search over it, built on the model; Foundation only too.
        .target(name: "PueblaIndex", dependencies: ["PueblaKit"]),
        // Makes releases of saved pages and feeds, plans and writes an import: the one target with libxml2.
        .target(name: "PueblaImport", dependencies: ["PueblaKit", "CLibXML2"],
                swiftSettings: [.unsafeFlags(["-Xcc", "-I/usr/include/libxml2"])]),
        // Reads config.toml into PueblaKit's Config, with its own reader of the TOML the settings use.
        .target(name: "PueblaSettings", dependencies: ["PueblaKit"]),
        // Generates libraries of made-up releases for the benchmark and the tests; not shipped.
        .target(name: "PueblaCorpus", dependencies: ["PueblaKit"]),
        .target(name: "PueblaViewModel", dependencies: ["PueblaKit", "PueblaIndex"]),
        .target(name: "PueblaTerminal", dependencies: ["PueblaViewModel", "PueblaKit", "PueblaIndex", "CNCurses"]),
        .executableTarget(
            name: "puebla",
            dependencies: [
                "PueblaKit", "PueblaIndex", "PueblaImport", "PueblaSettings", "PueblaViewModel", "PueblaTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["LinkOrder"],
            linkerSettings: compactReleaseLink
        ),
        .executableTarget(
            name: "puebla-mapdata",
            dependencies: ["PueblaKit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            exclude: ["NaturalEarth"]
        ),
        .executableTarget(
            name: "puebla-bench",
            dependencies: [
                "PueblaKit", "PueblaIndex", "PueblaCorpus", "PueblaViewModel", "PueblaTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: compactReleaseLink
        ),
        .testTarget(
            name: "PueblaKitTests",
            dependencies: ["PueblaKit", "PueblaIndex", "PueblaImport", "PueblaSettings", "PueblaCorpus"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "PueblaViewModelTests", dependencies: ["PueblaViewModel", "PueblaKit", "PueblaIndex"]),
        .testTarget(
            name: "PueblaTerminalTests",
            dependencies: ["PueblaTerminal", "PueblaViewModel", "PueblaKit", "PueblaIndex", "PueblaCorpus"],
            exclude: ["Screens"]
        ),
        .testTarget(
            name: "PueblaCLITests",
            dependencies: ["PueblaKit", "PueblaIndex", "PueblaImport", "PueblaCorpus", "PueblaTerminal", "puebla"],
            exclude: ["Fixtures"]
        ),
    ]
)
