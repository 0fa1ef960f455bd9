import ArgumentParser
import Foundation

/// Reads a PDF password from a file (its first line), so it never appears in a command line or process list.
enum PasswordFile {
    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ValidationError("\(path): cannot read the password file")
        }
        return text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
    }
}
