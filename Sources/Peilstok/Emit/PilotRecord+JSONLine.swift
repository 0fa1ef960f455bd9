import Foundation

extension PilotRecord {
    /// The record's line of `records.jsonl` (without the newline): the same bytes `JSONLines.encoder()` makes of it,
    /// written directly. Every key is written in the order `.sortedKeys` gives, and a key whose optional value is
    /// `nil` is left out, as the synthesised `Encodable` leaves it out (a `@Nullable` one is written as `null`).
    public func jsonLine() throws -> Data {
        var writer = JSONLineWriter(capacity: 4096)
        try write(into: &writer)
        return Data(writer.bytes)
    }

    func write(into writer: inout JSONLineWriter) throws {
        try writer.object { json in
            try json.member("amounts") { try $0.expressions(amounts) }
            try json.member("dates") { try $0.expressions(dates) }
            json.member("document") { json in
                json.object { json in
                    json.member("file") { $0.string(document.file) }
                    json.member("kind") { $0.string(document.kind) }
                    json.member("peildatum") { $0.optional(document.peildatum) }
                    json.member("sha256") { $0.string(document.sha256) }
                }
            }
            json.member("gemeente") { $0.optional(gemeente) }
            if let gemeenteCBS {
                json.member("gemeente_cbs") { json in
                    json.object { json in
                        json.member("code") { $0.string(gemeenteCBS.code) }
                        json.member("name") { $0.string(gemeenteCBS.name) }
                        json.member("province") { $0.string(gemeenteCBS.province) }
                    }
                }
            }
            json.member("heading") { $0.string(heading) }
            json.member("id") { $0.string(id) }
            json.member("lijn") { $0.strings(lijn) }
            json.member("looptijd") { json in
                json.object { json in
                    json.member("end") { $0.optional(looptijd.end) }
                    if let endMod = looptijd.endMod { json.member("end_mod") { $0.string(endMod) } }
                    json.member("start") { $0.optional(looptijd.start) }
                    if let startMod = looptijd.startMod { json.member("start_mod") { $0.string(startMod) } }
                    json.member("text") { $0.optional(looptijd.text) }
                }
            }
            json.member("name") { $0.string(name) }
            try json.member("provenance") { try $0.provenance(provenance) }
            try json.member("quantities") { try $0.expressions(quantities) }
            if let recommendations {
                json.member("recommendations") { json in
                    json.array { json in
                        for recommendation in recommendations {
                            json.element { json in
                                json.object { json in
                                    json.member("lines") { $0.lines(recommendation.lines) }
                                    json.member("number") { $0.int(recommendation.number) }
                                    json.member("text") { $0.string(recommendation.text) }
                                }
                            }
                        }
                    }
                }
            }
            json.member("schema") { $0.string(schema) }
            json.member("sections") { json in
                json.object { json in
                    for key in JSONLineWriter.sortedKeys(sections) {
                        json.member(key) { $0.string(sections[key]!) }
                    }
                }
            }
            json.member("vorm") { $0.optional(vorm) }
            json.member("warnings") { $0.strings(warnings) }
        }
    }
}

private extension JSONLineWriter {
    mutating func optional(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    mutating func strings(_ values: [String]) {
        array { json in
            for value in values { json.element { $0.string(value) } }
        }
    }

    mutating func ints(_ values: [Int]) {
        array { json in
            for value in values { json.element { $0.int(value) } }
        }
    }

    mutating func lines(_ range: LineRange) {
        ints([range.first, range.last])
    }

    mutating func provenance(_ provenance: PilotRecord.Provenance) throws {
        try object { json in
            json.member("lines") { $0.lines(provenance.lines) }
            if let confidence = provenance.ocrConfidence {
                try json.member("ocr_confidence") { json in
                    try json.object { json in
                        for key in JSONLineWriter.sortedKeys(confidence) {
                            try json.member(key) { try $0.double(confidence[key]!) }
                        }
                    }
                }
            }
            if let pages = provenance.ocrPages { json.member("ocr_pages") { $0.ints(pages) } }
            if let pages = provenance.pages { json.member("pages") { $0.ints(pages) } }
            if let regions = provenance.regions {
                try json.member("regions") { json in
                    try json.object { json in
                        for key in JSONLineWriter.sortedKeys(regions) {
                            try json.member(key) { json in
                                try json.array { json in
                                    for region in regions[key]! {
                                        try json.element { json in
                                            try json.object { json in
                                                try json.member("box") { json in
                                                    try json.array { json in
                                                        // As `Box` encodes itself: to a tenth of a point.
                                                        for value in [region.box.x0, region.box.y0, region.box.x1, region.box.y1] {
                                                            try json.element { try $0.double((value * 10).rounded() / 10) }
                                                        }
                                                    }
                                                }
                                                json.member("page") { $0.int(region.page) }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            json.member("sections") { json in
                json.object { json in
                    for key in JSONLineWriter.sortedKeys(provenance.sections) {
                        json.member(key) { $0.lines(provenance.sections[key]!) }
                    }
                }
            }
        }
    }

    mutating func expressions(_ expressions: [TypedExpression]) throws {
        try array { json in
            for expression in expressions {
                try json.element { try $0.expression(expression) }
            }
        }
    }

    mutating func expression(_ expression: TypedExpression) throws {
        try object { json in
            func text(_ key: String, _ value: String?) {
                if let value { json.member(key) { $0.string(value) } }
            }
            func number(_ key: String, _ value: Double?) throws {
                if let value { try json.member(key) { try $0.double(value) } }
            }
            if let anchored = expression.anchored { json.member("anchored") { $0.bool(anchored) } }
            json.member("at") { $0.ints(expression.at) }
            text("currency", expression.currency)
            text("earliest", expression.earliest)
            text("end", expression.end)
            text("end_mod", expression.endMod)
            text("label", expression.label)
            text("latest", expression.latest)
            try number("max", expression.max)
            try number("min", expression.min)
            text("mod", expression.mod)
            text("per", expression.per)
            text("qualifier", expression.qualifier)
            text("section", expression.section)
            text("start", expression.start)
            text("start_mod", expression.startMod)
            json.member("text") { $0.string(expression.text) }
            text("timex", expression.timex)
            json.member("type") { $0.string(expression.type.rawValue) }
            try number("value", expression.value)
        }
    }
}
