/// What a PDF reader needs besides the file: its password, and when and how to OCR pages.
public struct PDFReadOptions: Sendable {
    public var password: String?
    public var ocr: OCRMode
    public var ocrRules: OCRRules
    /// How many threads read the pages of one PDF, each with its own poppler document (and OCR engine).
    public var pageThreads: Int

    public init(password: String? = nil, ocr: OCRMode = .auto, ocrRules: OCRRules, pageThreads: Int = 1) {
        self.password = password
        self.ocr = ocr
        self.ocrRules = ocrRules
        self.pageThreads = max(1, pageThreads)
    }
}
