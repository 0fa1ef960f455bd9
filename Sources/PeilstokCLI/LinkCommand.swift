import ArgumentParser
import Foundation
import Peilstok

struct LinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Decide that a name belongs to a pilot: writes pilots.yml in the rules directory and links the store again.")

    @Argument(help: "A name some version in the store carries.")
    var name: String

    @Option(name: .long, help: "The pilot (an id, or any of its names).")
    var to: String

    @OptionGroup var reading: StoreReading

    func run() throws {
        let loaded = try reading.rules.load()
        let store = try reading.open(loaded)
        _ = try resolvePilot(name, in: store)
        let target = try resolvePilot(to, in: store)
        let targetName = try storeCall { () throws(StoreError) in try store.registry() }.first { $0.pilotID == target }!.firstName
        let key = NamePair.key(name)
        // A decision that the two differ is taken back rather than contradicted.
        let contrary = loaded.decisions.decisions.filter { decision in
            decision.verdict == .different && decision.names.contains { NamePair.key($0) == key }
                && decision.names.contains { NamePair.key($0) == NamePair.key(targetName) }
        }
        let updated = try changeDecisions(in: reading.rules, adding: [(.same, [name, targetName])],
                                          removingLines: Set(contrary.map(\.line)))
        try relink(store, updated)
        let now = try resolvePilot(name, in: store)
        print("'\(name)' is now pilot \(now) ('\(targetName)')")
        if now != target { throw ExitCode(1) }
    }
}

struct UnlinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unlink",
        abstract: "Decide that a name is not the pilot it is linked to: writes pilots.yml in the rules directory and links the store again.")

    @Argument(help: "A name some version in the store carries.")
    var name: String

    @OptionGroup var reading: StoreReading

    func run() throws {
        let loaded = try reading.rules.load()
        let store = try reading.open(loaded)
        let pilot = try resolvePilot(name, in: store)
        let key = NamePair.key(name)
        let entry = try storeCall { () throws(StoreError) in try store.registry() }.first { $0.pilotID == pilot }!
        let others = entry.names.filter { NamePair.key($0) != key }
        guard !others.isEmpty else {
            printError("'\(name)' is the only name of pilot \(pilot): there is nothing to unlink it from")
            throw ExitCode(1)
        }
        let otherKeys = Set(others.map(NamePair.key))
        let contrary = loaded.decisions.decisions.filter { decision in
            decision.verdict == .same && decision.names.contains { NamePair.key($0) == key }
                && decision.names.contains { otherKeys.contains(NamePair.key($0)) }
        }
        let updated = try changeDecisions(in: reading.rules, adding: others.map { (.different, [name, $0]) },
                                          removingLines: Set(contrary.map(\.line)))
        try relink(store, updated)
        print("'\(name)' is now pilot \(try resolvePilot(name, in: store)); \(others.map { "'\($0)'" }.joined(separator: ", ")) stay \(pilot)")
    }
}

/// Changes `Rules/pilots.yml`, or stops the command with the rule error on one line.
private func changeDecisions(in rules: RulesOption, adding decisions: [(PilotDecisions.Decision.Verdict, [String])],
                             removingLines lines: Set<Int>) throws -> Rules {
    guard let directory = rules.directory else {
        printError("pilots.yml: the built-in rules cannot be changed; write them out with 'peilstok rules export Rules' and run this again")
        throw ExitCode(2)
    }
    do {
        return try PilotDecisionsFile(rulesDirectory: URL(filePath: directory), displayDirectory: directory)
            .change(adding: decisions, removingLines: lines)
    } catch {
        printError(error.description)
        throw ExitCode(2)
    }
}

private func relink(_ store: PilotStore, _ rules: Rules) throws {
    _ = try storeCall { () throws(StoreError) in
        try store.relink(with: PilotLinker(rules: rules), trackingHash: rules.trackingHash)
    }
}
