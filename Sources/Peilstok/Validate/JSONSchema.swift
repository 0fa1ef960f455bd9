import Foundation

/// A JSON Schema (draft 2020-12) checked in-process before anything is written.
///
/// It knows the keywords peilstok's schemas use (`type`, `const`, `enum`, `properties`, `required`,
/// `additionalProperties`, `propertyNames`, `items`, `prefixItems`, `minItems`, `maxItems`, `uniqueItems`, `minimum`,
/// `maximum`, `minLength`, `pattern`, `oneOf`, `$ref` into `$defs`) and refuses, when the rules are loaded, a schema
/// that uses any other, so no constraint is ever passed over in silence. No maintained Swift validator is
/// available to this project's builds; this one is tested against Python's `jsonschema` on the same files.
public struct JSONSchema: Sendable {
    /// One schema object, parsed.
    final class Node: Sendable {
        let types: [String]?
        let constant: JSONValue?
        let enumeration: [JSONValue]?
        let properties: [String: Node]
        let required: [String]
        /// `false`: no other properties; a node: what other properties must be.
        let additionalProperties: Node?
        let forbidsAdditional: Bool
        let propertyNames: Node?
        let items: Node?
        let prefixItems: [Node]
        let minItems: Int?
        let maxItems: Int?
        let uniqueItems: Bool
        let minimum: Double?
        let maximum: Double?
        let minLength: Int?
        let pattern: SchemaPattern?
        let oneOf: [Node]?
        let reference: String?

        static let known: Set<String> = [
            "$schema", "$id", "$defs", "$ref", "title", "description", "type", "const", "enum", "properties", "required",
            "additionalProperties", "propertyNames", "items", "prefixItems", "minItems", "maxItems", "uniqueItems",
            "minimum", "maximum", "minLength", "pattern", "oneOf",
        ]

        init(_ object: [String: JSONValue], path: String) throws(SchemaError) {
            for key in object.keys where !Self.known.contains(key) {
                throw SchemaError(path: path, message: "keyword '\(key)' is not one this validator checks")
            }
            func nodes(_ key: String) throws(SchemaError) -> [Node]? {
                guard case .array(let list)? = object[key] else { return nil }
                var result: [Node] = []
                for (index, item) in list.enumerated() {
                    guard case .object(let child) = item else { throw SchemaError(path: "\(path)/\(key)/\(index)", message: "not a schema") }
                    result.append(try Node(child, path: "\(path)/\(key)/\(index)"))
                }
                return result
            }
            func node(_ key: String) throws(SchemaError) -> Node? {
                guard case .object(let child)? = object[key] else { return nil }
                return try Node(child, path: "\(path)/\(key)")
            }
            switch object["type"] {
            case .string(let name)?: types = [name]
            case .array(let names)?: types = names.compactMap { if case .string(let name) = $0 { name } else { nil } }
            default: types = nil
            }
            constant = object["const"]
            if case .array(let values)? = object["enum"] { enumeration = values } else { enumeration = nil }
            var properties: [String: Node] = [:]
            if case .object(let map)? = object["properties"] {
                for (name, value) in map {
                    guard case .object(let child) = value else { throw SchemaError(path: "\(path)/properties/\(name)", message: "not a schema") }
                    properties[name] = try Node(child, path: "\(path)/properties/\(name)")
                }
            }
            self.properties = properties
            if case .array(let names)? = object["required"] {
                required = names.compactMap { if case .string(let name) = $0 { name } else { nil } }
            } else {
                required = []
            }
            forbidsAdditional = object["additionalProperties"] == .bool(false)
            additionalProperties = try node("additionalProperties")
            propertyNames = try node("propertyNames")
            items = try node("items")
            prefixItems = try nodes("prefixItems") ?? []
            minItems = object["minItems"]?.integer
            maxItems = object["maxItems"]?.integer
            uniqueItems = object["uniqueItems"] == .bool(true)
            minimum = object["minimum"]?.number
            maximum = object["maximum"]?.number
            minLength = object["minLength"]?.integer
            if case .string(let text)? = object["pattern"] {
                do { pattern = try SchemaPattern(text) } catch {
                    throw SchemaError(path: "\(path)/pattern", message: "not a regular expression: \(text)")
                }
            } else {
                pattern = nil
            }
            oneOf = try nodes("oneOf")
            if case .string(let target)? = object["$ref"] { reference = target } else { reference = nil }
        }
    }

    private let root: Node
    private let definitions: [String: Node]

    /// Parses a schema; a keyword this validator does not check, or a malformed value, is an error.
    public init(data: Data) throws(SchemaError) {
        let value: JSONValue
        do { value = try JSONValue(json: data) } catch {
            throw SchemaError(path: "", message: "not JSON: \(error)")
        }
        try self.init(value: value)
    }

    /// A schema from JSON already parsed.
    public init(value: JSONValue) throws(SchemaError) {
        guard case .object(let object) = value else { throw SchemaError(path: "", message: "a schema is a JSON object") }
        root = try Node(object, path: "")
        var definitions: [String: Node] = [:]
        if case .object(let defs)? = object["$defs"] {
            for (name, definition) in defs {
                guard case .object(let child) = definition else { throw SchemaError(path: "/$defs/\(name)", message: "not a schema") }
                definitions["#/$defs/\(name)"] = try Node(child, path: "/$defs/\(name)")
            }
        }
        self.definitions = definitions
        for target in Self.references(root) + definitions.values.flatMap(Self.references) where definitions[target] == nil {
            throw SchemaError(path: "", message: "$ref '\(target)' names no definition in $defs")
        }
    }

    private static func references(_ node: Node) -> [String] {
        var found = node.reference.map { [$0] } ?? []
        let children = Array(node.properties.values) + node.prefixItems + (node.oneOf ?? [])
            + [node.additionalProperties, node.propertyNames, node.items].compactMap { $0 }
        for child in children { found += references(child) }
        return found
    }

    /// Every violation of the schema by `value`, each as "JSON pointer: what is wrong"; empty when it conforms.
    public func violations(of value: JSONValue) -> [String] {
        // Most values conform: a first pass only asks whether this one does, and builds no message or path on the
        // way; only a value that fails is checked again for what is wrong, with every message.
        var path: [PathStep] = []
        var conformance = Findings(collecting: false)
        check(value, against: root, path: &path, into: &conformance)
        guard conformance.failed else { return [] }
        var found = Findings(collecting: true)
        check(value, against: root, path: &path, into: &found)
        return found.messages
    }

    /// The violations of an encodable value, as it would be written.
    public func violations<T: Encodable>(of value: T) -> [String] {
        do { return violations(ofJSON: try JSONEncoder().encode(value)) } catch {
            return ["cannot encode: \(error.localizedDescription)"]
        }
    }

    /// The violations of a value already written as JSON.
    public func violations(ofJSON data: Data) -> [String] {
        do {
            return violations(of: try JSONValue(json: data))
        } catch {
            return ["not JSON: \(error)"]
        }
    }

    /// One step of the path from the checked value to a part of it.
    private enum PathStep {
        case member(String)
        case item(Int)
    }

    /// What checking found: every violation as a message, or, when `collecting` is false, only whether there was one.
    private struct Findings {
        let collecting: Bool
        var messages: [String] = []
        var failed = false

        /// True once a check that only asks whether the value conforms has its answer.
        var settled: Bool { failed && !collecting }

        mutating func add(_ path: [PathStep], _ message: @autoclosure () -> String) {
            failed = true
            guard collecting else { return }
            let pointer = path.isEmpty ? "/" : path.map { step in
                switch step {
                case .member(let name): "/\(name)"
                case .item(let index): "/\(index)"
                }
            }.joined()
            messages.append("\(pointer): \(message())")
        }
    }

    private func check(_ value: JSONValue, against node: Node, path: inout [PathStep], into found: inout Findings) {
        if let target = node.reference, let definition = definitions[target] {
            check(value, against: definition, path: &path, into: &found)
            if found.settled { return }
        }
        if let types = node.types, !types.contains(where: { value.isOfType($0) }) {
            found.add(path, "expected \(types.joined(separator: " or ")), found \(value.typeName)")
            return
        }
        if let constant = node.constant, value != constant { found.add(path, "must be \(constant)") }
        if let enumeration = node.enumeration, !enumeration.contains(value) { found.add(path, "\(value) is not one of the allowed values") }
        if let oneOf = node.oneOf {
            let matching = oneOf.count { branch in
                var branchFound = Findings(collecting: false)
                check(value, against: branch, path: &path, into: &branchFound)
                return !branchFound.failed
            }
            if matching != 1 { found.add(path, "matches \(matching) of the oneOf schemas, not exactly 1") }
        }
        if found.settled { return }
        switch value {
        case .object(let object):
            for name in node.required where object[name] == nil { found.add(path, "'\(name)' is required") }
            func checkMember(_ name: String, _ member: JSONValue) {
                path.append(.member(name))
                defer { path.removeLast() }
                if let propertyNames = node.propertyNames { check(.string(name), against: propertyNames, path: &path, into: &found) }
                if let property = node.properties[name] {
                    check(member, against: property, path: &path, into: &found)
                } else if node.forbidsAdditional {
                    found.add(path, "not an allowed property")
                } else if let additional = node.additionalProperties {
                    check(member, against: additional, path: &path, into: &found)
                }
            }
            if found.collecting {
                // By name, so the messages come in the same order every time.
                for (name, member) in object.sorted(by: { $0.key < $1.key }) { checkMember(name, member) }
            } else {
                for (name, member) in object where !found.failed { checkMember(name, member) }
            }
        case .array(let items):
            if let minItems = node.minItems, items.count < minItems { found.add(path, "fewer than \(minItems) items") }
            if let maxItems = node.maxItems, items.count > maxItems { found.add(path, "more than \(maxItems) items") }
            if node.uniqueItems, Set(items.map(\.description)).count != items.count { found.add(path, "items repeat") }
            for (index, item) in items.enumerated() where !found.settled {
                let schema = index < node.prefixItems.count ? node.prefixItems[index] : node.items
                guard let schema else { continue }
                path.append(.item(index))
                check(item, against: schema, path: &path, into: &found)
                path.removeLast()
            }
        case .string(let text):
            if let minLength = node.minLength, text.unicodeScalars.count < minLength { found.add(path, "shorter than \(minLength)") }
            if let pattern = node.pattern, !pattern.matches(text) { found.add(path, "'\(text.prefix(40))' does not match \(pattern.pattern)") }
        case .integer, .number:
            if let number = value.number {
                if let minimum = node.minimum, number < minimum { found.add(path, "less than \(minimum)") }
                if let maximum = node.maximum, number > maximum { found.add(path, "more than \(maximum)") }
            }
        case .bool, .null:
            break
        }
    }
}

/// A schema this validator cannot use.
public struct SchemaError: Error, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path.isEmpty ? "/" : path): \(message)" }
}
