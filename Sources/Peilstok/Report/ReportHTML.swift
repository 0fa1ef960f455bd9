/// The report as one self-contained HTML page: inline CSS and SVG, one small inline script for the search box, no
/// request of any kind, and everything readable without the script. Dutch interface text.
public struct ReportHTML: Sendable {
    public let report: PilotReport

    public init(report: PilotReport) {
        self.report = report
    }

    public func render() -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
            <title>Pilots rechtsbijstand per peildatum</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <header>
            <h1>Pilots rechtsbijstand per peildatum</h1>
            <p>\(report.pilots.count) pilots uit \(report.peildata.flatMap(\.documents).count) documenten, \
            \(report.peildata.filter { $0.date != nil }.count) peildata. Gemaakt door peilstok uit \
            <code>\(HTMLText.escape(report.store))</code>.</p>
            <p class="search" hidden><label for="zoek">Zoek een pilot</label> <input id="zoek" type="search" placeholder="naam, gemeente of tekst"> <span id="aantal"></span></p>
            </header>
            <main>

            """
        html += peildata() + timeline() + pilots() + problems()
        html += """
            </main>
            <script>\(Self.script)</script>
            </body>
            </html>

            """
        return html
    }

    private func peildata() -> String {
        var html = #"<section id="peildata"><h2>Peildata</h2><table><thead><tr><th>Peildatum</th><th>Document</th><th>Soort</th><th>Pilots</th></tr></thead><tbody>"#
        for peildatum in report.peildata {
            for (index, document) in peildatum.documents.enumerated() {
                html += "<tr>"
                if index == 0 {
                    html += #"<th scope="rowgroup" rowspan="\#(peildatum.documents.count)">\#(DutchDate.format(peildatum.date))</th>"#
                }
                html += "<td><code>\(HTMLText.escape(document.file))</code></td><td>\(HTMLText.escape(document.kind ?? "onbekend"))</td><td class=\"getal\">\(document.pilots)</td></tr>"
            }
        }
        return html + "</tbody></table></section>\n"
    }

    private func timeline() -> String {
        """
        <section id="tijdlijn"><h2>Tijdlijn</h2>
        <p class="legenda"><span class="balk"></span> looptijd <span class="stip"></span> peildatum <span class="ruit"></span> nieuwe naam</p>
        <div class="scroll">\(Timeline(report: report).render())</div></section>

        """
    }

    private func pilots() -> String {
        var html = #"<section id="pilots"><h2>Pilots</h2>"#
        for pilot in report.pilots {
            let latest = pilot.latest.record
            let searchable = (pilot.names.map(\.name) + [latest.gemeente ?? "", pilot.id]).joined(separator: " ")
            html += #"<article class="pilot" id="pilot-\#(HTMLText.escape(pilot.id))" data-pilot="\#(HTMLText.escape(pilot.id))" data-search="\#(HTMLText.escape(TextFolding.fold(searchable)))">"#
            html += "<h3>\(HTMLText.escape(latest.name))</h3>"
            if pilot.names.count > 1 {
                html += "<p class=\"namen\">Namen: " + pilot.names.map { name in
                    "\(HTMLText.escape(name.name)) <span class=\"wanneer\">(\(DutchDate.format(name.peildatum)))</span>"
                }.joined(separator: " → ") + "</p>"
            }
            html += "<dl>"
            html += "<dt>Pilot-id</dt><dd><code>\(HTMLText.escape(pilot.id))</code></dd>"
            if let gemeente = latest.gemeente { html += "<dt>Gemeente</dt><dd>\(HTMLText.escape(gemeente))</dd>" }
            if let period = pilot.versions.last(where: { $0.version.record.looptijd.text != nil })?.version.record.looptijd.text {
                html += "<dt>Looptijd</dt><dd>\(HTMLText.escape(period))</dd>"
            }
            if !latest.lijn.isEmpty { html += "<dt>Lijn</dt><dd>\(HTMLText.escape(latest.lijn.joined(separator: ", ")))</dd>" }
            if let vorm = latest.vorm { html += "<dt>Vorm</dt><dd>\(HTMLText.escape(vorm))</dd>" }
            html += "</dl>"
            for version in pilot.versions.reversed() { html += self.version(version) }
            html += "</article>\n"
        }
        return html + "</section>\n"
    }

    private func version(_ entry: PilotReport.Version) -> String {
        let version = entry.version
        let record = version.record
        var html = #"<section class="versie"><h4>\#(version.peildatum == nil ? "Zonder peildatum" : "Stand per " + DutchDate.format(version.peildatum))"#
        html += " <span class=\"bron\">bron: <code>\(HTMLText.escape(version.document))</code>, \(HTMLText.escape(Self.place(record)))</span></h4>"
        let figures = record.quantities.filter { $0.label != nil }
        if !figures.isEmpty {
            html += "<ul class=\"cijfers\">" + figures.map { "<li><strong>\(HTMLText.escape($0.text))</strong> \(HTMLText.escape($0.label!))</li>" }.joined() + "</ul>"
        }
        if let changes = entry.changes, let previous = entry.previous {
            html += changesSince(previous, changes, notCompared: entry.notCompared)
        }
        for (key, text) in record.sections.sorted(by: { $0.key < $1.key }) {
            let lines = record.provenance.sections[key].map { " (regels \($0.first)–\($0.last))" } ?? ""
            html += "<details><summary>\(HTMLText.escape(heading(key)))<span class=\"bron\">\(lines)</span></summary><p>\(HTMLText.escape(text))</p></details>"
        }
        return html + "</section>"
    }

    private func changesSince(_ previous: String, _ changes: DiffReport.Pilot, notCompared: [DiffReport.Skipped]) -> String {
        var html = "<div class=\"wijzigingen\"><p><strong>Sinds \(DutchDate.format(previous)):</strong> "
        guard changes.status == .changed else { return html + "niets gewijzigd in wat beide documenten vermelden.</p></div>" }
        html += changes.changed.map(Self.fieldName).joined(separator: ", ") + " gewijzigd.</p><ul>"
        for field in changes.changed {
            guard let change = changes.changes[field] else { continue }
            if let sections = change.sections {
                for (key, sentences) in sections.sorted(by: { $0.key < $1.key }) {
                    html += "<li>\(HTMLText.escape(heading(key))): " + sentencesHTML(sentences.added, sentences.removed) + "</li>"
                }
            } else if change.added != nil || change.removed != nil {
                html += "<li>\(Self.fieldName(field)): " + sentencesHTML(change.added ?? [], change.removed ?? []) + "</li>"
            } else {
                html += "<li>\(Self.fieldName(field)): <del>\(HTMLText.escape(DiffText.value(change.old)))</del> → <ins>\(HTMLText.escape(DiffText.value(change.new)))</ins></li>"
            }
        }
        html += "</ul>"
        let skipped = notCompared.map { Self.fieldName($0.field) }
        if !skipped.isEmpty {
            html += "<p class=\"bron\">Niet vergeleken, want niet in beide documenten: \(skipped.joined(separator: ", ")).</p>"
        }
        return html + "</div>"
    }

    private func sentencesHTML(_ added: [String], _ removed: [String]) -> String {
        "<ul class=\"zinnen\">" + removed.map { "<li><del>\(HTMLText.escape($0))</del></li>" }.joined()
            + added.map { "<li><ins>\(HTMLText.escape($0))</ins></li>" }.joined() + "</ul>"
    }

    private func problems() -> String {
        var html = #"<section id="problemen"><h2>Waarschuwingen en mislukte documenten</h2>"#
        if report.failures.isEmpty {
            html += "<p>Geen mislukte documenten.</p>"
        } else {
            html += "<h3>Mislukt</h3><ul>" + report.failures.map { "<li><code>\(HTMLText.escape($0.file))</code>: \(HTMLText.escape($0.reason))</li>" }.joined() + "</ul>"
        }
        if report.warnings.isEmpty {
            html += "<p>Geen waarschuwingen.</p>"
        } else {
            html += "<h3>Waarschuwingen</h3><ul>" + report.warnings.map { "<li><code>\(HTMLText.escape($0.file))</code>: \(HTMLText.escape($0.warning))</li>" }.joined() + "</ul>"
        }
        return html + "</section>\n"
    }

    /// A field as the report names it.
    static func fieldName(_ field: String) -> String {
        ["name": "naam", "gemeente": "gemeente", "looptijd": "looptijd", "status": "stand van zaken",
         "quantities": "cijfers", "lijn": "lijn", "vorm": "vorm", "sections": "overige teksten"][field] ?? field
    }

    /// A section's heading as the rules write it ("AVG"); for a section without one, its key as words.
    func heading(_ key: String) -> String {
        if let title = report.sectionTitles[key] { return title }
        let words = key.replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// "pagina 3" for a PDF, "regels 295–465" for a text.
    static func place(_ record: PilotRecord) -> String {
        if let pages = record.provenance.pages, let first = pages.first {
            return pages.count == 1 ? "pagina \(first)" : "pagina's \(first)–\(pages.last!)"
        }
        return "regels \(record.provenance.lines.first)–\(record.provenance.lines.last)"
    }

    static let style = """
        body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1000px;padding:0 16px;color:#1c1c1c}
        h1{font-size:1.6em;margin:.6em 0 .2em}h2{border-bottom:2px solid #154273;padding-bottom:2px;color:#154273}
        code{font-size:.9em}table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}
        td.getal{text-align:right}.scroll{overflow-x:auto}
        svg.timeline text{font-size:11px;fill:#1c1c1c}svg.timeline text.label{text-anchor:end}
        svg.timeline line.year{stroke:#ccc}svg.timeline line.peildatum-line{stroke:#154273;stroke-dasharray:2 3}
        svg.timeline rect.looptijd{fill:#8fb3d9}svg.timeline rect.looptijd.open{fill:#c9dcee}
        svg.timeline circle.peildatum{fill:#154273}svg.timeline path.hernoemd{fill:#e17000}
        .legenda span{display:inline-block;width:14px;height:10px;margin:0 4px 0 12px;vertical-align:middle}
        .legenda .balk{background:#8fb3d9}.legenda .stip{background:#154273;border-radius:50%;width:10px}.legenda .ruit{background:#e17000;transform:rotate(45deg);width:9px;height:9px}
        article.pilot{border:1px solid #ddd;border-radius:6px;padding:4px 14px;margin:14px 0}
        article.pilot h3{margin:.4em 0;color:#154273}dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px}dt{font-weight:600}dd{margin:0}
        .namen,.bron,.wanneer{color:#555}.bron{font-size:.85em;font-weight:normal}section.versie{border-top:1px dashed #ccc;margin-top:8px}
        h4{margin:.5em 0}ul.cijfers{padding-left:18px}.wijzigingen{background:#f5f8fb;padding:4px 10px;border-left:3px solid #154273}
        ins{background:#d9f2d9;text-decoration:none}del{background:#f8d7d7}ul.zinnen{margin:2px 0;padding-left:18px}
        details{margin:2px 0}summary{cursor:pointer}.search input{font-size:1em;padding:3px 6px;width:22em}
        """

    /// Shows only the pilots (and timeline rows) whose names, gemeente or texts hold every word typed.
    static let script = """
        (function(){var box=document.querySelector('.search');var input=document.getElementById('zoek');if(!box||!input)return;box.hidden=false;
        var fold=function(t){return t.normalize('NFD').replace(/[\\u0300-\\u036f]/g,'').toLowerCase();};
        var pilots=[].slice.call(document.querySelectorAll('article.pilot'));var rows={};
        [].slice.call(document.querySelectorAll('g.timeline-row')).forEach(function(r){rows[r.getAttribute('data-pilot')]=r;});
        input.addEventListener('input',function(){var words=fold(input.value).split(/\\s+/).filter(Boolean);var shown=0;
        pilots.forEach(function(p){var text=p.getAttribute('data-search')+' '+fold(p.textContent);var hit=words.every(function(w){return text.indexOf(w)>=0;});
        p.hidden=!hit;var r=rows[p.getAttribute('data-pilot')];if(r)r.style.opacity=hit?'1':'0.15';if(hit)shown++;});
        document.getElementById('aantal').textContent=words.length?shown+' van '+pilots.length+' pilots':'';});})();
        """
}
