import Foundation

/// A Frictionless Data Package (`datapackage.json`) that describes exported CSV tables: per table its file, dialect,
/// encoding and Table Schema (field types, and the decimal character of numbers).
public struct DataPackage: Sendable, Encodable {
    struct Resource: Sendable, Encodable {
        struct Dialect: Sendable, Encodable {
            var delimiter: String
            var lineTerminator: String
            var quoteChar = "\""
            var doubleQuote = true
            var header = true
        }

        struct Schema: Sendable, Encodable {
            struct Field: Sendable, Encodable {
                var name: String
                var type: String
                var description: String
                var format: String?
                var decimalChar: String?
            }

            var fields: [Field]
            var missingValues = [""]
        }

        var name: String
        var title: String
        var path: String
        var profile = "tabular-data-resource"
        var format = "csv"
        var mediatype = "text/csv"
        var encoding: String
        var dialect: Dialect
        var schema: Schema
    }

    var profile = "tabular-data-package"
    var name = "peilstok"
    var title = "Legal-aid pilots per peildatum, read by peilstok"
    var resources: [Resource]

    public init(tables: [CSVTable], profile csv: CSVProfile) {
        resources = tables.map { table in
            Resource(
                name: table.name, title: table.title, path: table.fileName,
                encoding: csv.byteOrderMark ? "utf-8-sig" : "utf-8",
                dialect: .init(delimiter: String(csv.delimiter), lineTerminator: csv.lineTerminator),
                schema: .init(fields: table.fields.map { field in
                    .init(name: field.name, type: field.kind.rawValue, description: field.description,
                          format: field.kind == .date ? "%Y-%m-%d" : nil,
                          decimalChar: field.kind == .number ? String(csv.decimalCharacter) : nil)
                }))
        }
    }

    /// Writes every table and `datapackage.json` into `directory`; returns the files. Every file is written in full
    /// beside its place before any is renamed into it, so a failed write changes none of them; a file whose bytes
    /// are already there is left alone.
    public static func write(_ tables: [CSVTable], profile: CSVProfile, into directory: URL) throws -> [URL] {
        var contents = tables.map { (directory.appending(path: $0.fileName), $0.encoded(profile)) }
        contents.append((directory.appending(path: "datapackage.json"),
                         try JSONLines.encodePretty(DataPackage(tables: tables, profile: profile))))
        let changed = contents.filter { url, data in FileManager.default.contents(atPath: url.path) != data }
        try AtomicFile.write(changed)
        return contents.map(\.0)
    }
}
