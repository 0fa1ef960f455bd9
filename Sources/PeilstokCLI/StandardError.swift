import Foundation

/// Writes a message to standard error as one line: control characters in it (a newline or an escape sequence in
/// a file name) are written as `\u{…}` escapes, so no name can break the line or rewrite the screen.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((escapingControls(line) + "\n").utf8))
}

/// `text` with every control character (C0, DEL, C1) written as a `\u{…}` escape.
func escapingControls(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
        if scalar.properties.generalCategory == .control {
            result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        } else {
            result.unicodeScalars.append(scalar)
        }
    }
    return result
}
