import Testing
@testable import Peilstok

@Suite struct PilotNameTests {
    private func read(_ heading: String) -> PilotName {
        PilotName(heading: heading, rules: TestPaths.loadedRules.names, gazetteer: TestPaths.loadedRules.gazetteer)
    }

    @Test func dropsALeadingPilot() {
        #expect(read("Pilot ZSM (intensivering rechtsbijstand)").name == "ZSM (intensivering rechtsbijstand)")
        #expect(read("Pilot").name == "Pilot")
    }

    @Test func joinsWordsBrokenAtAHyphenButKeepsElisions() {
        #expect(read("LegalGuard (Consumenten- recht)").name == "LegalGuard (Consumentenrecht)")
        #expect(read("ADR cliënten- ondersteuningstool").name == "ADR cliëntenondersteuningstool")
        #expect(read("Rechtsbijstand slachtoffers van ernstige gewelds- en zedenmisdrijven").name
            == "Rechtsbijstand slachtoffers van ernstige gewelds- en zedenmisdrijven")
        #expect(read("Regie op geschil-oplossing in het huurdomein").name == "Regie op geschil-oplossing in het huurdomein")
    }

    @Test func findsTheMunicipality() {
        #expect(read("Divosa / Gemeente Wijk bij Duurstede").gemeente == "Wijk bij Duurstede")
        #expect(read("Pilot Rotterdam-Zuid (Hillesluis)").gemeente == "Rotterdam")
        #expect(read("Huizen van het Recht (Heerlen)").gemeente == "Heerlen")
        #expect(read("Samen Recht Vinden").gemeente == nil)
    }

    @Test func dropsATrailingGemeenteFromTheName() {
        let name = read("Pilot Moreel kompas (gemeente Almere)")
        #expect(name.name == "Moreel kompas")
        #expect(name.gemeente == "Almere")
    }
}
