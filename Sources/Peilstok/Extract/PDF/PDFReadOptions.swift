/// What a PDF reader needs besides the file: its password, and when and how to OCR pages.
public struct PDFReadOptions: Sendable {
    public var password: String?
    public var ocr: OCRMode
    public var ocrRules: OCRRules

    public init(password: String? = nil, ocr: OCRMode = .auto, ocrRules: OCRRules) {
        self.password = password
        self.ocr = ocr
        self.ocrRules = ocrRules
    }
}
