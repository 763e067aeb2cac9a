// swift-tools-version:6.0
import PackageDescription

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
        .target(name: "PueblaKit"),
        .target(name: "PueblaViewModel", dependencies: ["PueblaKit"]),
        .target(name: "PueblaTerminal", dependencies: ["PueblaViewModel", "PueblaKit", "CNCurses"]),
        .executableTarget(
            name: "puebla",
            dependencies: [
                "PueblaKit", "PueblaViewModel", "PueblaTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "PueblaKitTests", dependencies: ["PueblaKit"]),
        .testTarget(name: "PueblaViewModelTests", dependencies: ["PueblaViewModel", "PueblaKit"]),
        .testTarget(
            name: "PueblaTerminalTests",
            dependencies: ["PueblaTerminal", "PueblaViewModel", "PueblaKit"],
            resources: [.copy("Screens")]
        ),
        .testTarget(name: "PueblaCLITests", dependencies: ["PueblaKit", "puebla"], exclude: ["Fixtures"]),
    ]
)
