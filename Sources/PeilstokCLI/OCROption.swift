import ArgumentParser
import Peilstok

extension OCRMode: ExpressibleByArgument {}

/// The `--ocr` option of the commands that read PDFs.
struct OCROption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "When to read PDF pages by OCR: auto (pages with no usable text layer), always, never.",
        valueName: "mode"))
    var ocr: OCRMode = .auto
}
