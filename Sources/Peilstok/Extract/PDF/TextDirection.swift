/// The direction a page's text runs in, found from its glyphs, and the turn that makes it run left to right.
///
/// A page turned by a quarter (`/Rotate 90` or `270`, or text set sideways) gives glyph boxes that follow each other
/// up or down the page; words and lines are only found once such a page is turned back.
package enum TextDirection: Equatable {
    case leftToRight
    /// Letters follow each other up the page (y falling), lines to the right.
    case upwards
    /// Letters follow each other down the page (y growing), lines to the left.
    case downwards

    /// The direction most neighbouring letters of the page run in.
    package static func of(_ glyphs: [Glyph]) -> TextDirection {
        var (across, up, down) = (0, 0, 0)
        for (previous, next) in zip(glyphs, glyphs.dropFirst()) {
            guard !previous.character.isQuickWhitespace, !next.character.isQuickWhitespace else { continue }
            let dx = (next.box.x0 + next.box.x1 - previous.box.x0 - previous.box.x1) / 2
            let dy = (next.box.y0 + next.box.y1 - previous.box.y0 - previous.box.y1) / 2
            if abs(dx) >= abs(dy) { across += 1 } else if dy < 0 { up += 1 } else { down += 1 }
        }
        if up > across * 2, up > down { return .upwards }
        if down > across * 2, down > up { return .downwards }
        return .leftToRight
    }

    /// The glyphs and the page size as they are once the page is turned so its text runs left to right.
    package func turned(_ glyphs: [Glyph], width: Double, height: Double) -> (glyphs: [Glyph], width: Double, height: Double) {
        switch self {
        case .leftToRight:
            return (glyphs, width, height)
        case .upwards:
            return (glyphs.map { glyph in
                var turned = glyph
                turned.box = Box(x0: height - glyph.box.y1, y0: glyph.box.x0, x1: height - glyph.box.y0, y1: glyph.box.x1)
                return turned
            }, height, width)
        case .downwards:
            return (glyphs.map { glyph in
                var turned = glyph
                turned.box = Box(x0: glyph.box.y0, y0: width - glyph.box.x1, x1: glyph.box.y1, y1: width - glyph.box.x0)
                return turned
            }, height, width)
        }
    }
}
