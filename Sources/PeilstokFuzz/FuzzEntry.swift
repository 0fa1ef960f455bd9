import Foundation
import Peilstok

/// libFuzzer's entry point, built only by `make fuzz` (`PEILSTOK_FUZZ=1 swift build -Xswiftc -sanitize=fuzzer`).
/// `PEILSTOK_FUZZ_TARGET` picks what the bytes are fed to: `normaliser` (the bytes as a sentence), `html` (as an
/// HTML report) or `decoder` (as a text file: encodings, pages, columns, tab-separated cells).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    switch FuzzSetup.target {
    case "normaliser":
        let text = String(decoding: data, as: UTF8.self)
        for expression in FuzzSetup.normaliser.expressions(in: text, peildatum: "2022-10-12") {
            precondition(expression.at[0] <= expression.at[1] && expression.at[1] <= text.unicodeScalars.count)
        }
    case "html":
        _ = try? Extractor.extract(data: data, format: .html, file: "fuzz.html")
    default:
        if let document = try? Extractor.extract(data: data, format: .text, file: "fuzz.txt") {
            precondition(document.pages.allSatisfy { page in page.lines.allSatisfy { $0.number >= 1 && $0.number <= document.lines.count } })
        }
    }
    return 0
}

/// What the fuzzer loads once: the rules from `Rules/` (or `PEILSTOK_RULES`) and the target's name.
enum FuzzSetup {
    static let target = ProcessInfo.processInfo.environment["PEILSTOK_FUZZ_TARGET"] ?? "decoder"
    static let normaliser: Normaliser = {
        let directory = ProcessInfo.processInfo.environment["PEILSTOK_RULES"] ?? "Rules"
        do { return Normaliser(rules: try Rules.load(from: URL(filePath: directory))) } catch {
            fatalError("fuzz: cannot load the rules from \(directory): \(error)")
        }
    }()
}

/// libFuzzer's driver, run from the entry point SwiftPM links an executable with (`PeilstokFuzz_main`), since
/// SwiftPM points `main` there instead of at libFuzzer's own.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@_cdecl("PeilstokFuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in
        guard let data else { return 0 }
        return fuzz(UnsafeRawPointer(data), size)
    }
}
