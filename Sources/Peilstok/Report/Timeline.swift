/// The report's timeline as inline SVG: one row per pilot, its period as a bar, each peildatum it appears at as a
/// mark, and a rename marked where the new name first appears.
struct Timeline {
    let report: PilotReport
    let rowHeight = 18
    let labelWidth = 300
    let plotWidth = 640

    /// The first and last day the timeline spans: every period and every peildatum, whole years.
    var range: (first: Int, last: Int)? {
        let days = report.pilots.flatMap { [$0.start, $0.end] }.compactMap { $0 }
            + report.peildata.compactMap { DutchDate.day($0.date) }
        guard let low = days.min(), let high = days.max() else { return nil }
        let firstYear = Self.year(of: low)
        let lastYear = Self.year(of: high)
        return (CalendarBounds.dayNumber(firstYear, 1, 1), CalendarBounds.dayNumber(lastYear, 12, 31))
    }

    func render() -> String {
        guard let (first, last) = range else { return "<p>Geen data om een tijdlijn van te maken.</p>" }
        let span = Double(max(1, last - first))
        func x(_ day: Int) -> Int { labelWidth + Int((Double(day - first) / span * Double(plotWidth)).rounded()) }
        let height = 24 + report.pilots.count * rowHeight
        var svg = #"<svg class="timeline" xmlns="http://www.w3.org/2000/svg" width="\#(labelWidth + plotWidth + 10)" height="\#(height)" role="img" aria-label="Tijdlijn van de pilots">"#
        for year in Self.year(of: first)...Self.year(of: last) {
            let at = x(CalendarBounds.dayNumber(year, 1, 1))
            svg += #"<line class="year" x1="\#(at)" y1="14" x2="\#(at)" y2="\#(height)"/><text class="year" x="\#(at + 3)" y="12">\#(year)</text>"#
        }
        for peildatum in report.peildata {
            guard let day = DutchDate.day(peildatum.date) else { continue }
            svg += #"<line class="peildatum-line" x1="\#(x(day))" y1="16" x2="\#(x(day))" y2="\#(height)"><title>Peildatum \#(DutchDate.format(peildatum.date))</title></line>"#
        }
        for (row, pilot) in report.pilots.enumerated() {
            let y = 20 + row * rowHeight
            let name = HTMLText.escape(pilot.latest.record.name)
            svg += #"<g class="timeline-row" data-pilot="\#(HTMLText.escape(pilot.id))">"#
            svg += ##"<a href="#pilot-\##(HTMLText.escape(pilot.id))"><text class="label" x="\##(labelWidth - 6)" y="\##(y + 12)">\##(HTMLText.escape(Self.clipped(pilot.latest.record.name)))</text></a>"##
            if let start = pilot.start ?? pilot.end, let end = pilot.end ?? pilot.start {
                let open = pilot.start == nil || pilot.end == nil ? " open" : ""
                svg += #"<rect class="looptijd\#(open)" x="\#(x(start))" y="\#(y + 3)" width="\#(max(2, x(end) - x(start)))" height="\#(rowHeight - 6)"><title>\#(name): looptijd \#(DutchDate.format(CalendarBounds.isoDate(start))) – \#(DutchDate.format(CalendarBounds.isoDate(end)))</title></rect>"#
            }
            var names: [String] = []
            for version in pilot.versions {
                guard let day = DutchDate.day(version.version.peildatum) else { continue }
                let key = NamePair.key(version.version.record.name)
                let renamed = !names.isEmpty && !names.contains(key)
                names.append(key)
                let title = HTMLText.escape("\(version.version.record.name), \(DutchDate.format(version.version.peildatum))")
                if renamed {
                    let (cx, cy) = (x(day), y + rowHeight / 2)
                    svg += #"<path class="hernoemd" d="M\#(cx) \#(cy - 7) L\#(cx + 7) \#(cy) L\#(cx) \#(cy + 7) L\#(cx - 7) \#(cy) Z"><title>Hernoemd: \#(title)</title></path>"#
                } else {
                    svg += #"<circle class="peildatum" cx="\#(x(day))" cy="\#(y + rowHeight / 2)" r="4"><title>\#(title)</title></circle>"#
                }
            }
            svg += "</g>"
        }
        return svg + "</svg>"
    }

    static func year(of day: Int) -> Int { Int(CalendarBounds.isoDate(day).prefix(4)) ?? 1970 }

    private static func clipped(_ text: String) -> String {
        text.count > 48 ? String(text.prefix(46)) + "…" : text
    }
}
