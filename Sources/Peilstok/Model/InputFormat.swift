/// The physical formats peilstok reads.
public enum InputFormat: String, Sendable, Codable, CaseIterable {
    /// A plain text layer or OCR'd text (`.txt`).
    case text
    /// A Markdown report (`.md`, `.markdown`).
    case markdown
    /// An HTML report (`.html`, `.htm`).
    case html
    /// A PDF, read through poppler-glib.
    case pdf

    /// The format a file extension stands for, or `nil` when peilstok does not read it.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "txt", "text": self = .text
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        case "pdf": self = .pdf
        default: return nil
        }
    }
}
