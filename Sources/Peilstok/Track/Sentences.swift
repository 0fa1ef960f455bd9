/// Splits a text into sentences the way `Rules/diff.yml` says, so two texts are compared sentence by sentence.
struct Sentences: Sendable {
    let rules: DiffRules

    /// The sentences of `text`, white space folded, empty ones left out.
    func split(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        func close() {
            let sentence = TextFolding.collapseWhitespace(current)
            if !sentence.isEmpty { sentences.append(sentence) }
            current = ""
        }
        var characters = Array(text)
        var index = 0
        while index < characters.count {
            if let mark = rules.breaks.first(where: { startsWith($0, at: index, in: characters) }) {
                close()
                index += mark.count
                continue
            }
            let character = characters[index]
            current.append(character)
            if rules.sentenceEnds.contains(character), index + 1 == characters.count || characters[index + 1].isWhitespace {
                close()
            }
            index += 1
        }
        close()
        characters.removeAll()
        return sentences
    }

    /// The sentences `new` has that `old` lacks, and those `old` has that `new` lacks, each in its text's order.
    func compare(_ old: String, _ new: String) -> (added: [String], removed: [String]) {
        let before = split(old)
        let after = split(new)
        let beforeSet = Set(before)
        let afterSet = Set(after)
        return (after.filter { !beforeSet.contains($0) }, before.filter { !afterSet.contains($0) })
    }

    private func startsWith(_ mark: String, at index: Int, in characters: [Character]) -> Bool {
        let markCharacters = Array(mark)
        guard index + markCharacters.count <= characters.count else { return false }
        return Array(characters[index..<(index + markCharacters.count)]) == markCharacters
    }
}
