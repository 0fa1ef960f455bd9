import Foundation

/// What a PDF reader needs besides the file: its password, and when and how to OCR pages.
public struct PDFReadOptions: Sendable {
    public var password: String?
    public var ocr: OCRMode
    /// The OCR rules. With options made while they still load (`init(loadingOCRRules:)`), the first use waits for
    /// them: a reader opens the PDF and reads its first pages' text before it needs them.
    public var ocrRules: OCRRules { source.rules }
    private let source: OCRRulesSource
    /// How many threads read the pages of one PDF, each with its own poppler document (and OCR engine).
    public var pageThreads: Int

    public init(password: String? = nil, ocr: OCRMode = .auto, ocrRules: OCRRules, pageThreads: Int = 1) {
        self.init(password: password, ocr: ocr, source: OCRRulesSource(rules: ocrRules), pageThreads: pageThreads)
    }

    /// Options whose OCR rules `loading` gives, called once, when a page first needs them.
    public init(password: String? = nil, ocr: OCRMode = .auto, loadingOCRRules loading: @escaping @Sendable () -> OCRRules,
                pageThreads: Int = 1) {
        self.init(password: password, ocr: ocr, source: OCRRulesSource(loading: loading), pageThreads: pageThreads)
    }

    private init(password: String?, ocr: OCRMode, source: OCRRulesSource, pageThreads: Int) {
        self.password = password
        self.ocr = ocr
        self.source = source
        self.pageThreads = max(1, pageThreads)
    }
}

/// OCR rules given, or loaded by the first thread that asks for them while the others wait.
private final class OCRRulesSource: @unchecked Sendable {
    private let lock = NSLock()
    private var loaded: OCRRules?
    private let loading: (@Sendable () -> OCRRules)?

    init(rules: OCRRules) {
        loaded = rules
        loading = nil
    }

    init(loading load: @escaping @Sendable () -> OCRRules) {
        loading = load
    }

    var rules: OCRRules {
        lock.withLock {
            if let loaded { return loaded }
            let rules = loading!()
            loaded = rules
            return rules
        }
    }
}
