/// One pilot found in a document, split into sections, before normalisation.
public struct PilotBlock: Sendable {
    /// The pilot's name as the gold format defines it: no leading "Pilot", no "(gemeente X)".
    public var name: String
    /// The heading text exactly as the document prints it.
    public var heading: String
    /// The municipality the heading or text names, if any.
    public var gemeente: String?
    /// The block's sections in document order.
    public var sections: [Section]
    /// The lines the whole block spans.
    public var lines: LineRange
    /// Legal-aid lines the block names ("0e", "1e", "2e").
    public var lijn: [String]
    /// `werkwijze` or `online-tool`, where the block says.
    public var vorm: String?
    /// Headline figures: large stand-alone numbers with their captions, as `number` expressions with a `label`.
    public var figures: [TypedExpression]
    /// Numbered recommendations the block lists.
    public var recommendations: [Recommendation] = []
    /// Problems met while segmenting this block.
    public var warnings: [String]

    public init(name: String, heading: String, gemeente: String?, sections: [Section], lines: LineRange,
                lijn: [String] = [], vorm: String? = nil, figures: [TypedExpression] = [], warnings: [String] = []) {
        self.name = name
        self.heading = heading
        self.gemeente = gemeente
        self.sections = sections
        self.lines = lines
        self.lijn = lijn
        self.vorm = vorm
        self.figures = figures
        self.warnings = warnings
    }

    /// The body of the section with this key, if the block has it.
    public func section(_ key: String) -> Section? { sections.first { $0.key == key } }
}
