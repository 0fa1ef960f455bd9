import Crypto
import Foundation

/// Every rule peilstok runs on, loaded and checked from one rules directory before any document is read.
public struct Rules: Sendable {
    /// Document kinds, in the order they are tried.
    public var kinds: [KindRule]
    /// Section rules per kind key.
    public var sections: [String: [SectionRule]]
    public var names: NameRules
    public var gazetteer: Gazetteer
    public var peildatum: PeildatumRules
    public var dates: DateVocabulary
    public var numbers: NumberVocabulary
    public var metadata: MetadataRules
    /// How scanned pages are read (`ocr.yml`).
    public var ocr: OCRRules { didSet { ocrTolerance = OCRTolerance(rules: ocr) } }
    /// OCR-tolerant matching as `ocr` describes it, made once.
    public private(set) var ocrTolerance: OCRTolerance
    /// `record.schema.json` and `document.schema.json`, checked against every record before it is written.
    public var recordSchema: JSONSchema
    public var documentSchema: JSONSchema
    /// `diff.schema.json`, checked against every diff before it is written as JSON.
    public var diffSchema: JSONSchema
    /// How pilots are linked across documents (`linking.yml`).
    public var linking: LinkingRules
    /// How two peildata are compared (`diff.yml`).
    public var diff: DiffRules
    /// The analyst's linking decisions (`pilots.yml`).
    public var decisions: PilotDecisions
    /// SHA-256 over the reading rule files' names and contents (`fileNames`): what a document's records depend on,
    /// so a run records exactly which rules it used and a change to any of them reads every document again.
    public var hash: String
    /// SHA-256 over the tracking rule files (`trackingFileNames`): a change to them links the registry again but
    /// reads nothing again.
    public var trackingHash: String

    /// The rule files, in the order they are read and hashed.
    public static let fileNames = ["kinds.yml", "sections.yml", "names.yml", "gemeenten.yml", "peildatum.yml",
                                   "dates.yml", "numbers.yml", "metadata.yml", "ocr.yml", "record.schema.json",
                                   "document.schema.json"]
    /// The rule files of linking and comparing, which no record depends on.
    public static let trackingFileNames = ["linking.yml", "diff.yml", "pilots.yml", "diff.schema.json"]
    /// Every file of a rules directory.
    public static var allFileNames: [String] { fileNames + trackingFileNames }

    /// Loads every rule file from `directory`, parsing them on `threads` threads; `displayDirectory` is how messages
    /// name it (e.g. `Rules`).
    public static func load(from directory: URL, displayDirectory: String? = nil,
                            threads: Int = Cores.available) throws(RuleError) -> Rules {
        let display = displayDirectory ?? directory.path
        var files: [String: RuleFile] = [:]
        for name in allFileNames {
            files[name] = try RuleFile.read(name, in: directory, displayDirectory: display)
        }
        return try load(files, threads: threads)
    }

    /// How messages name the rules this build carries.
    public static let embeddedDisplayDirectory = "(built-in rules)"

    /// Loads the rules this build carries (`embeddedFiles`, made from the package's `Rules/` when it was built),
    /// parsing them on `threads` threads.
    public static func loadEmbedded(threads: Int = Cores.available) throws(RuleError) -> Rules {
        var files: [String: RuleFile] = [:]
        for name in allFileNames { files[name] = try embeddedFile(name) }
        return try load(files, threads: threads)
    }

    /// The rule file `name` this build carries.
    private static func embeddedFile(_ name: String) throws(RuleError) -> RuleFile {
        guard let text = embeddedFiles[name] else {
            throw RuleError(file: "\(embeddedDisplayDirectory)/\(name)", message: "missing from this build")
        }
        return RuleFile(displayPath: "\(embeddedDisplayDirectory)/\(name)", text: text)
    }

    /// `ocr.yml` alone, read and checked as `load` reads it (`directory` `nil` for the rules this build carries): all
    /// that extracting a document's text needs, so a reader can start on a document while the other rules load.
    public static func loadOCR(from directory: URL?, displayDirectory: String? = nil) throws(RuleError) -> OCRRules {
        let name = "ocr.yml"
        let file: RuleFile
        if let directory {
            file = try RuleFile.read(name, in: directory, displayDirectory: displayDirectory ?? directory.path)
        } else {
            file = try embeddedFile(name)
        }
        return try OCRRules.parse(try file.root())
    }

    /// Writes the rules this build carries into `directory` (made if missing), for editing; an existing file is
    /// left alone unless `overwrite`. Returns the files written.
    public static func exportEmbedded(to directory: URL, overwrite: Bool) throws(RuleError) -> [URL] {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw RuleError(file: directory.path, message: "cannot create the directory: \(error.localizedDescription)")
        }
        var written: [URL] = []
        for name in allFileNames {
            let target = directory.appending(path: name)
            if !overwrite, FileManager.default.fileExists(atPath: target.path) {
                throw RuleError(file: target.path, message: "already exists (give --force to overwrite it)")
            }
            do {
                try Data((embeddedFiles[name] ?? "").utf8).write(to: target, options: .atomic)
            } catch {
                throw RuleError(file: target.path, message: "cannot write: \(error.localizedDescription)")
            }
            written.append(target)
        }
        return written
    }

    private static func load(_ files: [String: RuleFile], threads: Int) throws(RuleError) -> Rules {
        // Every file is parsed at once, on `threads` threads (every core, unless the caller has other work for them),
        // the calling thread among them, so that nothing waits for a
        // thread of a pool (on one core a pool has one, and the caller may hold it); then each result, or error, is
        // taken where it is needed, in the same order as ever, so the first error reported does not depend on
        // timing. The gazetteer, the largest file, comes first.
        let order: [String] = ["gemeenten.yml"] + allFileNames.filter { $0 != "gemeenten.yml" }
        let parsed = order.concurrentMap(threads: threads) { name in
            ParsedFile.parse(files[name]!, named: name)
        }
        func result(_ name: String) throws(RuleError) -> ParsedFile {
            try parsed[order.firstIndex(of: name)!].get()
        }
        func root(_ name: String) throws(RuleError) -> RuleNode {
            guard case .node(let node) = try result(name) else { preconditionFailure("\(name) is not a YAML file") }
            return node
        }
        func schema(named name: String) throws(RuleError) -> JSONSchema {
            guard case .schema(let schema) = try result(name) else { preconditionFailure("\(name) is not a schema") }
            return schema
        }
        func gazetteer() throws(RuleError) -> Gazetteer {
            guard case .gazetteer(let gazetteer) = try result("gemeenten.yml") else { preconditionFailure("no gazetteer") }
            return gazetteer
        }

        var kinds: [KindRule] = []
        let kindsRoot = try root("kinds.yml")
        _ = try kindsRoot.entries(allowed: ["kinds"])
        for (key, _, node) in try kindsRoot.required("kinds").entries() {
            kinds.append(try KindRule.parse(key: key, node: node))
        }
        let sectionsRoot = try root("sections.yml")
        let sections = try SectionRule.parseFile(sectionsRoot, kinds: Set(kinds.map(\.key)))
        for kind in kinds where sections[kind.key]?.isEmpty ?? true {
            throw sectionsRoot.error("kind '\(kind.key)' has no section rules")
        }

        let recordSchema = try schema(named: "record.schema.json")
        let documentSchema = try schema(named: "document.schema.json")
        for kind in kinds {
            let keys = Set((sections[kind.key] ?? []).map(\.key))
            if let casebox = kind.casebox, !keys.contains(casebox.section) {
                throw kindsRoot.error("kind '\(kind.key)': casebox section '\(casebox.section)' is not in sections.yml")
            }
            if let section = kind.headings?.recommendations, !keys.contains(section) {
                throw kindsRoot.error("kind '\(kind.key)': recommendations section '\(section)' is not in sections.yml")
            }
        }

        let ocr = try OCRRules.parse(try root("ocr.yml"))
        let tolerance = OCRTolerance(rules: ocr)
        // Each file's name, a newline, its text and a newline, hashed piece by piece rather than joined first.
        func hash(_ names: [String]) -> String {
            var hasher = SHA256()
            for name in names {
                var text = files[name]!.text
                hasher.update(data: Data("\(name)\n".utf8))
                text.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
                hasher.update(data: Data([UInt8(ascii: "\n")]))
            }
            return hasher.finalize().hex
        }
        return Rules(
            kinds: kinds,
            sections: sections.mapValues { $0.map { $0.tolerating(tolerance) } },
            names: try NameRules.parse(try root("names.yml")),
            gazetteer: try gazetteer(),
            peildatum: try PeildatumRules.parse(try root("peildatum.yml")),
            dates: try DateVocabulary.parse(try root("dates.yml")),
            numbers: try NumberVocabulary.parse(try root("numbers.yml")),
            metadata: try MetadataRules.parse(try root("metadata.yml")),
            ocr: ocr,
            ocrTolerance: tolerance,
            recordSchema: recordSchema,
            documentSchema: documentSchema,
            diffSchema: try schema(named: "diff.schema.json"),
            linking: try LinkingRules.parse(try root("linking.yml")),
            diff: try DiffRules.parse(try root("diff.yml"), sectionKeys: Set(sections.values.flatMap { $0.map(\.key) })),
            decisions: try PilotDecisions.parse(try root("pilots.yml")),
            hash: hash(fileNames),
            trackingHash: hash(trackingFileNames))
    }

    /// A rule file as parsed before its rules are read.
    private enum ParsedFile: Sendable {
        case gazetteer(Gazetteer)
        case node(RuleNode)
        case schema(JSONSchema)

        static func parse(_ file: RuleFile, named name: String) -> Result<ParsedFile, RuleError> {
            do throws(RuleError) {
                if name == "gemeenten.yml" { return .success(.gazetteer(try Gazetteer.parse(try file.root()))) }
                if name.hasSuffix(".json") { return .success(.schema(try Rules.schema(file))) }
                return .success(.node(try file.root()))
            } catch {
                return .failure(error)
            }
        }
    }

    /// The kind rule with this key.
    public func kind(_ key: String) -> KindRule? { kinds.first { $0.key == key } }

    private static func schema(_ file: RuleFile) throws(RuleError) -> JSONSchema {
        let value: JSONValue
        do {
            value = try JSONValue(json: Data(file.text.utf8), fragmentsAllowed: false)
        } catch {
            throw RuleError(file: file.displayPath, line: error.line, column: error.column, message: "not valid JSON: \(error.reason)")
        }
        guard case .object(let schema) = value, case .string? = schema["$schema"], case .object? = schema["properties"] else {
            throw RuleError(file: file.displayPath, message: "not a JSON Schema: expected '$schema' and 'properties'")
        }
        do {
            return try JSONSchema(value: value)
        } catch {
            throw RuleError(file: file.displayPath, message: "schema \(error)")
        }
    }
}
