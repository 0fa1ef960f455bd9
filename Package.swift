// swift-tools-version:6.0
import PackageDescription
import Foundation

// Linked with Swift's standard library statically, a program would export every public symbol of its modules
// (18,800 in peilstok-reader), and every symbol the libraries poppler brings look up is looked for there first: about
// 1.3 ms of each worker's start. Nothing looks a symbol of these programs up by name. Release builds only: the
// sanitizer builds (`make leakcheck`) are debug builds, and AddressSanitizer's interceptors must stay exported. (The
// release build as shipped is also linked at a fixed address: see RELEASE in the Makefile.)
let programLinking: [LinkerSetting] = [.unsafeFlags(["-Xlinker", "--no-export-dynamic"], .when(platforms: [.linux], configuration: .release))]

// libxml2's include directory, for every module that sees CLibXML2 (the debug builds' testable imports let the
// modules above Peilstok see it too): given here rather than through pkg-config, whose flags would link libxml2,
// which is opened when the first HTML document is read (LibXML2).
let libXML2Headers: [SwiftSetting] = [.unsafeFlags(["-Xcc", "-I/usr/include/libxml2"])]

let package = Package(
    name: "peilstok",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Peilstok", targets: ["Peilstok"]),
        .executable(name: "peilstok", targets: ["peilstok"]),
        .executable(name: "peilstok-reader", targets: ["peilstok-reader"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-async-algorithms", from: "1.1.4"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]),
        // Headers only: Tesseract and leptonica are opened when a page first needs OCR (OCRLibrary), not linked.
        .systemLibrary(
            name: "CTesseract",
            providers: [.apt(["libtesseract-dev"])]),
        .systemLibrary(
            name: "CLeptonica",
            providers: [.apt(["libleptonica-dev"])]),
        // Headers only: libxml2 is opened when the first HTML document is read (LibXML2), not linked.
        .systemLibrary(
            name: "CLibXML2",
            providers: [.apt(["libxml2-dev"])]),
        // Writes the rule files into Swift source for the EmbedRules plugin.
        .executableTarget(name: "embed-rules"),
        .plugin(name: "EmbedRules", capability: .buildTool(), dependencies: ["embed-rules"]),
        .target(
            name: "Peilstok",
            dependencies: [
                "CLibXML2",
                .product(name: "AsyncAlgorithms", package: "swift-async-algorithms"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: libXML2Headers,
            plugins: ["EmbedRules"]),
        // PDFs through poppler-glib, and scanned pages through Tesseract, in a module of its own: only the programs
        // that read documents load poppler and Tesseract.
        .target(
            name: "PeilstokPDF",
            dependencies: ["Peilstok", "CPoppler", "CTesseract", "CLeptonica"],
            // Optimised in debug builds too: OCR's pixel loops (rendering to grey, erasing ruled lines, weighing ink)
            // run 30 times slower unoptimised, which makes tests that read scans take minutes.
            swiftSettings: libXML2Headers + [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        // The commands, shared by the two programs below.
        .target(
            name: "PeilstokCLI",
            dependencies: [
                "Peilstok",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: libXML2Headers),
        // The front end: runs, the store and its commands. Commands that read documents themselves (the worker,
        // inspect, bench, diff) run as peilstok-reader, which it executes in its place.
        .executableTarget(
            name: "peilstok",
            dependencies: ["PeilstokCLI"],
            swiftSettings: libXML2Headers,
            linkerSettings: programLinking),
        // The same commands with the PDF reader installed.
        .executableTarget(
            name: "peilstok-reader",
            dependencies: ["PeilstokCLI", "PeilstokPDF"],
            swiftSettings: libXML2Headers,
            linkerSettings: programLinking),
        .testTarget(
            name: "PeilstokTests",
            dependencies: ["Peilstok", "PeilstokPDF", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Fixtures"],
            swiftSettings: libXML2Headers),
    ]
)

// The libFuzzer target links only with -sanitize=fuzzer, which supplies its main: `make fuzz` sets PEILSTOK_FUZZ.
if ProcessInfo.processInfo.environment["PEILSTOK_FUZZ"] != nil {
    package.products.append(.executable(name: "peilstok-fuzz", targets: ["PeilstokFuzz"]))
    package.targets.append(.executableTarget(
        name: "PeilstokFuzz",
        dependencies: ["Peilstok"],
        swiftSettings: libXML2Headers + [.unsafeFlags(["-parse-as-library"])]))
}
