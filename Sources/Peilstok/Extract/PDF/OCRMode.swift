/// When PDF pages are read by OCR.
public enum OCRMode: String, Sendable, CaseIterable, Codable {
    /// Pages with no text layer, or one that cannot be read (`Rules/ocr.yml`).
    case auto
    /// Every page, whatever its text layer.
    case always
    /// No page: a scanned page is only a warning.
    case never
}
